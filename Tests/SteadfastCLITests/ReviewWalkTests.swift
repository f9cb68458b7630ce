import Foundation
import Testing

/// `steadfast review walk` as an analyst uses it: one candidate at a time, answers on standard input.
@Suite("Review walk")
struct ReviewWalkTests {
    /// A hypothetical crisis, dated in the future so that nobody reads it as a record of fact.
    static let article = """
        TITLE: A hypothetical crisis
        DATE: 2031-03-05
        ---
        Azerbaijan attacked Armenia on March 2, 2031.

        Russia sent troops to Armenia on March 4, 2031.

        Turkey condemned the fighting on March 5, 2031.
        """

    @Test("accept, correct and quit: the threat becomes a test, the corrected help its response")
    func walk() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let file = runner.directory.appendingPathComponent("crisis.txt")
        try Self.article.write(to: file, atomically: true, encoding: .utf8)
        let ingested = try runner.run(["ingest", file.path], asOf: "2031-06-01")
        #expect(ingested.status == 0, "\(ingested.error)")

        let walked = try runner.run(
            ["review", "walk"], asOf: "2031-06-01", input: "a\nc\n5\nlimited\n\n\n\n\nq\n")
        #expect(walked.status == 0, "\(walked.error)")
        #expect(walked.output.contains("[1/"))
        #expect(walked.output.contains("AZE -> ARM threat externalAttack 2031-03-02"))
        #expect(walked.output.contains("created; 2 waiting candidates linked to t-"))
        #expect(walked.output.contains("response r-"))
        #expect(walked.output.contains("2 accepted, 0 rejected"))

        let listed = try runner.run(["review", "list", "--status", "accepted", "--format", "json"], asOf: "2031-06-01")
        let accepted = try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]] ?? []
        let help = try #require(accepted.first { ($0["source"] as? String) == "RUS" })
        #expect(help["level"] as? Int == 5)
        #expect(help["scale"] as? String == "limited")
        let waiting = try runner.run(["review", "list"], asOf: "2031-06-01")
        #expect(waiting.output.contains("TUR -> "))
    }

    @Test("an answer that is not a choice is named and asked again; the end of input stops the walk")
    func badAnswer() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let file = runner.directory.appendingPathComponent("crisis.txt")
        try Self.article.write(to: file, atomically: true, encoding: .utf8)
        _ = try runner.run(["ingest", file.path], asOf: "2031-06-01")
        let walked = try runner.run(["review", "walk"], asOf: "2031-06-01", input: "maybe\nr\n")
        #expect(walked.status == 0, "\(walked.error)")
        #expect(walked.output.contains("'maybe' is not a, r, c, s or q"))
        #expect(walked.output.contains("0 accepted, 1 rejected"))
    }

    @Test("review list marks a date the sentence does not give, for the analyst to check")
    func contextDate() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let file = runner.directory.appendingPathComponent("crisis.txt")
        try """
        TITLE: A hypothetical crisis
        DATE: 2031-03-05
        ---
        Azerbaijan attacked Armenia on March 2, 2031.

        Russia also sent troops to Armenia.
        """.write(to: file, atomically: true, encoding: .utf8)
        _ = try runner.run(["ingest", file.path], asOf: "2031-06-01")
        let listed = try runner.run(["review", "list"], asOf: "2031-06-01")
        #expect(listed.status == 0, "\(listed.error)")
        let lines = listed.output.split(separator: "\n")
        let threat = try #require(lines.first { $0.contains("AZE -> ARM") })
        let help = try #require(lines.first { $0.contains("RUS -> ARM") })
        #expect(!threat.contains("check"))
        #expect(help.contains("(date taken from the sentences around it: check)"))
        let json = try runner.run(["review", "list", "--format", "json"], asOf: "2031-06-01")
        let candidates = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]] ?? []
        #expect(candidates.map { $0["dateBasis"] as? String } == ["written", "context"])
    }
}
