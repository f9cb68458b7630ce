import Foundation
import SteadfastCore
import SteadfastText
import Yams

/// A gold annotation file (format in shared/data/dev/README.md): the document it annotates, the
/// events a careful reader extracts and the tests and verdicts the reader reaches.
public struct GoldFile: Sendable {
    /// The annotated document, resolved relative to the gold file.
    public var document: URL
    /// The publication date, when the annotation gives it.
    public var published: PartialDate?
    /// The events.
    public var events: [GoldEvent]
    /// The tests with their verdicts.
    public var tests: [GoldTest]

    /// Reads a gold file.
    ///
    /// - Parameters:
    ///   - url: the file.
    /// - Returns: the gold annotation.
    /// - Throws: `CaseBaseError.invalid` naming every problem with its line, or `.unreadable`.
    public static func load(_ url: URL) throws -> GoldFile {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw CaseBaseError.unreadable(path: url.path, reason: "cannot read the gold file")
        }
        let name = url.lastPathComponent
        let log = Diagnostics()
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw CaseBaseError.invalid([CaseBaseParser.problem(from: error, file: name)])
        }
        guard case .mapping(let mapping)? = root else {
            throw CaseBaseError.invalid([Problem(file: name, line: 1, field: "", message: "expected a mapping")])
        }
        let reader = MappingReader(mapping: mapping, file: name, path: "", log: log)
        let document = reader.required("document")
        let gold = GoldFile(
            document: url.deletingLastPathComponent().appendingPathComponent(document ?? ""),
            published: reader.date("published"), events: reader.mappings("events").compactMap(event),
            tests: reader.mappings("tests").compactMap(test))
        guard log.problems.isEmpty else { throw CaseBaseError.invalid(log.problems.sorted()) }
        return gold
    }

    private static func event(_ entry: MappingReader) -> GoldEvent? {
        guard let quote = entry.required("quote"), let actor = entry.required("actor"),
            let target = entry.required("target"), let type = entry.required("type")
        else { return nil }
        var level: LadderLevel?
        if let raw = entry.int("level", in: 0...7).flatMap(LadderLevel.init(rawValue:)) {
            let scale = entry.choice("scale", Response.Scale.self) ?? .full
            level = VerdictRules.standard.effectiveLevel(
                of: Response(
                    id: "gold", patron: actor, level: raw, scale: scale, date: PartialDate(Day(ordinal: 0)), summary: ""
                ))
        }
        return GoldEvent(
            quote: quote, actor: actor, target: target, type: type, effectiveLevel: level,
            threat: entry.choice("threat", ThreatKind.self),
            outcome: entry.choice("outcome", AllianceTest.Outcome.self),
            cameoRoot: entry.string("cameo").map { String($0.prefix(2)) }, date: entry.date("date"),
            caption: entry.bool("caption") ?? false)
    }

    private static func test(_ entry: MappingReader) -> GoldTest? {
        guard let client = entry.required("client"), let threat = entry.choice("threat", ThreatKind.self),
            let patron = entry.required("patron"), let verdict = entry.required("verdict")
        else { return nil }
        let kinds = Set(verdict.split(separator: "-").compactMap { VerdictKind(rawValue: String($0)) })
        guard !kinds.isEmpty else {
            entry.log.report("unknown verdict '\(verdict)'", at: entry.location(of: "verdict"))
            return nil
        }
        return GoldTest(
            client: client, adversary: entry.string("adversary"), threat: threat, started: entry.date("started"),
            patron: patron, verdicts: kinds)
    }
}
