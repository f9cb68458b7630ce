import Foundation
import Testing

/// The `steadfast` executable run end to end as a process: output and exit codes.
@Suite("steadfast, run as a process")
struct CommandLineTests {
    private func withRunner(_ body: (CommandRunner) throws -> Void) throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        try body(runner)
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("report prints the leaderboard on a fresh database and exits 0")
    func report() throws {
        try withRunner { runner in
            let result = try runner.run(["report"])
            #expect(result.status == 0, "\(result.error)")
            #expect(result.output.hasPrefix("Reliability of patrons as of 2026-11-27"))
            for patron in ["RUS", "USA", "FRA", "TUR", "CHN"] {
                #expect(result.output.contains("\n\(patron) "), "missing \(patron)")
            }
            #expect(FileManager.default.fileExists(atPath: runner.database))
        }
    }

    @Test("export --format json keeps the interface contract and the origin article's verdicts")
    func exportJSON() throws {
        try withRunner { runner in
            let result = try runner.run(["export", "--format", "json"])
            #expect(result.status == 0, "\(result.error)")
            let document = try json(result.output)
            let patrons = try #require(document["patrons"] as? [[String: Any]])
            let russia = try #require(patrons.first { $0["patron"] as? String == "RUS" })
            for key in ["tests", "honored", "partial", "abandoned", "pending", "reliability", "meanFulfillment"] {
                #expect(russia[key] != nil, "patrons[].\(key)")
            }
            let reliability = try #require(russia["reliability"] as? [String: Double])
            #expect(reliability["low"]! < reliability["mean"]! && reliability["mean"]! < reliability["high"]!)
            let tests = try #require(document["tests"] as? [[String: Any]])
            let maduro = try #require(tests.first { $0["id"] as? String == "ven-2026-us-capture-of-maduro" })
            #expect(maduro["started"] as? String == "2026-01-03")
            let verdicts = try #require(maduro["verdicts"] as? [[String: Any]])
            let verdict = try #require(verdicts.first { $0["patron"] as? String == "RUS" })
            #expect(verdict["patron"] as? String == "RUS")
            #expect(verdict["verdict"] as? String == "abandoned")
            #expect(verdict["expected"] as? Int == 4)
            #expect(verdict["derivation"] != nil)
            let commitments = try #require(document["commitments"] as? [[String: Any]])
            #expect(commitments.allSatisfy { $0["patron"] != nil && $0["kind"] != nil && $0["scope"] != nil })
        }
    }

