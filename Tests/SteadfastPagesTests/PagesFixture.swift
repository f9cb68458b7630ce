import Foundation
import SteadfastCaseBase
import SteadfastCore
import SteadfastStore

/// Ledgers to render: the small case base of the case base tests, the built-in one, and the small
/// one with hostile text in every field that reaches a page.
enum PagesFixture {
    static let asOf = Day(year: 2026, month: 11, day: 27)!

    /// Text an article could carry to attack a page.
    static let hostile = "<script>alert('x')</script><img src=x onerror=alert(1)> \"quoted\" & 'single'"

    static var packageDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
    }

    static var caseBaseDirectory: URL {
        packageDirectory.appendingPathComponent("Tests/SteadfastCaseBaseTests/Fixtures/valid")
    }

    static func caseBase() throws -> CaseBase {
        try CaseBase.load(directory: caseBaseDirectory, asOf: asOf)
    }

    static func reading() throws -> LedgerReading {
        LedgerReading(ledger: try caseBase().ledger, rules: .standard, asOf: asOf)
    }

    static func builtInReading() throws -> LedgerReading {
        let caseBase = try CaseBase.load(directory: try CaseBase.builtInDirectory(), asOf: asOf)
        return LedgerReading(ledger: caseBase.ledger, rules: .standard, asOf: asOf)
    }

    /// The small case base with hostile text in names, titles, summaries, claims and sources, and a
    /// `javascript:` address.
    static func hostileReading() throws -> LedgerReading {
        var ledger = try caseBase().ledger
        var actors = Array(ledger.registry.actors.values)
        if let index = actors.firstIndex(where: { $0.code == "PAT" }) { actors[index].name = "Patronia " + hostile }
        ledger.registry = ActorRegistry(actors: actors, places: Array(ledger.registry.places.values))
        ledger.tests[0].title = "Attack " + hostile
        ledger.tests[0].summary = hostile
        ledger.tests[0].place = hostile
        ledger.tests[0].responses[0].summary = hostile
        ledger.tests[0].responses[0].evidence[0].note = hostile
        ledger.tests[0].claims[0].statement = hostile
        ledger.tests[0].claims[1].statement = hostile
        ledger.commitments[0].scope.note = hostile
        for id in ledger.sources.keys {
            ledger.sources[id]?.title = hostile
            ledger.sources[id]?.publisher = hostile
            ledger.sources[id]?.url = "javascript:alert(1)"
        }
        return LedgerReading(ledger: ledger, rules: .standard, asOf: asOf)
    }
}

/// Counting what a page holds, the way a reader's eye would: elements by class, links by target.
extension String {
    func count(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }

    /// The `<svg …>…</svg>` element with an identifier.
    func svg(id: String) -> String? {
        guard let start = range(of: "<svg id=\"\(id)\""),
            let end = range(of: "</svg>", range: start.upperBound..<endIndex)
        else { return nil }
        return String(self[start.lowerBound..<end.upperBound])
    }
}
