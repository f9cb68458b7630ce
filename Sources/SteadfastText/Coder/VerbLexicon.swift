import Foundation
import SteadfastCore

/// The verb phrases the coder recognizes, indexed by their first word.
public struct VerbLexicon: Sendable {
    private var byFirstWord: [String: [VerbPattern]] = [:]

    /// The number of patterns.
    public private(set) var count = 0

    /// Creates a lexicon from patterns.
    ///
    /// - Parameters:
    ///   - patterns: the patterns.
    public init(patterns: [VerbPattern] = []) {
        for pattern in patterns { add(pattern) }
    }

    /// Adds a pattern.
    ///
    /// - Parameters:
    ///   - pattern: the pattern.
    public mutating func add(_ pattern: VerbPattern) {
        guard case .words(let first)? = pattern.slots.first else { return }
        for word in first {
            byFirstWord[word, default: []].append(pattern)
            byFirstWord[word]?.sort { $0.specificity > $1.specificity }
        }
        count += 1
    }

    /// The patterns whose first slot accepts a word, most specific first.
    ///
    /// - Parameters:
    ///   - word: a normalized token.
    /// - Returns: the candidate patterns.
    public func patterns(startingWith word: String) -> [VerbPattern] {
        byFirstWord[word] ?? []
    }

    /// The lexicon shipped with Steadfast.
    ///
    /// - Returns: the lexicon.
    /// - Throws: `TextError.badDictionary` if the resource is damaged.
    public static func standard() throws -> VerbLexicon {
        guard let url = Bundle.module.url(forResource: "verbs", withExtension: "tsv", subdirectory: "lexicon") else {
            throw TextError.badDictionary("verbs.tsv", line: 0, reason: "missing from the package resources")
        }
        return try parse(String(contentsOf: url, encoding: .utf8), file: "verbs.tsv")
    }

    /// Parses the verb lexicon format (see the header of `Resources/lexicon/verbs.tsv`).
    ///
    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: its name, for errors.
    /// - Returns: the lexicon.
    /// - Throws: `TextError.badDictionary` naming the line.
    public static func parse(_ text: String, file: String) throws -> VerbLexicon {
        var lexicon = VerbLexicon()
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3 else {
                throw TextError.badDictionary(file, line: offset + 1, reason: "expected PATTERN, CAMEO and READING")
            }
            guard let reading = reading(fields[2]) else {
                throw TextError.badDictionary(file, line: offset + 1, reason: "unknown reading '\(fields[2])'")
            }
            let slots = self.slots(fields[0])
            guard case .words? = slots.first else {
                throw TextError.badDictionary(file, line: offset + 1, reason: "a pattern must start with a word")
            }
            let role = fields.count > 3 ? fields[3].trimmingCharacters(in: .whitespaces) : ""
            guard ["", "self", "against", "leader", "nominal", "object"].contains(role) else {
                throw TextError.badDictionary(file, line: offset + 1, reason: "unknown role '\(role)'")
            }
            var pattern = VerbPattern(slots: slots, cameo: fields[1], reading: reading, selfTargeted: role == "self")
            pattern.againstObject = role == "against"
            pattern.leaderObject = role == "leader"
            pattern.nominalLevel = role == "nominal"
            pattern.objectTargeted = role == "object"
            lexicon.add(pattern)
        }
        return lexicon
    }

    static func slots(_ pattern: String) -> [VerbPattern.Slot] {
        pattern.split(separator: " ").map { part in
            if part == "*" { return .gap }
            let alternatives = part.split(separator: "|").map { word -> Set<String> in
                word.hasPrefix("~") ? Inflection.forms(of: String(word.dropFirst()).lowercased()) : [word.lowercased()]
            }
            return .words(alternatives.reduce(into: Set<String>()) { $0.formUnion($1) })
        }
    }

    static func reading(_ text: String) -> EventReading? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: ":").map(String.init)
        switch parts.first {
        case "threat": return parts.count == 2 ? ThreatKind(rawValue: parts[1]).map(EventReading.threat) : nil
        case "outcome":
            return parts.count == 2 ? AllianceTest.Outcome(rawValue: parts[1]).map(EventReading.outcome) : nil
        case "withdrawal": return .withdrawal
        case "defection": return .defection
        case "other": return .other
        case "support":
            guard parts.count >= 2, let number = Int(parts[1]), let level = LadderLevel(rawValue: number) else {
                return nil
            }
            let scale = parts.count > 2 ? Response.Scale(rawValue: parts[2]) : .full
            return scale.map { .support(level, $0) }
        default: return nil
        }
    }
}