    @Test("export --format csv writes one row per verdict under a header")
    func exportCSV() throws {
        try withRunner { runner in
            let result = try runner.run(["export", "--format", "csv"])
            #expect(result.status == 0)
            let lines = result.output.split(separator: "\r\n")
            #expect(
                lines.first?.hasPrefix("test_id,title,client,adversary,threat,started,ended,outcome,patron") == true)
            #expect(lines.contains { $0.hasPrefix("syr-2024-hts-offensive,") && $0.contains(",RUS,6,1,abandoned,") })
        }
    }

    @Test("patron lists the tests in time order; test shows the derivation and the evidence")
    func patronAndTest() throws {
        try withRunner { runner in
            let patron = try runner.run(["patron", "rus", "--format", "json"])
            #expect(patron.status == 0)
            let tests = try #require(try json(patron.output)["tests"] as? [[String: Any]])
            let starts = tests.compactMap { $0["started"] as? String }
            #expect(starts == starts.sorted())
            #expect(tests.count >= 8)

            let test = try runner.run(["test", "arm-2023-karabakh-offensive"])
            #expect(test.status == 0)
            #expect(test.output.contains("Verdict on RUS: ABANDONED"))
            #expect(test.output.contains("expected 6 deployment: "))
            #expect(test.output.contains("evidence: "))
            #expect(test.output.contains("contested by"))
        }
    }

    @Test("report --by-decade and patron --distracted show the time profile and the at-war split")
    func profiles() throws {
        try withRunner { runner in
            let decades = try runner.run(["report", "--by-decade", "--format", "json"])
            #expect(decades.status == 0)
            let list = try #require(try json(decades.output)["decades"] as? [[String: Any]])
            let starts = list.compactMap { $0["decade"] as? Int }
            #expect(starts == starts.sorted() && starts.allSatisfy { $0 % 10 == 0 })
            #expect(starts.contains(1950) && starts.contains(2020))

            let split = try runner.run(["patron", "RUS", "--distracted"])
            #expect(split.status == 0)
            #expect(split.output.contains("At war elsewhere: "))
            #expect(split.output.contains("rus-ukraine-2022"))
            #expect(split.output.contains("P(reliability lower while at war elsewhere) = "))
        }
    }

    @Test("compare shows each patron and the pairwise probabilities")
    func compare() throws {
        try withRunner { runner in
            let result = try runner.run(["compare", "RUS", "USA", "--format", "json"])
            #expect(result.status == 0)
            let matrix = try #require(try json(result.output)["moreReliable"] as? [String: [String: Double]])
            let forward = try #require(matrix["RUS"]?["USA"])
            let backward = try #require(matrix["USA"]?["RUS"])
            #expect(abs(forward + backward - 1) < 1e-6)
        }
    }

    @Test(
        "errors exit non-zero with one line naming the problem",
        arguments: [
            (["patron", "XYZ"], Int32(1), "Error: unknown patron 'XYZ'"),
            (["test", "no-such-test"], Int32(1), "Error: unknown test 'no-such-test'"),
            (["compare", "RUS"], Int32(64), "Error: compare needs at least two patron codes"),
            (["report", "--database", "mysql://db/x"], Int32(1), "Error: database 'mysql://db/x': unknown scheme"),
            (["report", "--as-of", "2026-02-30"], Int32(64), "Error: --as-of: '2026-02-30' is not a day"),
        ])
    func errors(arguments: [String], status: Int32, message: String) throws {
        try withRunner { runner in
            let result = try runner.run(arguments, asOf: arguments.contains("--as-of") ? nil : "2026-11-27")
            #expect(result.status == status)
            #expect(result.error.hasPrefix(message), "\(result.error)")
            #expect(result.error.split(separator: "\n").count == 1 || status == 64)
        }
    }

    @Test("check passes the built-in case base and reports each problem of a broken one with file and line")
    func check() throws {
        try withRunner { runner in
            let valid = try runner.run(["check"], asOf: nil)
            #expect(valid.status == 0)
            #expect(valid.output.split(separator: "\n").last?.hasPrefix("ok: ") == true)

            let broken = runner.directory.appendingPathComponent("broken")
            try FileManager.default.createDirectory(at: broken, withIntermediateDirectories: true)
            try "states:\n  - {code: AAA, name: A}\ntests:\n  - id: t\n    title: T\n    client: ZZZ\n"
                .write(to: broken.appendingPathComponent("cases.yaml"), atomically: true, encoding: .utf8)
            let result = try runner.run(["check", broken.path], asOf: nil)
            #expect(result.status == 1)
            #expect(
                result.output.split(separator: "\n") == [
                    "cases.yaml:4: tests[0].sources: a test needs at least one source",
                    "cases.yaml:4: tests[0].started: missing required field",
                    "cases.yaml:4: tests[0].threat: missing required field",
                    "cases.yaml:6: tests[0].client: unknown actor code 'ZZZ'",
                ])
            #expect(result.error == "Error: 4 problems found\n")
        }
    }

    @Test("a second run finds the case base already loaded and prints the same report")
    func idempotentRuns() throws {
        try withRunner { runner in
            let first = try runner.run(["report", "--format", "json"])
            let second = try runner.run(["report", "--format", "json"])
            #expect(first.status == 0 && second.status == 0)
            #expect(first.output == second.output)
        }
    }
}
