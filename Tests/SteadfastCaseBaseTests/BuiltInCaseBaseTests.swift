import Foundation
import SteadfastCore
import Testing

@testable import SteadfastCaseBase

/// The built-in case base must reproduce the origin article's cases, and keep both kept and
/// broken promises for every patron with a long record.
@Suite("The built-in case base")
struct BuiltInCaseBaseTests {
    static let asOf = Day(year: 2026, month: 11, day: 27)!

    static func judgement() throws -> (Ledger, Judgement) {
        let ledger = try CaseBase.load(directory: try CaseBase.builtInDirectory(), asOf: asOf).ledger
        return (ledger, VerdictEngine(asOf: asOf).judge(ledger))
    }

    @Test(
        "the origin article's cases come out as the article argues",
        arguments: [
            ("ven-2026-us-capture-of-maduro", [VerdictKind.abandoned]),
            ("arm-2020-karabakh-war", [.honored, .partial]),
            ("arm-2023-karabakh-offensive", [.abandoned]),
            ("syr-2015-rebel-offensives", [.honored]),
            ("syr-2024-hts-offensive", [.abandoned]),
            ("irn-2025-israeli-strikes", [.abandoned]),
            ("irn-2025-mass-protests", [.pending, .abandoned]),
            ("blr-2020-post-election-protests", [.honored]),
        ])
    func originArticle(testID: String, allowed: [VerdictKind]) throws {
        let (ledger, judgement) = try Self.judgement()
        let test = try #require(ledger.test(testID))
        let verdict = try #require(judgement.verdicts.first { $0.testID == testID && $0.patron == "RUS" })
        #expect(allowed.contains(verdict.kind), "\(test.title): \(verdict.derivation.steps)")
        #expect(!verdict.derivation.steps.isEmpty)
    }

    @Test("at least 80 tests from 1945 to 2026, and at least 8 patrons tested 4 or more times")
    func breadth() throws {
        let (ledger, judgement) = try Self.judgement()
        #expect(ledger.tests.count >= 80)
        #expect(ledger.tests.allSatisfy { (1945...2026).contains($0.started.year) })
        let byPatron = Dictionary(grouping: judgement.verdicts.filter { $0.kind != .pending }, by: \.patron)
        let established = byPatron.filter { $0.value.count >= 4 }
        #expect(established.count >= 8, "\(byPatron.mapValues(\.count))")
    }

    @Test("every patron with 4 or more judged tests has both kept and broken promises on record")
    func balance() throws {
        let (_, judgement) = try Self.judgement()
        let byPatron = Dictionary(grouping: judgement.verdicts.filter { $0.kind != .pending }, by: \.patron)
        for (patron, verdicts) in byPatron where verdicts.count >= 4 {
            #expect(verdicts.contains { $0.kind == .honored }, "\(patron) has no kept promise")
            #expect(verdicts.contains { $0.kind == .abandoned }, "\(patron) has no broken promise")
        }
    }

    @Test("every test and every response cites a source that exists")
    func sourced() throws {
        let (ledger, _) = try Self.judgement()
        for test in ledger.tests {
            #expect(!test.sources.isEmpty, "\(test.id)")
            for response in test.responses {
                #expect(response.evidence.allSatisfy { ledger.sources[$0.sourceID] != nil }, "\(response.id)")
            }
        }
    }

    @Test("the Soviet Union is Russia's predecessor in the registry")
    func succession() throws {
        let (ledger, _) = try Self.judgement()
        #expect(ledger.registry.predecessors(of: "RUS") == ["SUN"])
        #expect(ledger.registry.actor("SUN")?.exists(on: Day(year: 1995, month: 1, day: 1)!) == false)
    }
}
