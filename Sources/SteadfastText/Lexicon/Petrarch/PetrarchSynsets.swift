/// The synsets of a verbs dictionary as read, then resolved into phrases.
///
/// `&LABEL` starts a set; `+PHRASE` lines follow. A label ending in `_` (or a member ending in `_`)
/// gets no plurals; `+&OTHER` takes in another set (TABARI allows it, PETRARCH 2 does not); a label
/// defined twice collects the members of both.
struct PetrarchSynsets {
    private struct Draft {
        var line: Int
        var noPlurals: Bool
        var members: [PetrarchLine] = []
    }

    private var drafts: [String: Draft] = [:]

    /// Reads a label line: `&CURRENCY`, `&AUXVERB1_`.
    ///
    /// - Parameters:
    ///   - line: the line.
    ///   - report: the report, for the error.
    /// - Returns: the label, without `&` and trailing `_`, upper-cased.
    /// - Throws: `TextError.badDictionary` for a label with blanks or without a name.
    mutating func define(_ line: PetrarchLine, report: PetrarchReport) throws -> String {
        let written = line.bytes.dropFirst()
        let noPlurals = written.last == UInt8(ascii: "_")
        let name = PetrarchWords.uppercased(noPlurals ? written.dropLast() : written)
        guard !name.isEmpty, !written.contains(where: PetrarchSource.isBlank) else {
            throw report.error(line.number, "bad synset label '&\(PetrarchWords.text(written))'")
        }
        drafts[name, default: Draft(line: line.number, noPlurals: noPlurals)].noPlurals = noPlurals
        return name
    }

    /// Adds a `+` member line to a set.
    ///
    /// - Parameters:
    ///   - line: the member line, starting with `+`.
    ///   - name: the set's label.
    mutating func addMember(_ line: PetrarchLine, to name: String) {
        drafts[name]?.members.append(PetrarchLine(number: line.number, bytes: line.bytes.dropFirst()))
    }

    /// The sets with their phrases: each member (lower-cased, words joined by a blank) followed by its
    /// plural, members of `+&OTHER` taken in, duplicates dropped.
    ///
    /// - Parameters:
    ///   - report: the report, for errors.
    /// - Returns: phrases by label.
    /// - Throws: `TextError.badDictionary` for a member naming an undefined set, or sets that take each
    ///   other in.
    func resolved(report: PetrarchReport) throws -> [String: [String]] {
        var resolved: [String: [String]] = [:]
        for name in drafts.keys.sorted(by: { drafts[$0]?.line ?? 0 < drafts[$1]?.line ?? 0 }) {
            resolved[name] = try phrases(of: name, resolved: &resolved, visiting: [], report: report)
        }
        return resolved
    }

    private func phrases(
        of name: String, resolved: inout [String: [String]], visiting: Set<String>, report: PetrarchReport
    ) throws -> [String] {
        if let done = resolved[name] { return done }
        guard let draft = drafts[name] else { return [] }
        var phrases: [String] = []
        for member in draft.members {
            if member.bytes.first == UInt8(ascii: "&") {
                let other = try reference(member, visiting: visiting.union([name]), report: report)
                phrases += try self.phrases(
                    of: other, resolved: &resolved, visiting: visiting.union([name]), report: report)
            } else {
                phrases += Self.phrases(member.bytes, plural: !draft.noPlurals)
            }
        }
        var seen: Set<String> = []
        let unique = phrases.filter { seen.insert($0).inserted }
        resolved[name] = unique
        return unique
    }

    private func reference(_ member: PetrarchLine, visiting: Set<String>, report: PetrarchReport) throws -> String {
        var written = member.bytes.dropFirst()
        while written.last == UInt8(ascii: "_") { written = written.dropLast() }
        let name = PetrarchWords.uppercased(written)
        guard drafts[name] != nil else { throw report.error(member.number, "synset &\(name) is not defined") }
        guard !visiting.contains(name) else { throw report.error(member.number, "synset &\(name) takes itself in") }
        return name
    }

    /// A member phrase and, unless it ends in `_` or plurals are off, its plural.
    private static func phrases(_ member: ArraySlice<UInt8>, plural: Bool) -> [String] {
        let tokens = PetrarchWords.tokens(member)
        guard let last = tokens.last else { return [] }
        let phrase = tokens.joined(separator: " ")
        guard plural, member.last != UInt8(ascii: "_"), let plural = EnglishInflection.plural(last) else {
            return [phrase]
        }
        return [phrase, (tokens.dropLast() + [plural]).joined(separator: " ")]
    }
}
