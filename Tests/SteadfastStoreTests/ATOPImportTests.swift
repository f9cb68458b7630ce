import Foundation
import SteadfastCaseBase
import SteadfastCore
import Testing

@testable import SteadfastStore

/// The ATOP importer on a small fixture composed in the ATOP layout: a bilateral pact the curated
/// case base already records, a multilateral pact conditioned on a named adversary with a member
/// that exits and a member whose COW number passes to a successor state, and a pact with a state
/// the registry does not know.
@Suite("Importing ATOP")
struct ATOPImportTests {
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/atop")
    }

    static func read(members: String = "members.csv") throws -> ATOPImport {
        let ledger = try StoreFixture.caseBase().ledger
        return try ATOPImport.read(
            alliances: fixtures.appendingPathComponent("alliances.csv"),
            members: fixtures.appendingPathComponent(members), registry: ledger.registry,
            curated: ledger.commitments)
    }

    private func commitment(_ imported: ATOPImport, _ id: String) throws -> Commitment {
        try #require(imported.commitments.first { $0.id == id }, "no \(id) in \(imported.commitments.map(\.id))")
    }

    @Test("a curated pair is left to the case base; the reverse direction is imported")
    func curatedPairs() throws {
        let imported = try Self.read()
        #expect(imported.matchedCurated == 1)
        #expect(!imported.commitments.contains { $0.atopID == 9999 && $0.patron == "PAT" })
        let reverse = try commitment(imported, "atop-9999-cli-pat-defensepact-1995-03-16")
        #expect(reverse.kind == .defensePact)
        #expect(reverse.ended == nil)
        #expect(reverse.sources == ["atop-9999"])
    }

    @Test("a multilateral defence pledge becomes collective security, limited to the named adversary")
    func conditions() throws {
        let imported = try Self.read()
        let pledge = try commitment(imported, "atop-9002-pat-adv-collectivesecurity-1980-01-01")
        #expect(pledge.scope.adversaries == ["CLI"])
        #expect(pledge.scope.note?.contains("against CLI only") == true)
        #expect(pledge.ended == PartialDate(iso: "2000-06-30"), "the partner's exit ends the pledge")
        let consultation = try commitment(imported, "atop-9002-pat-adv-consultationpact-1980-01-01")
        #expect(consultation.kind == .consultationPact)
    }

    @Test("a COW number that passes to a successor state splits the pledge at the succession")
    func succession() throws {
        let imported = try Self.read()
        let old = try commitment(imported, "atop-9002-old-pat-collectivesecurity-1980-01-01")
        let new = try commitment(imported, "atop-9002-new-pat-collectivesecurity-1991-12-26")
        #expect(old.ended == PartialDate(iso: "1991-12-25"))
        #expect(new.ended == nil)
    }

    @Test("states unknown to the registry are counted and skipped, not fatal")
    func unknownStates() throws {
        let imported = try Self.read()
        #expect(imported.unknownStates == [999: 1])
        #expect(!imported.commitments.contains { $0.atopID == 9003 })
        #expect(imported.alliances == 3)
        #expect(imported.memberRows == 7)
    }

    @Test("malformed rows are refused with file, line and column, and nothing is imported")
    func malformed() throws {
        #expect(
            throws: ImportError.invalid(
                [
                    CSVTable.Problem(
                        file: "members-malformed.csv", line: 4, column: nil, message: "expected 105 fields, found 103"),
                    CSVTable.Problem(
                        file: "members-malformed.csv", line: 6, column: "yrent", message: "'19x0' is not a whole number"
                    ),
                ], total: 2)
        ) {
            try Self.read(members: "members-malformed.csv")
        }
    }

    @Test("importing twice changes nothing, and the case base's own rows are untouched")
    func idempotent() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let store = try await fixture.open()
        let caseBase = try StoreFixture.caseBase()
        _ = try await store.synchronize(with: caseBase)
        let imported = try Self.read()
        let first = try await store.merge(commitments: imported.commitments, sources: imported.sources, origin: "atop")
        let second = try await store.merge(commitments: imported.commitments, sources: imported.sources, origin: "atop")
        let ledger = try await store.ledger()
        let resync = try await store.synchronize(with: caseBase)
        await store.close()
        #expect(first.added == imported.commitments.count)
        #expect(second == MergeSummary(added: 0, changed: 0, unchanged: imported.commitments.count, removed: 0))
        #expect(ledger.commitments.count == caseBase.ledger.commitments.count + imported.commitments.count)
        #expect(ledger.sources["atop-9002"]?.kind == .dataset)
        #expect(resync.unchanged)
    }
}
