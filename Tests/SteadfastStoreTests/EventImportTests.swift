import Foundation
import SteadfastCore
import SteadfastEvents
import Testing

@testable import SteadfastStore

/// Importing GDELT and ICEWS files into the event tables.
@Suite("Event import")
struct EventImportTests {
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SteadfastEventsTests/Fixtures/\(name)").path
    }

    static let autumn2020 = (Day(year: 2020, month: 1, day: 1)!, Day(year: 2020, month: 12, day: 31)!)

    @Test("rows become monthly dyad groups; duplicates collapse; malformed rows are listed by line")
    func importFiles() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let store = try await fixture.open()
        let summary = try await store.importEvents(
            [Self.fixture("gdelt1-duplicates.tsv"), Self.fixture("gdelt1-malformed.tsv")], dataset: .gdelt,
            batchSize: 3)
        let months = try await store.eventMonths(
            between: "RUS", and: "ARM", from: Self.autumn2020.0, through: Self.autumn2020.1)
        await store.close()
        #expect(summary.rows == 8 + 9 && summary.malformed == 4)
        #expect(summary.events == 6)
        #expect(summary.duplicates == ["same-id": 6, "reissued": 1])
        #expect(summary.files[1].malformedRows.map(\.line) == [6, 7, 8, 9])
        #expect(
            months == [
                EventMonth(month: "2020-09", source: "RUS", target: "ARM", root: "05", events: 2, goldstein: 6.8),
                EventMonth(month: "2020-10", source: "RUS", target: "ARM", root: "08", events: 1, goldstein: 9.0),
            ])
    }

    @Test("importing the same file again adds nothing: every row collapses into the stored one")
    func reimport() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let store = try await fixture.open()
        let first = try await store.importEvents([Self.fixture("gdelt1-58.tsv")], dataset: .gdelt)
        let again = try await store.importEvents([Self.fixture("gdelt1-58.export.CSV.zip")], dataset: .gdelt)
        let months = try await store.eventMonths(
            between: "ARM", and: "RUS", from: Self.autumn2020.0, through: Self.autumn2020.1)
        await store.close()
        #expect(first.events == 5 && again.events == 0 && again.duplicates == ["same-id": 5])
        #expect(months.map(\.events) == [2, 1])
    }

    @Test("ICEWS country names become codes through the registry's names")
    func icews() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let store = try await fixture.open()
        let summary = try await store.importEvents(
            [Self.fixture("icews.tab")], dataset: .icews,
            countryCode: { ["russia": "RUS", "armenia": "ARM", "azerbaijan": "AZE"][$0.lowercased()] })
        let months = try await store.eventMonths(
            between: "RUS", and: "AZE", from: Self.autumn2020.0, through: Self.autumn2020.1)
        await store.close()
        #expect(summary.events == 3 && summary.duplicates == ["reissued": 1] && summary.malformed == 1)
        #expect(
            months == [EventMonth(month: "2020-09", source: "RUS", target: "AZE", root: "11", events: 1, goldstein: -2)]
        )
    }
}
