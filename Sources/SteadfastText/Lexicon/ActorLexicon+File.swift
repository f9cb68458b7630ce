import Foundation
import SteadfastCore

extension ActorLexicon {
    /// The names shipped with Steadfast beyond the registry (`Resources/lexicon/actors.tsv`).
    ///
    /// - Returns: the lexicon.
    /// - Throws: `TextError.badDictionary` if the resource is damaged.
    public static func standardExtras() throws -> ActorLexicon {
        guard let url = Bundle.module.url(forResource: "actors", withExtension: "tsv", subdirectory: "lexicon") else {
            throw TextError.badDictionary("actors.tsv", line: 0, reason: "missing from the package resources")
        }
        return try parse(String(contentsOf: url, encoding: .utf8), file: "actors.tsv")
    }

    /// The lexicon in its own file format, one name a line, for caching a compiled lexicon.
    ///
    /// - Returns: the text, which `parse` reads back to an equal lexicon.
    public func serialized() -> String {
        var lines: [String] = []
        for list in allNames() {
            for name in list {
                lines.append(
                    [
                        name.tokens.joined(separator: " "), name.code,
                        name.validFrom.map { PartialDate($0).description } ?? "",
                        name.validUntil.map { PartialDate($0).description } ?? "", name.role ?? "",
                    ].joined(separator: "\t"))
            }
        }
        return lines.sorted().joined(separator: "\n") + "\n"
    }

    /// Parses the actor lexicon format: `PHRASE <TAB> CODE [<TAB> FROM <TAB> UNTIL [<TAB> ROLE]]`.
    ///
    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: its name, for errors.
    /// - Returns: the lexicon.
    /// - Throws: `TextError.badDictionary` naming the line.
    public static func parse(_ text: String, file: String) throws -> ActorLexicon {
        try parse(text, file: file, compiled: false)
    }

    /// Reads back what `serialized()` wrote: phrases are already normalized tokens.
    ///
    /// - Parameters:
    ///   - text: the serialized lexicon.
    ///   - file: its name, for errors.
    /// - Returns: the lexicon.
    /// - Throws: `TextError.badDictionary` naming the line.
    public static func parseCompiled(_ text: String, file: String) throws -> ActorLexicon {
        try parse(text, file: file, compiled: true)
    }

    private static func parse(_ text: String, file: String, compiled: Bool) throws -> ActorLexicon {
        var lexicon = ActorLexicon()
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard fields.count >= 2, !fields[0].isEmpty, !fields[1].isEmpty else {
                throw TextError.badDictionary(file, line: offset + 1, reason: "expected PHRASE and CODE")
            }
            func day(_ index: Int, latest: Bool) throws -> Day? {
                guard index < fields.count, !fields[index].isEmpty else { return nil }
                guard let date = PartialDate(iso: fields[index]) else {
                    throw TextError.badDictionary(file, line: offset + 1, reason: "bad date '\(fields[index])'")
                }
                return latest ? date.latest : date.earliest
            }
            lexicon.add(
                ActorName(
                    tokens: compiled ? fields[0].split(separator: " ").map(String.init) : tokens(of: fields[0]),
                    code: fields[1], validFrom: try day(2, latest: false),
                    validUntil: try day(3, latest: true), role: fields.count > 4 && !fields[4].isEmpty ? fields[4] : nil
                ))
        }
        return lexicon
    }
}
