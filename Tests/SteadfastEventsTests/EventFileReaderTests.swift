import SteadfastCore
import SteadfastEvents
import Testing

@Suite("Reading GDELT and ICEWS files")
struct EventFileReaderTests {
    @Test(
        "every GDELT layout reads the same five events",
        arguments: [
            ("gdelt1-58.tsv", EventLayout.gdelt1, false),
            ("gdelt1-57-header.tsv", .gdelt1Short, true),
            ("gdelt2-61-crlf.tsv", .gdelt2, false),
            ("gdelt1-58.export.CSV.zip", .gdelt1, false),
            ("gdelt1-58-rcsv.csv", .gdelt1, true),
        ])
    func layouts(file: String, layout: EventLayout, header: Bool) throws {
        let (summary, rows) = try EventFixture.read(file)
        #expect(summary.layout == layout)
        #expect(summary.header == header)
        #expect(summary.rows == 5 && summary.wellFormed == 5 && summary.malformed == 0)
        #expect(rows.map(\.id) == ["101", "102", "103", "104", "105"])
        let first = try #require(rows.first)
        #expect(
            first.key == EventKey(source: "RUS", target: "ARM", day: Day(year: 2020, month: 9, day: 27)!, code: "051"))
        #expect(first.goldstein == 3.4 && first.sources == 2 && first.articles == 3)
        #expect(first.line == (header ? 2 : 1))
        #expect(first.url == (layout == .gdelt1Short ? "" : "http://example.org/a"))
        #expect(rows[3].code == "0871" && rows[3].rootCode == "08")
        #expect(rows[4].source == "" && rows[4].target == "ARM")
    }

    @Test("malformed rows are counted with their line numbers and do not stop the file")
    func malformed() throws {
        let (summary, rows) = try EventFixture.read("gdelt1-malformed.tsv")
        #expect(rows.count == 5)
        #expect(summary.rows == 9 && summary.malformed == 4)
        #expect(summary.malformedRows.map(\.line) == [6, 7, 8, 9])
        #expect(summary.malformedRows[0].reason == "20 fields, expected 58")
        #expect(summary.malformedRows[1].reason.contains("date '2020-13-45'"))
        #expect(summary.malformedRows[2].reason.contains("Goldstein score 'high'"))
        #expect(summary.malformedRows[3].reason.contains("event code '0X1'"))
    }

    @Test("ICEWS rows are read by header name, with country names turned into codes")
    func icews() throws {
        let (summary, rows) = try EventFixture.read("icews.tab", dataset: .icews)
        #expect(summary.layout == .icews && summary.header)
        #expect(rows.count == 4 && summary.malformed == 1 && summary.malformedRows.first?.line == 6)
        #expect(
            rows[1].key == EventKey(source: "RUS", target: "AZE", day: Day(year: 2020, month: 9, day: 28)!, code: "111")
        )
        #expect(rows[1].goldstein == -2 && rows[1].story == "78:2" && rows[1].sources == 1)
        #expect(rows[3].source == "Ruritania")
        #expect(summary.unresolvedCountries == ["Ruritania": 1])
    }

    @Test("a file that is not there is an error naming it")
    func missing() {
        #expect(throws: EventsError.self) {
            _ = try EventFileReader(path: "/nonexistent/events.tsv", dataset: .gdelt).read { _ in }
        }
    }
}
