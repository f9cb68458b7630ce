import Foundation
import SteadfastCore
import Testing

@testable import SteadfastCaseBase

/// Each broken case base must be refused whole, with every problem named by file, line and field.
@Suite("Validating a case base")
struct CaseBaseValidationTests {
    private func problems(_ change: (CaseBaseFixture) throws -> Void) throws -> [String] {
        let fixture = try CaseBaseFixture()
        defer { fixture.remove() }
        try change(fixture)
        return try CaseBase.check(directory: fixture.directory, asOf: CaseBaseFixture.asOf).map(\.description)
    }

    @Test("malformed YAML names the file and line")
    func malformed() throws {
        let found = try problems {
            try $0.write("tests:\n  - id: broken\n    title: [unclosed\n", to: "clients/BAD.yaml")
        }
        #expect(
            found == [
                "clients/BAD.yaml:4: malformed YAML: while parsing a flow sequence did not find expected ',' or ']'"
            ])
    }

    @Test("an unknown actor code names the field")
    func unknownActor() throws {
        let found = try problems { try $0.replace("adversary: ADV", with: "adversary: ADZ", in: "clients/CLI.yaml") }
        #expect(found == ["clients/CLI.yaml:30: tests[0].adversary: unknown actor code 'ADZ'"])
    }

    @Test("an impossible date is refused")
    func impossibleDate() throws {
        let found = try problems {
            try $0.replace("started: 2020-09-27", with: "started: 2020-02-30", in: "clients/CLI.yaml")
        }
        #expect(
            found == [
                "clients/CLI.yaml:32: tests[0].started: impossible or malformed date '2020-02-30' (expected YYYY, YYYY-MM or YYYY-MM-DD)"
            ])
    }

    @Test("a response outside its test's window is refused")
    func responseOutsideTest() throws {
        let found = try problems {
            try $0.replace(
                "date: 2020-10-01\n        summary", with: "date: 2021-03-01\n        summary", in: "clients/CLI.yaml")
        }
        #expect(
            found == [
                "clients/CLI.yaml:43: tests[0].responses[0].date: response dated 2021-03-01 lies outside its test's response window 2020-08-28..2020-12-10"
            ])
    }

    @Test("every problem is reported, not only the first, in file and line order")
    func allProblems() throws {
        let found = try problems { fixture in
            try fixture.replace("level: 6", with: "level: 9", in: "clients/CLI.yaml")
            try fixture.replace("threat: externalAttack", with: "threat: earthquake", in: "clients/CLI.yaml")
            try fixture.replace("sources: [pat-war-report]", with: "sources: [missing-report]", in: "wars/PAT.yaml")
            try fixture.replace("severity: grave", with: "severity: grave\n    severty: grave", in: "clients/CLI.yaml")
        }
        #expect(
            found == [
                "clients/CLI.yaml:31: tests[0].threat: unknown value 'earthquake' (expected one of: externalAttack, airStrikes, invasion, blockade, regimeChangeOperation, insurgentOffensive, massProtest, coup)",
                "clients/CLI.yaml:35: tests[0].severty: unknown field",
                "clients/CLI.yaml:42: tests[0].responses[0].level: 9 is outside 0...7",
                "wars/PAT.yaml:14: wars[0].sources[0]: unknown source id 'missing-report'",
            ])
    }

    @Test("duplicates across files, unknown places and one-sided contests are found")
    func crossFile() throws {
        let found = try problems { fixture in
            try fixture.write(
                "sources:\n  - {id: cli-treaty-1995, publisher: X, title: Y}\n", to: "clients/DUP.yaml")
            try fixture.replace("excludes: [Highlands]", with: "excludes: [Lowlands]", in: "clients/CLI.yaml")
            try fixture.replace(
                "contests: cli-2020-claim-warned", with: "contests: cli-2020-claim-other", in: "clients/CLI.yaml")
        }
        #expect(
            found == [
                "clients/CLI.yaml:23: commitments[0].scope.excludes[0]: unknown place 'Lowlands' (declare it under places, or use a state code)",
                "clients/CLI.yaml:61: tests[0].claims[1].contests: 'cli-2020-claim-other' is not another claim of test 'cli-2020-attack'",
                "clients/DUP.yaml:2: sources[0].id: duplicate source id 'cli-treaty-1995' (first defined at clients/CLI.yaml:2)",
            ])
    }

    @Test("an end before the start and a missing source are refused")
    func ordering() throws {
        let found = try problems { fixture in
            try fixture.replace("ended: 2020-11-10", with: "ended: 2020-09-01", in: "clients/CLI.yaml")
            try fixture.replace(
                "    sources: [cli-wire-2020-10-01]\n    responses", with: "    responses", in: "clients/CLI.yaml")
        }
        #expect(found.contains("clients/CLI.yaml:33: tests[0].ended: 2020-09-01 is before the start 2020-09-27"))
        #expect(found.contains("clients/CLI.yaml:27: tests[0].sources: a test needs at least one source"))
    }

    @Test("a directory that does not exist is unreadable, not empty")
    func missingDirectory() {
        #expect(throws: CaseBaseError.unreadable(path: "/nonexistent/casebase", reason: "not a directory")) {
            try CaseBase.load(directory: URL(fileURLWithPath: "/nonexistent/casebase"), asOf: CaseBaseFixture.asOf)
        }
    }
}

