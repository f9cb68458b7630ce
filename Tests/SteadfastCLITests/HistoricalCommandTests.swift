import Foundation
import Testing

/// `import cow-wars`, `report --historical` and `export --format csv --historical`, run as a
/// process on the small COW and ATOP files composed for the store's tests.
@Suite("The historical ledger, run as a process")
struct HistoricalCommandTests {
    static var fixtures: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SteadfastStoreTests/Fixtures/cow")
    }

    static func path(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    private func withImported(_ body: (CommandRunner) throws -> Void) throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let atop = try runner.run([
            "import", "atop", "--alliances", Self.path("atop-alliances.csv"), "--members",
            Self.path("atop-members.csv"),
        ])
        #expect(atop.status == 0, "\(atop.error)")
        #expect(atop.output.contains("4 memberships for the historical ledger: added 4"))
        let wars = try runner.run(["import", "cow-wars", Self.path("wars.csv")])
        #expect(wars.status == 0, "\(wars.error)")
        #expect(
            wars.output
                == "COW inter-state wars: 2 wars, 5 participations; 0 dyad-years in 0 wars\n"
                + "  participations: added 5, changed 0, unchanged 0, removed 0\n"
                + "  dyad-years: added 0, changed 0, unchanged 0, removed 0\n")
        try body(runner)
    }

    private func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    @Test("importing the same war file twice changes nothing")
    func idempotent() throws {
        try withImported { runner in
            let again = try runner.run(["import", "cow-wars", Self.path("wars.csv"), "--format", "json"])
            #expect(again.status == 0)
            let merge = try #require(try json(again.output)["merge"] as? [String: [String: Int]])
            #expect(merge["participants"] == ["added": 0, "changed": 0, "unchanged": 5, "removed": 0])
        }
    }

    @Test("a malformed war file is refused with file, line and column, and exits 1")
    func malformed() throws {
        try withImported { runner in
            let result = try runner.run(["import", "cow-wars", Self.path("wars-malformed.csv")])
            #expect(result.status == 1)
            #expect(
                result.error
                    == "Error: wars-malformed.csv:6: expected 25 fields, found 9 (and 7 more problems; nothing was imported)\n"
            )
            let report = try runner.run(["report", "--historical", "--format", "json"])
            #expect(try json(report.output)["overall"].flatMap { $0 as? [String: Any] }?["tests"] as? Int == 4)
        }
    }

    @Test("with --dyads, a partner on the other side that never fought its ally no longer joined against it")
    func dyads() throws {
        try withImported { runner in
            let sides = try runner.run(["import", "cow-wars", Self.path("dyad-wars.csv")])
            #expect(sides.status == 0, "\(sides.error)")
            let before = try runner.run(["export", "--format", "csv", "--historical"]).output
            let wars = try runner.run([
                "import", "cow-wars", Self.path("dyad-wars.csv"), "--dyads", Self.path("dyads.csv"),
            ])
            #expect(wars.status == 0, "\(wars.error)")
            #expect(wars.output.hasPrefix("COW inter-state wars: 1 wars, 4 participations; 6 dyad-years in 1 wars\n"))
            #expect(wars.output.contains("  dyad-years: added 6, changed 0, unchanged 0, removed 0"))
            let after = try runner.run(["export", "--format", "csv", "--historical"]).output
            let row = "903,War of the Test Alliance,8001,300,Austria,2,defending,1885-04-01,220,neutrality,"
            #expect(before.contains(row + "joinedAgainst,broken,"))
            #expect(after.contains(row + "stayedOut,honored,"))
            let report = try runner.run(["report", "--historical"])
            #expect(report.output.contains("wars judged by who fought whom (COW dyads): 1; by sides alone: 0"))
        }
    }

    @Test("a malformed dyad file is refused with file, line and column, and nothing is written")
    func malformedDyads() throws {
        try withImported { runner in
            let result = try runner.run([
                "import", "cow-wars", Self.path("dyad-wars.csv"), "--dyads", Self.path("dyads-malformed.csv"),
            ])
            #expect(result.status == 1)
            #expect(
                result.error
                    == "Error: dyads-malformed.csv:10: expected 15 fields, found 3 (and 9 more problems; nothing was imported)\n"
            )
            let report = try runner.run(["report", "--historical", "--format", "json"])
            #expect(try json(report.output)["overall"].flatMap { $0 as? [String: Any] }?["tests"] as? Int == 4)
        }
    }

    @Test("report --historical prints the honored share with counts, interval and the published figure")
    func report() throws {
        try withImported { runner in
            let table = try runner.run(["report", "--historical", "--until", "1944"])
            #expect(table.status == 0, "\(table.error)")
            #expect(table.output.hasPrefix("Historical ledger 1816-1944: "))
            let lines = table.output.split(separator: "\n").map {
                $0.split(separator: " ", omittingEmptySubsequences: true)
            }
            let all = try #require(lines.first { $0.first == "all" })
            #expect(all.prefix(6) == ["all", "4", "2", "1", "1", "66.7%"])
            #expect(table.output.contains("published: 74.5% (Leeds, Long & Mitchell (2000)"))
            #expect(table.output.contains("each case weighted once: 66.7% of 3 cases"))

            let document = try json(try runner.run(["report", "--historical", "--format", "json"]).output)
            let overall = try #require(document["overall"] as? [String: Any])
            #expect(overall["honored"] as? Int == 2 && overall["broken"] as? Int == 1)
            #expect((overall["low"] as? Double ?? 1) < (overall["high"] as? Double ?? 0))
            #expect(document["publishedShare"] as? Double == 0.745)
            let byObligation = try #require(document["byObligation"] as? [[String: Any]])
            #expect(
                byObligation.map { $0["obligation"] as? String } == [
                    "defense", "offense", "neutrality", "nonAggression", "consultation",
                ])

            let before = try json(
                try runner.run(["report", "--historical", "--until", "1869", "--format", "json"]).output)
            #expect((before["overall"] as? [String: Any])?["tests"] as? Int == 0)
        }
    }

    @Test("export --format csv --historical writes one row per war, alliance, member, partner and obligation")
    func export() throws {
        try withImported { runner in
            let result = try runner.run(["export", "--format", "csv", "--historical"])
            #expect(result.status == 0, "\(result.error)")
            let lines = result.output.components(separatedBy: "\r\n")
            #expect(
                lines.first
                    == "war,war_name,atop_id,member,member_name,side,role,entered,partner,obligation,response,verdict,conditions"
            )
            #expect(lines.count == 6, "header, four tests, final line break")
            #expect(
                lines.contains(
                    "901,War of the Test Succession,8002,255,Prussia,1,attacking,1870-06-02,245,offense,stayedOut,broken,against 220"
                ))
            let refused = try runner.run(["export", "--historical"])
            #expect(refused.status == 64)
        }
    }
}

