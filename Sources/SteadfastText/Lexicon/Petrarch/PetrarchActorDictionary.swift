import Foundation
import SteadfastCore

/// A TABARI/PETRARCH actors dictionary (`.actors`, e.g. `Phoenix.Countries.actors.txt`), read into
/// Steadfast's time-aware actor names.
///
/// The format (TABARI manual ch. 5.3 and 6.5, PETRARCH `dictionaries.rst`) is a series of entries:
///
/// ```
/// ZEBRALAND_  [ZBL]                 primary phrase, optional code blocks
/// +ZEBRALANDER_                     synonyms share the entry's codes
/// MARA_OKAPI_  ; a leader
///     [ZBLGOV 950101-981231]        date restrictions, one or more per line
///     [ZBLELI]                      no date: the default code
/// ```
///
/// In both manuals `{ }` around a part (`phrase { [code] }`, `PHRASE [CODE] {; comments}`) marks it
/// optional; it is not part of the syntax. `#` and `;` start comments (but not inside `[...]`, where
/// `[###]` is TABARI's discard code), as do XML `<!-- -->` comments, also over several lines.
///
/// - Phrases: words separated by blanks or underscores, normalized as `PetrarchWords` says
///   (`UNITED_STATES_` is `["united", "states"]`). A final `_` means "whole word, no stem" in TABARI;
///   PETRARCH matches whole words only and so does Steadfast, so it changes nothing.
/// - Restrictions: `<date` (until, inclusive), `>date` (from, inclusive), `date-date` (between), each
///   with its code; dates `YYMMDD` (`00`–`30` are 2000–2030, else 19xx) or `YYYYMMDD`, see `PetrarchDate`.
///   Blocks may stand on the entry's line, after it, or on separate indented lines.
/// - Precedence: the first satisfied restriction wins and the default applies only on days no
///   restriction covers (TABARI manual 6.5.2; PETRARCH's validation dictionary expects the same, while
///   PETRARCH's own versions disagree among themselves). Each phrase becomes one `ActorName` per code
///   and period, periods disjoint, see `PetrarchPeriods`. Without a default, uncovered days get no name.
/// - Codes: a CAMEO code is split as Phoenix splits it into root and agent: the first three
///   characters are `code`, the rest `role` (`AFGGOV` is `AFG` + `GOV`, `IGOUNO` is `IGO` + `UNO`), so
///   `code + (role ?? "")` is the CAMEO code. Codes are upper-cased. A coded compound `[GME/GMW]`
///   gives one name per code. The special codes `---` (null: the phrase names no actor, so a coder
///   should consume it and code nothing), `+++` (complex) and `###` (discard) are kept whole.
/// - Entries without a code directly followed by another entry (no blank or comment line between)
///   are read as its synonyms, with a warning: the Phoenix files list Brezhnev's or Ford's names so,
///   forgetting the `+`, and PETRARCH would give those names no code. A codeless entry standing alone
///   is skipped with a warning.
/// - Not read: TABARI's `<NOUN>`/`<ADJECTIVE>` sections (words without codes) are skipped with a
///   warning; reading stops at TABARI's `~FINISH` line.
///
/// Slips that real dictionaries contain are read as PETRARCH reads them and listed in `warnings`.
public struct PetrarchActorDictionary: Sendable {
    /// The names, entry by entry in file order, each entry's phrases in order, periods by start.
    public var names: [ActorName]
    /// Problems that did not stop the reading (`TextError.badDictionary` values naming file and line).
    public var warnings: [TextError]

    /// The null code: a phrase with it names no actor.
    public static let nullCode = "---"

    /// Creates a dictionary.
    ///
    /// - Parameters:
    ///   - names: the names.
    ///   - warnings: the warnings.
    public init(names: [ActorName] = [], warnings: [TextError] = []) {
        self.names = names
        self.warnings = warnings
    }

    /// Reads an actors dictionary file.
    ///
    /// - Parameters:
    ///   - url: the file.
    /// - Returns: the dictionary.
    /// - Throws: `TextError.badDictionary(file, line:, reason:)` for a malformed entry, `TextError.notText`
    ///   or `TextError.tooLarge` for a file that is no dictionary, or what reading the file throws.
    public static func load(_ url: URL) throws -> PetrarchActorDictionary {
        try parse(PetrarchSource.bytes(of: url), file: url.lastPathComponent)
    }

    /// Parses the text of an actors dictionary.
    ///
    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: its name, for errors.
    /// - Returns: the dictionary.
    /// - Throws: `TextError.badDictionary(file, line:, reason:)` for a malformed entry.
    public static func parse(_ text: String, file: String) throws -> PetrarchActorDictionary {
        try parse(Array(text.utf8), file: file)
    }

    /// Parses the UTF-8 bytes of an actors dictionary.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - file: its name, for errors.
    /// - Returns: the dictionary.
    /// - Throws: `TextError.badDictionary(file, line:, reason:)` for a malformed line.
    static func parse(_ bytes: [UInt8], file: String) throws -> PetrarchActorDictionary {
        var report = PetrarchReport(file: file)
        let lines = try PetrarchSource.lines(bytes, file: file)
        var names: [ActorName] = []
        names.reserveCapacity(lines.count * 2)
        var entry: PetrarchActorEntry?
        var inSection = false
        for line in lines {
            if line.bytes.first == UInt8(ascii: "<") || inSection {
                inSection = try section(line, open: inSection, report: &report)
                continue
            }
            switch line.bytes.first {
            case UInt8(ascii: "["):
                guard entry != nil else { throw report.error(line.number, "date restriction before any entry") }
                entry?.blocks += try PetrarchCodeBlock.blocks(line.bytes, line: line.number, report: &report)
            case UInt8(ascii: "+"):
                guard entry != nil else { throw report.error(line.number, "synonym before any entry") }
                entry?.phrases.append(try synonym(line, report: report))
                entry?.lastLine = line.number
            default:
                var next = try PetrarchActorEntry(line, report: &report)
                if let entry, entry.joins(next) {
                    report.warn(
                        entry.line, "entry '\(entry.title)' has no code; read as a synonym of line \(line.number)")
                    next.phrases.insert(contentsOf: entry.phrases, at: 0)
                } else {
                    entry?.appendNames(to: &names, report: &report)
                }
                entry = next
            }
        }
        entry?.appendNames(to: &names, report: &report)
        return PetrarchActorDictionary(names: names, warnings: report.warnings)
    }

    /// Follows TABARI's `<NOUN>`/`<ADJECTIVE>` sections, which hold no actors: returns whether a
    /// section is still open after the line.
    private static func section(_ line: PetrarchLine, open: Bool, report: inout PetrarchReport) throws -> Bool {
        let tag = PetrarchWords.text(line.bytes)
        if tag.hasPrefix("</") { return false }
        if open { return true }
        guard tag.hasSuffix(">") else { throw report.error(line.number, "expected a section tag such as <NOUN>") }
        report.warn(line.number, "TABARI section \(tag) holds no actors; skipped")
        return true
    }

    private static func synonym(_ line: PetrarchLine, report: PetrarchReport) throws -> [String] {
        let phrase = line.bytes.dropFirst()
        guard !phrase.contains(UInt8(ascii: "[")) else {
            throw report.error(line.number, "a synonym takes its entry's codes: put codes on the entry")
        }
        let tokens = PetrarchWords.tokens(phrase)
        guard !tokens.isEmpty else { throw report.error(line.number, "empty synonym") }
        return tokens
    }
}
