import Foundation
import SteadfastCaseBase
import SteadfastCore
import SteadfastText
import Testing

@testable import SteadfastStore

/// The same store tests on every database: SQLite always, PostgreSQL when `STEADFAST_TEST_POSTGRES`
/// names a server (otherwise the PostgreSQL tests below are skipped with the reason). Each case gets a
/// database of its own, so the suite runs in parallel.
@Suite("Store conformance")
struct StoreConformanceTests {
    static let asOf = StoreFixture.asOf

    @Test(
        "the PostgreSQL server answers: a schema of its own is created with the tables, and dropped",
        .enabled(if: StoreKind.postgresURL != nil, StoreKind.postgresMissing))
    func postgresAvailable() async throws {
        var schema: String?
        try await TestDatabase.with(.postgres) { database in
            guard case .postgres(let postgres) = database.location else { return }
            schema = postgres.schema
            let counts = try await database.rowCounts(SQLLedgerStore.caseBaseTables)
            #expect(counts.values.allSatisfy { $0 == 0 } && counts.count == SQLLedgerStore.caseBaseTables.count)
        }
        #expect(try await TestDatabase.schemas(named: try #require(schema)) == 0)
    }

    @Test(
        "the case base loads once, reads back equal after reopening, and a changed one replaces it",
        arguments: StoreKind.available)
    func caseBaseSync(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            var caseBase = try StoreFixture.caseBase()
            let first = try await database.withStore { try await $0.synchronize(with: caseBase) }
            let (second, ledger) = try await database.withStore {
                (try await $0.synchronize(with: caseBase), try await $0.ledger())
            }
            #expect(!first.unchanged && first.written["tests"] == 1 && first.written["claims"] == 2)
            #expect(second.unchanged && second.written.isEmpty)
            #expect(ledger == caseBase.ledger)

            caseBase.ledger.tests[0].title = "Adversaria attacks Clientia again"
            caseBase.ledger.tests[0].responses.removeAll()
            caseBase.fingerprint += "-changed"
            let (third, changed, fingerprint) = try await database.withStore {
                (try await $0.synchronize(with: caseBase), try await $0.ledger(), try await $0.loadedFingerprint())
            }
            #expect(!third.unchanged)
            #expect(changed == caseBase.ledger)
            #expect(fingerprint == caseBase.fingerprint)
        }
    }

    @Test(
        "the built-in case base reads back equal and gets the verdicts it gets in memory",
        arguments: StoreKind.available)
    func builtInVerdicts(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            let caseBase = try CaseBase.load(directory: try CaseBase.builtInDirectory(), asOf: Self.asOf)
            let ledger = try await database.withStore { store in
                _ = try await store.synchronize(with: caseBase)
                return try await store.ledger()
            }
            #expect(ledger == caseBase.ledger)
            let stored = LedgerReading(ledger: ledger, rules: .standard, asOf: Self.asOf)
            let reference = LedgerReading(ledger: caseBase.ledger, rules: .standard, asOf: Self.asOf)
            #expect(!stored.judgement.verdicts.isEmpty)
            #expect(stored.judgement == reference.judgement)
        }
    }

    @Test("a write that fails half-way leaves every table as it was", arguments: StoreKind.available)
    func rollback(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            let good = try StoreFixture.caseBase()
            var broken = good
            broken.fingerprint = "broken"
            broken.ledger.tests[0].title = "must never be stored"
            var duplicate = broken.ledger.tests[0]
            duplicate.id = "cli-2020-attack-copy"
            broken.ledger.tests.append(duplicate)
            let imported = try ATOPImportTests.read()
            let tables = SQLLedgerStore.caseBaseTables + ["case_base_state", "atop_memberships"]

            _ = try await database.withStore { try await $0.synchronize(with: good) }
            let before = try await database.rowCounts(tables)
            try await database.withStore { store in
                await #expect(throws: StoreError.self) { try await store.synchronize(with: broken) }
                let twice = imported.commitments + imported.commitments.prefix(1)
                await #expect(throws: StoreError.self) {
                    try await store.merge(commitments: twice, sources: imported.sources, origin: "atop")
                }
            }
            let after = try await database.rowCounts(tables)
            let (ledger, fingerprint) = try await database.withStore {
                (try await $0.ledger(), try await $0.loadedFingerprint())
            }
            #expect(after == before)
            #expect(ledger == good.ledger)
            #expect(fingerprint == good.fingerprint)
        }
    }

    @Test(
        "ATOP and COW imports merge: again changes nothing, the case base is untouched, the historical ledger reads back",
        arguments: StoreKind.available)
    func imports(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            let caseBase = try StoreFixture.caseBase()
            let atop = try ATOPImportTests.read()
            try await database.withStore { store in
                _ = try await store.synchronize(with: caseBase)
                let first = try await store.merge(commitments: atop.commitments, sources: atop.sources, origin: "atop")
                let second = try await store.merge(commitments: atop.commitments, sources: atop.sources, origin: "atop")
                let ledger = try await store.ledger()
                let resync = try await store.synchronize(with: caseBase)
                let wars = try await store.merge(wars: try COWWarImportTests.wars())
                let warsAgain = try await store.merge(wars: try COWWarImportTests.wars())
                let memberships = try await store.merge(atop: try COWWarImportTests.atop())
                #expect(first.added == atop.commitments.count)
                #expect(second == MergeSummary(added: 0, changed: 0, unchanged: atop.commitments.count, removed: 0))
                #expect(
                    wars.participants.added == 5
                        && warsAgain.participants == MergeSummary(added: 0, changed: 0, unchanged: 5, removed: 0))
                #expect(memberships.memberships.added == 4)
                #expect(ledger.commitments.count == caseBase.ledger.commitments.count + atop.commitments.count)
                #expect(ledger.sources["atop-9002"]?.kind == .dataset)
                #expect(resync.unchanged)
            }
            let historical = try await database.withStore { try await $0.historicalLedger() }
            #expect(
                historical.tests.map { "\($0.war) \($0.allianceID) \($0.member)<-\($0.partner) \($0.verdict.rawValue)" }
                    == [
                        "901 8001 220<-300 honored", "901 8001 220<-300 notScored", "901 8002 255<-245 broken",
                        "901 8001 300<-220 honored",
                    ])
        }
    }

    @Test(
        "COW dyad-years are stored in one transaction, read back into the historical ledger, and removed with the import",
        arguments: StoreKind.available)
    func dyads(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            let wars = try COWDyadImportTests.wars()
            let dyads = try COWDyadImportTests.dyads()
            let (first, again) = try await database.withStore { store in
                _ = try await store.merge(atop: try COWWarImportTests.atop())
                return (
                    try await store.merge(wars: wars, dyads: dyads), try await store.merge(wars: wars, dyads: dyads)
                )
            }
            let stored = try await database.rowCounts(["war_dyads", "war_participants"])
            let ledger = try await database.withStore { try await $0.historicalLedger() }
            #expect(first.dyads.added == 6 && again.dyads.unchanged == 6)
            #expect(stored == ["war_dyads": 6, "war_participants": 4])
            #expect(ledger.warsWithDyads == [903])
            #expect(
                COWDyadImportTests.rows(ledger) == [
                    "903 8001 220<-300 consultation stayedOut notScored",
                    "903 8001 300<-220 neutrality stayedOut honored",
                ])
            let dropped = try await database.withStore { try await $0.merge(wars: wars) }
            #expect(dropped.dyads.removed == 6)
            #expect(try await database.rowCounts(["war_dyads"]) == ["war_dyads": 0])
        }
    }

    @Test(
        "an article is stored once and queued; accepting help adds a response, a threat a test",
        arguments: StoreKind.available)
    func ingestAndDecide(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            let caseBase = try StoreFixture.caseBase()
            let linker = CandidateLinker(tests: caseBase.ledger.tests, rules: .standard, asOf: Self.asOf)
            let coded = try TextPipeline.standard(registry: caseBase.ledger.registry)
                .code(Data(ReviewQueueTests.article.utf8), name: "wire.txt")
            let (first, again, queue) = try await database.withStore { store in
                _ = try await store.synchronize(with: caseBase)
                return (
                    try await store.ingest(coded, name: "wire.txt", linker: linker),
                    try await store.ingest(coded, name: "wire.txt", linker: linker),
                    try await store.candidates(status: .candidate)
                )
            }
            #expect(!first.duplicate && again.duplicate && first.candidates == 3)
            #expect(queue.map(\.testID) == ["cli-2020-attack", "cli-2020-attack", nil])
            let help = try #require(queue.first { $0.reading.type == "support" })
            let (threat, ledger, decided) = try await database.withStore { store in
                _ = try await store.decide(help.id, accept: true)
                _ = try await store.decide(queue[0].id, accept: false)
                return (
                    try await store.decide(queue[2].id, accept: true), try await store.ledger(),
                    try await store.candidates(status: nil)
                )
            }
            let response = try #require(ledger.test("cli-2020-attack")?.responses.first { $0.id == "r-\(help.id)" })
            #expect(response.level == .deployment)
            #expect(response.evidence.first?.span == help.sentence.start..<help.sentence.end)
            #expect(ledger.sources[help.documentID]?.publisher == "Example Wire")
            #expect(threat.note == "test t-\(queue[2].id) created")
            #expect(decided.map(\.status) == [.rejected, .accepted, .accepted])
        }
    }

    @Test(
        "tokens are stored by hash, revoked once, listed by name, and every change is in the audit trail",
        arguments: StoreKind.available)
    func accountsAndAudit(kind: StoreKind) async throws {
        try await TestDatabase.with(kind) { database in
            try await database.withStore { store in
                _ = try await store.createToken(name: "zed", role: .viewer, hash: "hash-z", actor: "admin")
                _ = try await store.createToken(name: "ci-bot", role: .analyst, hash: "hash-c", actor: "admin")
                await #expect(throws: StoreError.self) {
                    try await store.createToken(name: "zed", role: .admin, hash: "hash-y", actor: "admin")
                }
                #expect(try await store.account(tokenHash: "hash-c")?.role == .analyst)
                _ = try await store.revokeToken(name: "ci-bot", actor: "admin")
                #expect(try await store.account(tokenHash: "hash-c") == nil)
                #expect(try await store.accounts().map(\.name) == ["ci-bot", "zed"])
                let trail = try await store.auditTrail()
                #expect(trail.map(\.action) == ["token.create", "token.create", "token.revoke"])
                #expect(
                    try await store.auditTrail(entity: "token", entityID: "ci-bot", limit: 1).map(\.action) == [
                        "token.revoke"
                    ])
            }
        }
    }
}