/// The real ATOP and COW files, when `STEADFAST_SHARED` points to the shared folder.
@Suite(
    "The historical ledger on the real data",
    .enabled(if: ProcessInfo.processInfo.environment["STEADFAST_SHARED"] != nil))
struct HistoricalRealDataTests {
    @Test("1816-1944: the honored share is near Leeds, Long and Mitchell's 74.5%")
    func share() throws {
        let shared = ProcessInfo.processInfo.environment["STEADFAST_SHARED"] ?? "/work/shared"
        let data = URL(fileURLWithPath: shared).appendingPathComponent("data")
        let runner = try CommandRunner()
        defer { runner.remove() }
        let atop = data.appendingPathComponent("alliances/atop")
        _ = try runner.run([
            "import", "atop", "--alliances", atop.appendingPathComponent("atop-alliance-level.csv").path,
            "--members", atop.appendingPathComponent("atop-member-level.csv").path,
        ])
        let cow = data.appendingPathComponent("wars/cow")
        let wars = try runner.run([
            "import", "cow-wars", cow.appendingPathComponent("Inter-StateWarData_v4.0.csv").path, "--dyads",
            cow.appendingPathComponent("cow_war_inter-directed-dyad-year.csv").path,
        ])
        #expect(wars.status == 0, "\(wars.error)")
        #expect(wars.output.hasPrefix("COW inter-state wars: 95 wars, 337 participations; 1916 dyad-years in 95 wars"))
        let report = try runner.run(["report", "--historical", "--until", "1944", "--format", "json"])
        let document = try #require(try JSONSerialization.jsonObject(with: Data(report.output.utf8)) as? [String: Any])
        let share = try #require((document["overall"] as? [String: Any])?["share"] as? Double)
        #expect((0.65...0.85).contains(share))
        #expect(document["warsBySides"] as? Int == 0, "every war with a test has dyad-years")
    }
}
