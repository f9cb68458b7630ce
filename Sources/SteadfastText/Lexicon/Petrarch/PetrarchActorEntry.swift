/// An actors-dictionary entry being read: its phrases and code blocks.
struct PetrarchActorEntry {
    /// The line of the primary phrase.
    let line: Int
    /// The last line read into the entry.
    var lastLine: Int
    /// The primary phrase and its synonyms, as tokens.
    var phrases: [[String]]
    /// The code blocks, from the entry's line and the restriction lines after it.
    var blocks: [PetrarchCodeBlock]

    /// Starts an entry from its primary line: `PHRASE [CODE ...] ...`.
    ///
    /// - Parameters:
    ///   - primary: the line.
    ///   - report: where warnings go.
    /// - Throws: `TextError.badDictionary` for an empty phrase or bad code blocks.
    init(_ primary: PetrarchLine, report: inout PetrarchReport) throws {
        line = primary.number
        lastLine = primary.number
        let bytes = primary.bytes
        let open = bytes.firstIndex(of: UInt8(ascii: "[")) ?? bytes.endIndex
        let tokens = PetrarchWords.tokens(bytes[..<open])
        guard !tokens.isEmpty else { throw report.error(line, "entry without a phrase") }
        phrases = [tokens]
        blocks = try PetrarchCodeBlock.blocks(bytes[open...], line: line, report: &report)
    }

    /// The primary phrase, for messages.
    var title: String { phrases[0].joined(separator: " ") }

    /// Whether this entry, having no code, is to be read as synonyms of the entry on the next line.
    ///
    /// - Parameters:
    ///   - next: the entry that follows.
    /// - Returns: true when this entry has no code and nothing separates the two.
    func joins(_ next: PetrarchActorEntry) -> Bool {
        blocks.isEmpty && next.line == lastLine + 1
    }

    /// Adds the entry's names: each phrase for each code over each of its periods.
    ///
    /// - Parameters:
    ///   - names: the names so far.
    ///   - report: where a warning goes when the entry has no code.
    func appendNames(to names: inout [ActorName], report: inout PetrarchReport) {
        guard !blocks.isEmpty else {
            report.warn(line, "entry '\(title)' has no code; skipped")
            return
        }
        let coded = PetrarchPeriods.resolve(blocks).flatMap { codes, period in
            codes.map { (Self.split($0), period.validFrom, period.validUntil) }
        }
        for tokens in phrases {
            for ((code, role), validFrom, validUntil) in coded {
                names.append(
                    ActorName(tokens: tokens, code: code, validFrom: validFrom, validUntil: validUntil, role: role))
            }
        }
    }

    /// A CAMEO code split into its root (first three characters) and the rest, as Phoenix does.
    ///
    /// - Parameters:
    ///   - code: the upper-cased code.
    /// - Returns: the root and the role, nil when there is none or the code is special.
    static func split(_ code: String) -> (code: String, role: String?) {
        let utf8 = code.utf8
        guard utf8.count > 3, !PetrarchCodeBlock.specialCodes.contains(code) else { return (code, nil) }
        return (String(decoding: utf8.prefix(3), as: UTF8.self), String(decoding: utf8.dropFirst(3), as: UTF8.self))
    }
}
