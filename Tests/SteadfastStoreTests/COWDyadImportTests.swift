import Foundation
import SteadfastCore
import Testing

@testable import SteadfastStore

/// The COW directed dyad-year importer and what the dyads change in the historical ledger, on
/// files composed for the test: war 903 (1885) sets 255 and 220 against 300 and 210, but 220 fights
/// only 210; ATOP alliance 8001 binds 220 (neutrality) and 300 (defence, consultation).
@Suite("Importing COW dyads")
struct COWDyadImportTests {
    static func wars() throws -> COWWarImport { try COWWarImportTests.wars("dyad-wars.csv") }

    static func dyads(_ name: String = "dyads.csv") throws -> COWDyadImport {
        try COWDyadImport.read(COWWarImportTests.fixtures.appendingPathComponent(name), participants: try wars())
    }

    static func rows(_ ledger: HistoricalLedger) -> [String] {
        ledger.tests.map {
            "\($0.war) \($0.allianceID) \($0.member)<-\($0.partner) \($0.obligation.rawValue) \($0.response.rawValue) "
                + $0.verdict.rawValue
        }
    }

    @Test("numbers written as 220.0 or 220 are read; empty ignored columns are fine; a resumed dyad-year counts once")
    func reads() throws {
        let imported = try Self.dyads()
        #expect(imported.records.count == 6, "line 8 resumes line 6's dyad-year")
        #expect(imported.wars == 1)
        #expect(imported.records.map(\.line) == [2, 3, 4, 5, 6, 7])
        #expect(imported.records[4].dyad == WarDyad(war: 903, state: 220, opponent: 210, year: 1885))
    }

    @Test("every bad row and field is reported with file, line and column, checked against the participants")
    func malformed() throws {
        func problem(_ line: Int, _ column: String?, _ message: String) -> CSVTable.Problem {
            CSVTable.Problem(file: "dyads-malformed.csv", line: line, column: column, message: message)
        }
        let expected = [
            problem(10, nil, "expected 15 fields, found 3"),
            problem(2, "warnum", "'903.5' is not a whole number"),
            problem(3, "ccode2", "300 is also ccode1: a state does not fight itself"),
            problem(4, "warnum", "war 904 is not in dyad-wars.csv"),
            problem(5, "ccode2", "state 640 did not fight in war 903 (dyad-wars.csv)"),
            problem(6, "year", "255 and 300 were not on opposite sides of war 903 in 1890 (dyad-wars.csv)"),
            problem(7, "year", "255 and 220 were not on opposite sides of war 903 in 1885 (dyad-wars.csv)"),
            problem(9, "year", "210 against 220 in war 903 in 1885 already at line 8"),
            problem(11, "ccode1", "missing value"),
            problem(12, "resume", "'2.0' is outside 0...1"),
        ]
        #expect(throws: ImportError.invalid(expected, total: expected.count)) { try Self.dyads("dyads-malformed.csv") }
    }

    @Test("a file without the dyad columns is refused before any row is read")
    func missingColumns() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dyads-\(UUID().uuidString).csv")
        try "warnum,ccode1,year\n903.0,255.0,1885.0\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let problem = CSVTable.Problem(
            file: url.lastPathComponent, line: 1, column: "ccode2", message: "missing column")
        #expect(throws: ImportError.invalid([problem], total: 1)) {
            try COWDyadImport.read(url, participants: try Self.wars())
        }
    }

    @Test("a partner on the other side that never fought the ally joined against it without dyads, not with them")
    func joinedAgainst() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let store = try await fixture.open()
        _ = try await store.merge(atop: try COWWarImportTests.atop())
        _ = try await store.merge(wars: try Self.wars())
        let sides = try await store.historicalLedger()
        let first = try await store.merge(wars: try Self.wars(), dyads: try Self.dyads())
        let again = try await store.merge(wars: try Self.wars(), dyads: try Self.dyads())
        let dyads = try await store.historicalLedger()
        let dropped = try await store.merge(wars: try Self.wars())
        let sidesAgain = try await store.historicalLedger()
        await store.close()
        #expect(
            Self.rows(sides) == [
                "903 8001 220<-300 consultation joinedAgainst notScored",
                "903 8001 300<-220 neutrality joinedAgainst broken",
            ])
        #expect(
            Self.rows(dyads) == [
                "903 8001 220<-300 consultation stayedOut notScored",
                "903 8001 300<-220 neutrality stayedOut honored",
            ])
        #expect(sides.warsWithDyads.isEmpty && dyads.warsWithDyads == [903])
        #expect(first.dyads == MergeSummary(added: 6, changed: 0, unchanged: 0, removed: 0))
        #expect(first.participants == MergeSummary(added: 0, changed: 0, unchanged: 4, removed: 0))
        #expect(again.dyads == MergeSummary(added: 0, changed: 0, unchanged: 6, removed: 0))
        #expect(dropped.dyads == MergeSummary(added: 0, changed: 0, unchanged: 0, removed: 6))
        #expect(Self.rows(sidesAgain) == Self.rows(sides), "without --dyads the sides decide again")
    }
}
