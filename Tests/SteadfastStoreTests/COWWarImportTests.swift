import Foundation
import SteadfastCore
import Testing

@testable import SteadfastStore

/// The COW inter-state war importer and the historical ledger assembled from stored rows, on
/// files composed for the test in the COW v4.0 layout with old Mac (CR) line endings: war 901
/// (255 attacks 220; 300 joins 220; 220 fights two spells) and war 902 (245 attacks 200, dates
/// known to the month or year), with a small ATOP pair of alliances between them.
@Suite("Importing COW wars")
struct COWWarImportTests {
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/cow")
    }

    static func wars(_ name: String = "wars.csv") throws -> COWWarImport {
        try COWWarImport.read(fixtures.appendingPathComponent(name))
    }

    static func atop() throws -> ATOPImport {
        let ledger = try StoreFixture.caseBase().ledger
        return try ATOPImport.read(
            alliances: fixtures.appendingPathComponent("atop-alliances.csv"),
            members: fixtures.appendingPathComponent("atop-members.csv"), registry: ledger.registry,
            curated: ledger.commitments)
    }

    @Test("CR line endings, quoted names, two spells and partial dates are read")
    func reads() throws {
        let imported = try Self.wars()
        #expect(imported.records.count == 5)
        #expect(imported.wars == 2)
        #expect(imported.records.map(\.line) == [2, 3, 4, 5, 6])
        let france = imported.records[1].participation
        #expect(france.spells.count == 2)
        #expect(
            france.spells[1]
                == WarSpell(started: PartialDate(iso: "1870-09-15")!, ended: PartialDate(iso: "1870-12-20")))
        #expect(!france.initiator && france.outcome == .loser)
        let bavaria = imported.records[3]
        #expect(bavaria.participation.warName == "Lakes War, Second")
        #expect(
            bavaria.participation.spells == [
                WarSpell(started: PartialDate(year: 1880)!, ended: PartialDate(year: 1880))
            ])
        #expect(bavaria.transFrom == "404, 410")
        #expect(bavaria.participation.battleDeaths == nil, "-9 is unknown")
        #expect(imported.records[4].participation.spells[0].started == PartialDate(iso: "1880-05"))
    }

    @Test("every bad row and field is reported with file, line and column; nothing is read")
    func malformed() throws {
        func problem(_ line: Int, _ column: String?, _ message: String) -> CSVTable.Problem {
            CSVTable.Problem(file: "wars-malformed.csv", line: line, column: column, message: message)
        }
        let expected = [
            problem(6, nil, "expected 25 fields, found 9"),
            problem(2, "Side", "'3' is outside 1...2"),
            problem(3, "StartMonth1", "'13' is outside -9...12"),
            problem(4, "WarName", "missing value"),
            problem(4, "EndYear1", "the spell ends (1870-06-20) before it begins (1870-07-01)"),
            problem(7, "Initiator", "'x' is not a whole number"),
            problem(7, "StartDay1", "1880-2 has no day 30"),
            problem(9, "ccode", "state 200 already on side 2 of war 902 at line 8"),
        ]
        #expect(throws: ImportError.invalid(expected, total: expected.count)) { try Self.wars("wars-malformed.csv") }
    }

    @Test("a file without the participants' columns is refused before any row is read")
    func missingColumns() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("cow-\(UUID().uuidString).csv")
        try "WarNum,WarName\r1,Test\r".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: ImportError.self) { try COWWarImport.read(url) }
    }

    @Test("importing twice changes nothing; ATOP memberships are kept for the historical ledger")
    func idempotent() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let store = try await fixture.open()
        let wars = try Self.wars()
        let atop = try Self.atop()
        let first = try await store.merge(wars: wars)
        let second = try await store.merge(wars: wars)
        let atopFirst = try await store.merge(atop: atop)
        let atopSecond = try await store.merge(atop: atop)
        let ledger = try await store.historicalLedger()
        await store.close()
        #expect(first.participants == MergeSummary(added: 5, changed: 0, unchanged: 0, removed: 0))
        #expect(second.participants == MergeSummary(added: 0, changed: 0, unchanged: 5, removed: 0))
        #expect(second.dyads == MergeSummary(added: 0, changed: 0, unchanged: 0, removed: 0))
        #expect(atopFirst.memberships.added == 4)
        #expect(atopSecond.memberships == MergeSummary(added: 0, changed: 0, unchanged: 4, removed: 0))
        #expect(atopSecond.commitments.added == 0 && atopSecond.commitments.changed == 0)
        #expect(!ledger.tests.isEmpty)
    }

    @Test("stored rows make the historical ledger: defence kept, consultation recorded, conditional offence broken")
    func historicalLedger() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let store = try await fixture.open()
        _ = try await store.merge(wars: try Self.wars())
        _ = try await store.merge(atop: try Self.atop())
        let ledger = try await store.historicalLedger()
        await store.close()
        let rows = ledger.tests.map {
            "\($0.war) \($0.allianceID) \($0.member)<-\($0.partner) \($0.obligation.rawValue) \($0.response.rawValue) "
                + $0.verdict.rawValue
        }
        #expect(
            rows == [
                "901 8001 220<-300 defense joinedAlly honored",
                "901 8001 220<-300 consultation joinedAlly notScored",
                "901 8002 255<-245 offense stayedOut broken",
                "901 8001 300<-220 neutrality joinedAlly honored",
            ])
        #expect(ledger.tests[2].conditions == ["against 220"])
        let csv = HistoricalCSV.render(ledger)
        #expect(csv.hasPrefix("war,war_name,atop_id,member,member_name,side,role,entered,partner,obligation,"))
        #expect(csv.contains("\r\n901,War of the Test Succession,8001,220,France,2,defending,1870-06-02,300,defense,"))
    }

    @Test("a refused file writes nothing: the stored wars stay as they were")
    func atomic() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let store = try await fixture.open()
        _ = try await store.merge(wars: try Self.wars())
        #expect(throws: ImportError.self) { try Self.wars("wars-malformed.csv") }
        let again = try await store.merge(wars: try Self.wars())
        await store.close()
        #expect(again.participants == MergeSummary(added: 0, changed: 0, unchanged: 5, removed: 0))
    }
}
