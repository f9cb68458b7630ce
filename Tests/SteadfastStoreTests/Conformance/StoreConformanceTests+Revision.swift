import Foundation
import SQLKit
import SteadfastCaseBase
import SteadfastCore
import SteadfastText
import Testing

@testable import SteadfastStore

extension StoreConformanceTests {
    /// A commitment as the API writes it.
    static let apiCommitment = Commitment(
        id: "pat-cli-arms", patron: "PAT", client: "CLI", kind: .armsSupply,
        started: PartialDate(year: 2021, month: 2)!)

    @Test(
        "every kind of write advances the ledger's revision by one; reads and a sync that changes nothing do not",
        arguments: StoreKind.available)
    func revisionAdvances(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.withStore { store in
                let caseBase = try StoreFixture.caseBase()
                #expect(try await store.revision() == 0)
                try await Self.expectAdvance("case base sync", by: 1, store) {
                    _ = try await store.synchronize(with: caseBase)
                }
                try await Self.expectAdvance("unchanged case base sync", by: 0, store) {
                    _ = try await store.synchronize(with: caseBase)
                    _ = try await store.ledger()
                    _ = try await store.candidates(status: nil)
                }
                let atop = try ATOPImportTests.read()
                try await Self.expectAdvance("commitments import", by: 1, store) {
                    _ = try await store.merge(commitments: atop.commitments, sources: atop.sources, origin: "atop")
                }
                try await Self.expectAdvance("COW wars import", by: 1, store) {
                    _ = try await store.merge(wars: try COWWarImportTests.wars())
                }
                try await Self.expectAdvance("ATOP memberships import", by: 1, store) {
                    _ = try await store.merge(atop: try COWWarImportTests.atop())
                }
                let coded = try TextPipeline.standard(registry: caseBase.ledger.registry)
                    .code(Data(ReviewQueueTests.article.utf8), name: "wire.txt")
                let linker = CandidateLinker(tests: caseBase.ledger.tests, rules: .standard, asOf: Self.asOf)
                try await Self.expectAdvance("ingest", by: 1, store) {
                    _ = try await store.ingest(coded, name: "wire.txt", linker: linker, actor: "cli:test")
                }
                let queue = try await store.candidates(status: .candidate)
                let help = try #require(queue.first { $0.reading.type == "support" })
                let other = try #require(queue.first { $0.id != help.id })
                try await Self.expectAdvance("accept", by: 1, store) {
                    _ = try await store.decide(help.id, accept: true, actor: "cli:test")
                }
                try await Self.expectAdvance("reject", by: 1, store) {
                    _ = try await store.decide(other.id, accept: false, actor: "cli:test")
                }
                try await Self.expectAdvance("commitment put", by: 1, store) {
                    _ = try await store.putCommitment(Self.apiCommitment, actor: "admin")
                }
                try await Self.expectAdvance("commitment delete", by: 1, store) {
                    _ = try await store.deleteCommitment(Self.apiCommitment.id, actor: "admin")
                }
                try await Self.expectAdvance("token create", by: 1, store) {
                    _ = try await store.createToken(name: "bot", role: .analyst, hash: "hash-b", actor: "admin")
                }
                try await Self.expectAdvance("token revoke", by: 1, store) {
                    _ = try await store.revokeToken(name: "bot", actor: "admin")
                }
                try await Self.expectAdvance("audit entry", by: 1, store) {
                    try await store.record(
                        AuditEntry(
                            actor: "cli:test", action: "note", entity: "ledger", entityID: "-", before: nil, after: nil)
                    )
                }
                // Two files of a few rows, each one batch and then the file's record.
                try await Self.expectAdvance("event import", by: 4, store) {
                    _ = try await store.importEvents(
                        [Self.eventFixture("gdelt1-58.tsv"), Self.eventFixture("gdelt1-duplicates.tsv")],
                        dataset: .gdelt,
                        batchSize: 100)
                }
                try await Self.expectAdvance("event candidates", by: 1, store) {
                    _ = try await store.queueEventCandidates(
                        ledger: try await store.ledger(), rules: .standard, asOf: Self.asOf)
                }
            }
        }
    }

    @Test("a write that fails rolls its revision back with everything else", arguments: StoreKind.available)
    func failedWriteKeepsRevision(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.withStore { store in
                let good = try StoreFixture.caseBase()
                _ = try await store.synchronize(with: good)
                _ = try await store.createToken(name: "bot", role: .analyst, hash: "hash-b", actor: "admin")
                var broken = good
                broken.fingerprint = "broken"
                var duplicate = broken.ledger.tests[0]
                duplicate.id = "cli-2020-attack-copy"
                broken.ledger.tests.append(duplicate)
                let atop = try ATOPImportTests.read()
                let caseBaseCommitment = try #require(good.ledger.commitments.first)
                try await Self.expectAdvance("failed writes", by: 0, store) {
                    await #expect(throws: StoreError.self) { try await store.synchronize(with: broken) }
                    await #expect(throws: StoreError.self) {
                        try await store.merge(
                            commitments: atop.commitments + atop.commitments.prefix(1), sources: atop.sources,
                            origin: "atop")
                    }
                    await #expect(throws: StoreError.self) { try await store.decide("c-missing", accept: true) }
                    await #expect(throws: StoreError.self) {
                        try await store.createToken(name: "bot", role: .admin, hash: "hash-c", actor: "admin")
                    }
                    await #expect(throws: StoreError.self) {
                        try await store.putCommitment(caseBaseCommitment, actor: "admin")
                    }
                }
            }
        }
    }

    @Test(
        "a second store on the same database sees the first one's writes in its revision, also when they race",
        arguments: StoreKind.available)
    func revisionAcrossStores(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            let (first, second) = (try await database.open(), try await database.open())
            do {
                _ = try await first.synchronize(with: try StoreFixture.caseBase())
                #expect(try await second.revision() == 1)
                _ = try await second.putCommitment(Self.apiCommitment, actor: "cli:test")
                #expect(try await first.revision() == 2)
                #expect(try await first.ledger().commitments.contains { $0.id == Self.apiCommitment.id })
                try await withThrowingTaskGroup(of: Void.self) { group in
                    for index in 0..<12 {
                        let store = index.isMultiple(of: 2) ? first : second
                        group.addTask {
                            try await store.record(
                                AuditEntry(
                                    actor: "race", action: "note", entity: "ledger", entityID: "\(index)",
                                    before: nil, after: nil))
                        }
                    }
                    try await group.waitForAll()
                }
                #expect(try await first.revision() == 14)
                #expect(try await second.revision() == 14)
            } catch {
                await first.close()
                await second.close()
                throw error
            }
            await first.close()
            await second.close()
        }
    }

    @Test("a missing revision row is reported by name, and writes refuse to go unseen", arguments: StoreKind.available)
    func missingRevisionRow(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.withStore { store in
                try await SQLLedgerStore.sql(try store.database).delete(from: "ledger_revision").run()
                let missing = StoreError.corruptRow(
                    table: "ledger_revision", id: "1",
                    reason: "the ledger's revision row is missing; writes cannot be made visible to other processes")
                await #expect(throws: missing) { try await store.revision() }
                await #expect(throws: missing) {
                    try await store.createToken(name: "bot", role: .analyst, hash: "hash-b", actor: "admin")
                }
                #expect(try await store.accounts().isEmpty)
            }
        }
    }

    /// Runs `body` and expects the store's revision to have moved by `count`.
    static func expectAdvance(
        _ what: String, by count: Int, _ store: SQLLedgerStore, _ body: () async throws -> Void,
        sourceLocation: SourceLocation = #_sourceLocation
    ) async throws {
        let before = try await store.revision()
        try await body()
        let after = try await store.revision()
        #expect(after - before == count, "\(what): revision \(before) → \(after)", sourceLocation: sourceLocation)
    }
}
