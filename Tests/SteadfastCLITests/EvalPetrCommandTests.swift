import Foundation
import Testing

/// `steadfast eval-petr` run as a process on the records written for the text tests.
@Suite("steadfast eval-petr")
struct EvalPetrCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SteadfastTextTests/Fixtures/petrarch-coder")

    private func run(_ extra: [String]) throws -> CommandRunner.Result {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let records = Self.fixtures.appendingPathComponent("coder.records.xml").path
        return try runner.run(["eval-petr", records, "--dictionaries", Self.fixtures.path] + extra, asOf: nil)
    }

    @Test("prints the share exactly right, by category, and the records coded wrong")
    func table() throws {
        let result = try run([])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("exactly right: 16 of 17 (94.1%)"))
        #expect(result.output.contains("  ERROR      2/3  66.7%"))
        let wrong = "ERROR-03 [ERROR]: expected error bad_input_parse; produced KST VEL 031, VEL KST 031"
        #expect(result.output.contains(wrong))
    }

    @Test("--format json keeps correct, total, share, byCategory and the records")
    func json() throws {
        let result = try run(["--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(document["correct"] as? Int == 16)
        #expect(document["total"] as? Int == 17)
        #expect((document["share"] as? Double).map { abs($0 - 16.0 / 17.0) < 1e-9 } == true)
        let categories = try #require(document["byCategory"] as? [String: [String: Any]])
        #expect(categories["COMPOUND"]?["correct"] as? Int == 2)
        let records = try #require(document["records"] as? [[String: Any]])
        let first = try #require(records.first)
        #expect(first["id"] as? String == "BASIC-01")
        #expect(first["expected"] as? [String] == ["KST VEL 031", "VEL KST 031"])
        #expect(first["produced"] as? [String] == ["KST VEL 031", "VEL KST 031"])
    }

    @Test("a missing dictionary directory fails with exit code 1")
    func missing() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let records = Self.fixtures.appendingPathComponent("coder.records.xml").path
        let result = try runner.run(["eval-petr", records, "--dictionaries", "/nonexistent"], asOf: nil)
        #expect(result.status == 1)
    }
}
