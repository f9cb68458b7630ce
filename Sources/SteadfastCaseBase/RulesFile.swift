import Foundation
import SteadfastCore
import Yams

/// Reads a verdict rules file: YAML that overrides any of the defaults in `VerdictRules.standard`.
///
/// ```yaml
/// expectedLevel: {armsSupply: 3}
/// coveredThreats: {regimeSecurity: [massProtest, coup]}
/// windowDays: 45
/// defectionCap: null      # flag defections without capping the level
/// ```
public enum RulesFile {
    static let keys: Set<String> = [
        "expectedLevel", "coveredThreats", "territorial", "coversThreatsToRegime", "windowDays", "partialMargin",
        "partialFloor", "withdrawalCap", "tokenLevel", "limitedReduction", "defectionCap", "distractingWars",
        "judgeWithoutResponses",
    ]

    /// Loads a rules file over the defaults.
    ///
    /// - Parameters:
    ///   - url: the file.
    /// - Returns: the rules.
    /// - Throws: `CaseBaseError.invalid` with every problem, or `.unreadable`.
    public static func load(_ url: URL) throws -> VerdictRules {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CaseBaseError.unreadable(path: url.path, reason: "cannot read the rules file")
        }
        return try parse(text, file: url.lastPathComponent)
    }

    /// Parses rules text over the defaults.
    ///
    /// - Parameters:
    ///   - text: the YAML text.
    ///   - file: the name used in problems.
    /// - Returns: the rules.
    /// - Throws: `CaseBaseError.invalid` with every problem.
    public static func parse(_ text: String, file: String) throws -> VerdictRules {
        let log = Diagnostics()
        var rules = VerdictRules.standard
        do {
            if case .mapping(let mapping)? = try Yams.compose(yaml: text) {
                read(MappingReader(mapping: mapping, file: file, path: "", log: log), into: &rules)
            } else if !text.trimmed.isEmpty {
                log.report(Problem(file: file, line: 1, field: "", message: "expected a mapping of rules"))
            }
        } catch let error as YamlError {
            log.report(CaseBaseParser.problem(from: error, file: file))
        }
        guard log.problems.isEmpty else { throw CaseBaseError.invalid(log.problems.sorted()) }
        return rules
    }

    private static func read(_ reader: MappingReader, into rules: inout VerdictRules) {
        reader.rejectUnknownKeys(keys)
        if let levels = reader.mapping("expectedLevel") {
            for kind in kinds(in: levels) {
                if let level = levels.int(kind.rawValue, in: 0...7).flatMap(LadderLevel.init(rawValue:)) {
                    rules.expectedLevel[kind] = level
                }
            }
        }
        if let threats = reader.mapping("coveredThreats") {
            for kind in kinds(in: threats) {
                rules.coveredThreats[kind] = Set(threats.strings(kind.rawValue).compactMap { threat($0, threats.log) })
            }
        }
        if reader.node("territorial") != nil { rules.territorial = kindSet(reader, "territorial") }
        if reader.node("coversThreatsToRegime") != nil {
            rules.coversThreatsToRegime = kindSet(reader, "coversThreatsToRegime")
        }
        rules.judgeWithoutResponses = reader.bool("judgeWithoutResponses") ?? rules.judgeWithoutResponses
        rules.windowDays = reader.int("windowDays", in: 0...3650) ?? rules.windowDays
        rules.partialMargin = reader.int("partialMargin", in: 0...7) ?? rules.partialMargin
        rules.limitedReduction = reader.int("limitedReduction", in: 0...7) ?? rules.limitedReduction
        rules.partialFloor = level(reader, "partialFloor") ?? rules.partialFloor
        rules.withdrawalCap = level(reader, "withdrawalCap") ?? rules.withdrawalCap
        rules.tokenLevel = level(reader, "tokenLevel") ?? rules.tokenLevel
        if reader.node("distractingWars") != nil {
            rules.distractingWars = Set(
                reader.strings("distractingWars").compactMap { item in
                    guard let scale = WarPeriod.Scale(rawValue: item.value) else {
                        reader.log.report(
                            "unknown war scale '\(item.value)' (expected major or limited)", at: item.location)
                        return nil
                    }
                    return scale
                })
        }
        if reader.mapping.keys.contains(where: { $0.string == "defectionCap" }) {
            rules.defectionCap = level(reader, "defectionCap")
        }
    }

    private static func level(_ reader: MappingReader, _ key: String) -> LadderLevel? {
        reader.int(key, in: 0...7).flatMap(LadderLevel.init(rawValue:))
    }

    private static func kinds(in reader: MappingReader) -> [Commitment.Kind] {
        reader.mapping.keys.compactMap { key in
            guard let name = key.string else { return nil }
            guard let kind = Commitment.Kind(rawValue: name) else {
                reader.log.report("unknown commitment kind '\(name)'", at: reader.location(of: name))
                return nil
            }
            return kind
        }
    }

    private static func kindSet(_ reader: MappingReader, _ key: String) -> Set<Commitment.Kind> {
        Set(
            reader.strings(key).compactMap { item in
                guard let kind = Commitment.Kind(rawValue: item.value) else {
                    reader.log.report("unknown commitment kind '\(item.value)'", at: item.location)
                    return nil
                }
                return kind
            })
    }

    private static func threat(_ item: (value: String, location: Location), _ log: Diagnostics) -> ThreatKind? {
        guard let threat = ThreatKind(rawValue: item.value) else {
            log.report("unknown threat kind '\(item.value)'", at: item.location)
            return nil
        }
        return threat
    }
}
