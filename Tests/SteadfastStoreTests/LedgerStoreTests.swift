import Foundation
import Logging
import SteadfastCaseBase
import SteadfastCore
import Testing

@testable import SteadfastStore

@Suite("Ledger store on SQLite")
struct LedgerStoreTests {
    @Test("a case base written to a file comes back identical after reopening")
    func roundTrip() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let caseBase = try StoreFixture.caseBase()
        let store = try await fixture.open()
        let sync = try await store.synchronize(with: caseBase)
        await store.close()
        #expect(!sync.unchanged)
        #expect(sync.written["tests"] == 1)
        #expect(sync.written["claims"] == 2)

        let reopened = try await fixture.open()
        let ledger = try await reopened.ledger()
        await reopened.close()
        #expect(ledger == caseBase.ledger)
    }

    @Test("synchronizing the same case base twice writes nothing the second time")
    func idempotent() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let caseBase = try StoreFixture.caseBase()
        let store = try await fixture.open()
        _ = try await store.synchronize(with: caseBase)
        let second = try await store.synchronize(with: caseBase)
        let ledger = try await store.ledger()
        await store.close()
        #expect(second.unchanged)
        #expect(second.written.isEmpty)
        #expect(ledger == caseBase.ledger)
    }

    @Test("a changed case base replaces the old one")
    func reload() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        var caseBase = try StoreFixture.caseBase()
        let store = try await fixture.open()
        _ = try await store.synchronize(with: caseBase)
        caseBase.ledger.tests[0].title = "Adversaria attacks Clientia again"
        caseBase.ledger.tests[0].responses.removeAll()
        caseBase.fingerprint += "-changed"
        let sync = try await store.synchronize(with: caseBase)
        let ledger = try await store.ledger()
        await store.close()
        #expect(!sync.unchanged)
        #expect(ledger.tests.map(\.title) == ["Adversaria attacks Clientia again"])
        #expect(ledger.tests[0].responses.isEmpty)
        #expect(try await loadedFingerprint(fixture) == caseBase.fingerprint)
    }

    @Test("a load that fails half-way leaves the previous data and fingerprint intact")
    func failedLoadRollsBack() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let good = try StoreFixture.caseBase()
        let store = try await fixture.open()
        _ = try await store.synchronize(with: good)

        var broken = good
        broken.fingerprint = "broken"
        broken.ledger.tests[0].title = "must never be stored"
        var duplicate = broken.ledger.tests[0]
        duplicate.id = "cli-2020-attack-copy"
        broken.ledger.tests.append(duplicate)
        await #expect(throws: StoreError.self) {
            try await store.synchronize(with: broken)
        }
        let ledger = try await store.ledger()
        await store.close()
        #expect(ledger == good.ledger)
        #expect(try await loadedFingerprint(fixture) == good.fingerprint)
    }

    @Test("the database location is read from a path, sqlite: or :memory:, and refuses what it cannot open")
    func locations() throws {
        #expect(try DatabaseLocation.parse("/tmp/x.sqlite") == .sqliteFile("/tmp/x.sqlite"))
        #expect(try DatabaseLocation.parse("sqlite:data/l.sqlite") == .sqliteFile("data/l.sqlite"))
        #expect(try DatabaseLocation.parse(":memory:") == .sqliteMemory)
        #expect(throws: StoreError.self) { try DatabaseLocation.parse("mysql://host/db") }
        #expect(throws: StoreError.self) { try DatabaseLocation.parse("  ") }
        let standard = DatabaseLocation.standard(environment: ["HOME": "/home/analyst"])
        #expect(standard == .sqliteFile("/home/analyst/.local/share/steadfast/steadfast.sqlite"))
        #expect(
            DatabaseLocation.standard(environment: ["XDG_DATA_HOME": "/data"])
                == .sqliteFile("/data/steadfast/steadfast.sqlite"))
    }

    @Test("a database file in an unwritable place is refused with its path")
    func unwritable() async throws {
        await #expect(throws: StoreError.self) {
            try await SQLLedgerStore.open(.sqliteFile("/proc/steadfast/ledger.sqlite"), logger: Logger(label: "test"))
        }
    }

    private func loadedFingerprint(_ fixture: StoreFixture) async throws -> String? {
        let store = try await fixture.open()
        let fingerprint = try await store.loadedFingerprint()
        await store.close()
        return fingerprint
    }
}
