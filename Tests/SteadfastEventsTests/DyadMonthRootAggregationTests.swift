import Foundation
import SteadfastEvents
import Testing

@Suite("Aggregating by dyad, month and root code")
struct DyadMonthRootAggregationTests {
    static let expected = """
        Actor1CountryCode\tActor2CountryCode\tMonthYear\tEventRootCode\tcount\tgoldstein
        \tARM\t202010\t19\t1\t-10.0
        RUS\tARM\t202009\t05\t2\t6.8
        RUS\tARM\t202010\t08\t1\t9.0
        RUS\tAZE\t202009\t11\t1\t-2.0

        """

    @Test(
        "every layout gives the same groups",
        arguments: [
            "gdelt1-58.tsv", "gdelt1-57-header.tsv", "gdelt2-61-crlf.tsv", "gdelt1-58.export.CSV.zip",
            "gdelt1-58-rcsv.csv",
        ])
    func layouts(file: String) throws {
        let table = try DyadMonthRootAggregation(threads: 2).aggregate([try EventFixture.path(file)])
        #expect(String(decoding: table.tsv(), as: UTF8.self) == Self.expected)
        #expect(table.groups == 4 && table.events == 5)
    }

    @Test("malformed rows are reported with line numbers across the stretches of a split file")
    func malformedAcrossStretches() throws {
        let good = try String(contentsOfFile: try EventFixture.path("gdelt1-58.tsv"), encoding: .utf8)
        let lines = good.split(separator: "\n")
        var text = ""
        for index in 0..<60_000 { text += (index == 40_000 ? "broken\trow" : String(lines[index % 5])) + "\n" }
        let path = try EventFixture.temporary(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try DyadMonthRootAggregation(threads: 2).aggregate([path])
        let file = try #require(table.files.first)
        #expect(file.rows == 60_000 && file.malformed == 1)
        #expect(file.malformedRows == [MalformedRow(line: 40_001, reason: "2 fields, expected 57, 58 or 61")])
        #expect(table.events == 59_999)
    }

    @Test("codes that do not pack into the fast key still form their own groups")
    func unusualCodes() throws {
        var fields = [String](repeating: "", count: 58)
        (fields[0], fields[1], fields[2], fields[7], fields[17], fields[26], fields[28], fields[30]) =
            ("1", "20200101", "202001", "rus", "ABCD", "042", "04", "1.25")
        let path = try EventFixture.temporary(fields.joined(separator: "\t") + "\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try DyadMonthRootAggregation(threads: 1).aggregate([path])
        #expect(
            table.rows.map(\.group) == [DyadMonthRootGroup(source: "rus", target: "ABCD", month: 202_001, root: "04")])
        #expect(table.goldstein == 1.25)
    }
}
