import Foundation
import SQLKit
import SteadfastCaseBase
import SteadfastCore
import SteadfastText
import Testing

@testable import SteadfastStore

extension StoreConformanceTests {
    static func eventFixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SteadfastEventsTests/Fixtures/\(name)").path
    }

    @Test(
        "event files become groups across batches; importing them again collapses every row",
        arguments: StoreKind.available)
    func events(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            let files = [Self.eventFixture("gdelt1-duplicates.tsv"), Self.eventFixture("gdelt1-malformed.tsv")]
            let (summary, groups) = try await database.withStore { store in
                (try await store.importEvents(files, dataset: .gdelt, batchSize: 3), try await Self.eventGroups(store))
            }
            let (again, regrouped) = try await database.withStore { store in
                (try await store.importEvents(files, dataset: .gdelt), try await Self.eventGroups(store))
            }
            #expect(summary.rows == 17 && summary.malformed == 4 && summary.events == 6)
            #expect(summary.duplicates == ["same-id": 6, "reissued": 1])
            #expect(groups.map(\.events).reduce(0, +) == 6)
            #expect(again.events == 0)
            #expect(regrouped.map { String(describing: $0) } == groups.map { String(describing: $0) })
        }
    }

    @Test(
        "the same work leaves the same ledger, verdicts, queue, historical ledger and events on both databases",
        .enabled(if: StoreKind.postgresURL != nil, StoreKind.postgresMissing))
    func sameOnBoth() async throws {
        var snapshots: [Snapshot] = []
        for kind in StoreKind.allCases {
            try await TestDatabase.with(kind) { database in
                snapshots.append(try await database.withStore { try await Self.work(on: $0) })
            }
        }
        #expect(snapshots[0].ledger == snapshots[1].ledger)
        #expect(snapshots[0].judgement == snapshots[1].judgement)
        #expect(snapshots[0].candidates == snapshots[1].candidates)
        #expect(snapshots[0].historical == snapshots[1].historical)
        #expect(snapshots[0].events == snapshots[1].events)
        #expect(snapshots[0].months == snapshots[1].months)
        #expect(snapshots[0].queued == snapshots[1].queued)
        #expect(!snapshots[0].judgement.verdicts.isEmpty && !snapshots[0].events.isEmpty)
        #expect(!snapshots[0].months.isEmpty && snapshots[0].queued.queued > 0)
    }

    /// What a store holds after the work every command does: the built-in case base, ATOP and COW
    /// imports, an ingested article with a decision, and event files.
    struct Snapshot {
        var ledger: Ledger
        var judgement: Judgement
        var candidates: [ReviewCandidate]
        var historical: [String]
        var events: [String]
        var months: [String]
        var queued: EventCandidateSummary
    }

    static func work(on store: SQLLedgerStore) async throws -> Snapshot {
        let caseBase = try CaseBase.load(directory: try CaseBase.builtInDirectory(), asOf: asOf)
        _ = try await store.synchronize(with: caseBase)
        _ = try await store.merge(wars: try COWWarImportTests.wars())
        _ = try await store.merge(atop: try COWWarImportTests.atop())
        let coded = try TextPipeline.standard(registry: caseBase.ledger.registry)
            .code(Data(ReviewQueueTests.article.utf8), name: "wire.txt")
        let linker = CandidateLinker(tests: caseBase.ledger.tests, rules: .standard, asOf: asOf)
        _ = try await store.ingest(coded, name: "wire.txt", linker: linker)
        for candidate in try await store.candidates(status: .candidate) where candidate.testID != nil {
            _ = try await store.decide(candidate.id, accept: true)
        }
        _ = try await store.importEvents(
            [eventFixture("gdelt1-58.tsv"), eventFixture("gdelt1-duplicates.tsv")], dataset: .gdelt, batchSize: 4)
        let queued = try await store.queueEventCandidates(
            ledger: try await store.ledger(), rules: .standard, asOf: asOf)
        let ledger = try await store.ledger()
        let (from, through) = (Day(year: 2020, month: 1, day: 1)!, Day(year: 2020, month: 12, day: 31)!)
        let months = try await store.eventMonths(between: "RUS", and: "ARM", from: from, through: through)
        return Snapshot(
            ledger: ledger, judgement: LedgerReading(ledger: ledger, rules: .standard, asOf: asOf).judgement,
            candidates: try await store.candidates(status: nil),
            historical: try await store.historicalLedger().tests.map { String(describing: $0) },
            events: try await eventGroups(store).map { String(describing: $0) },
            months: months.map {
                "\($0.month) \($0.source) \($0.target) \($0.root) \($0.events) \(Int(($0.goldstein * 10).rounded()))"
            },
            queued: queued)
    }

    /// The event groups, read straight from their table.
    static func eventGroups(_ store: SQLLedgerStore) async throws -> [EventGroupRecord] {
        try await SQLLedgerStore.rows(EventGroupRecord.self, "event_groups", try SQLLedgerStore.sql(try store.database))
        {
            "\($0.dataset) \($0.source) \($0.target) \($0.day) \($0.code)"
        }
    }
}
