import Foundation
import Testing

/// `steadfast events aggregate` and `steadfast import gdelt|icews` as whole processes.
@Suite("Event commands")
struct EventsCommandTests {
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SteadfastEventsTests/Fixtures/\(name)").path
    }

    @Test("events aggregate prints TSV groups and reports malformed rows with their lines on stderr")
    func aggregate() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let result = try runner.run(
            ["events", "aggregate", Self.fixture("gdelt1-malformed.tsv"), "--by", "dyad-month-root"], asOf: nil)
        #expect(result.status == 0, "\(result.error)")
        #expect(
            result.output.split(separator: "\n").prefix(3) == [
                "Actor1CountryCode\tActor2CountryCode\tMonthYear\tEventRootCode\tcount\tgoldstein",
                "\tARM\t202010\t19\t1\t-10.0", "RUS\tARM\t202009\t05\t2\t6.8",
            ])
        #expect(result.error.contains("9 rows, 2 malformed"), "only the columns it reads are checked")
        #expect(result.error.contains("line 6: 20 fields, expected 57, 58 or 61"))
    }

    @Test("import gdelt prints rows read, events, duplicates collapsed and malformed lines")
    func importGDELT() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let result = try runner.run(
            ["import", "gdelt", Self.fixture("gdelt1-duplicates.tsv"), Self.fixture("gdelt1-malformed.tsv"), "--quiet"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("gdelt: 2 file(s), 17 rows read → 6 events"))
        #expect(result.output.contains("duplicates collapsed: 7 (1 reissued, 6 same-id)"))
        #expect(result.output.contains("lines 6: 20 fields, expected 58; 7: date '2020-13-45' is not a day"))
        let json = try runner.run(["import", "icews", Self.fixture("icews.tab"), "--quiet", "--format", "json"])
        #expect(json.status == 0, "\(json.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let summary = try #require(document["summary"] as? [String: Any])
        #expect(summary["events"] as? Int == 3 && summary["malformed"] as? Int == 1)
    }

    @Test("imported events queue candidates and show as the monthly profile around a patron's tests")
    func patronEvents() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let imported = try runner.run(["import", "gdelt", Self.fixture("gdelt1-58.tsv"), "--quiet"])
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output.contains("review queue: 3 new candidate responses"))
        let text = try runner.run(["patron", "RUS", "--events"])
        #expect(text.status == 0, "\(text.error)")
        let section = try #require(
            text.output.components(separatedBy: "\n\n").first { $0.hasPrefix("arm-2020-karabakh-war") })
        let rows = section.split(separator: "\n").dropFirst(3).map { $0.split(separator: " ").joined(separator: " ") }
        #expect(rows == ["2020-09 RUS ARM 05 2 6.8", "2020-09 RUS AZE 11 1 -2.0", "2020-10 RUS ARM 08 1 9.0"])
        let json = try runner.run(["patron", "RUS", "--events", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let tests = try #require(document["tests"] as? [[String: Any]])
        let war = try #require(tests.first { $0["test"] as? String == "arm-2020-karabakh-war" })
        #expect((war["clientMonths"] as? [[String: Any]])?.count == 2)
        #expect((war["adversaryMonths"] as? [[String: Any]])?.first?["root"] as? String == "11")
    }
}
