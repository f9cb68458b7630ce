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

    @Test("at least 15 tests beyond the origin article, across at least four other patrons")
    func breadth() throws {
        let (ledger, judgement) = try Self.judgement()
        let others = Set(judgement.verdicts.map(\.patron)).subtracting(["RUS"])
        #expect(ledger.tests.count >= 23)
        #expect(others.count >= 4)
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