/// Warnings do not stop a case base from loading; they point at what deserves a second look.
@Suite("Reviewing a case base")
struct CaseBaseReviewTests {
    private func warnings(_ change: (CaseBaseFixture) throws -> Void) throws -> [String] {
        let fixture = try CaseBaseFixture()
        defer { fixture.remove() }
        try change(fixture)
        return try CaseBase.load(directory: fixture.directory, asOf: CaseBaseFixture.asOf).warnings.map(\.description)
    }

    private func commitment(_ id: String, kind: String = "collectiveSecurity", started: String, scope: String = "")
        -> String
    {
        """
          - id: \(id)
            patron: PAT
            client: CLI
            kind: \(kind)
            started: \(started)
        \(scope.isEmpty ? "" : "    scope: \(scope)\n")    sources: [cli-treaty-1995]

        """
    }

    @Test("the valid fixture has no warnings")
    func clean() throws {
        #expect(try warnings { _ in } == [])
    }

    @Test("commitments of the same kind that overlap, or include what the other excludes, are flagged")
    func overlapsAndContradictions() throws {
        let found = try warnings { fixture in
            try fixture.write(
                "commitments:\n" + commitment("pat-cli-again", started: "2001")
                    + commitment("pat-cli-highlands", started: "2005", scope: "{includes: [Highlands]}")
                    + commitment("pat-cli-later-arms", kind: "armsSupply", started: "2010"),
                to: "clients/EXTRA.yaml")
        }
        #expect(
            found == [
                "clients/EXTRA.yaml:2: commitments[0].id: warning: overlaps pat-cli-pact (same patron, client, kind and places from 1995-03-16)",
                "clients/EXTRA.yaml:8: commitments[1].id: warning: contradicts pat-cli-pact: one includes Highlands, the other excludes it",
            ])
    }

    @Test("a patron whose four or more verdicts all agree is prompted to look for the other side")
    func oneSided() throws {
        let found = try warnings { fixture in
            var text = "tests:\n"
            for year in 2021...2023 {
                text += """
                      - id: cli-\(year)-attack
                        title: Another attack
                        client: CLI
                        threat: invasion
                        started: \(year)-03-01
                        ended: \(year)-03-20
                        sources: [cli-wire-2020-10-01]
                        responses:
                          - id: cli-\(year)-pat-troops
                            patron: PAT
                            level: 6
                            date: \(year)-03-02
                            summary: Troops again.
                            evidence: [{source: cli-wire-2020-10-01}]

                    """
            }
            try fixture.write(text, to: "clients/MORE.yaml")
        }
        #expect(
            found == [
                "actors.yaml:3: states[0].code: warning: all 4 verdicts on PAT are honored: look for the other side of its record"
            ])
    }

    @Test("a state used before it existed is flagged, naming the state that did exist")
    func lifetimes() throws {
        let found = try warnings { fixture in
            try fixture.write(
                "commitments:\n"
                    + commitment("new-cli-1985", started: "1985").replacingOccurrences(
                        of: "patron: PAT", with: "patron: NEW"), to: "clients/OLD.yaml")
        }
        #expect(
            found == [
                "clients/OLD.yaml:2: commitments[0].id: warning: client CLI did not exist on 1985",
                "clients/OLD.yaml:2: commitments[0].id: warning: patron NEW did not exist on 1985 (OLD did)",
            ])
    }
}
