import Foundation
import SteadfastCore
import Testing

@testable import SteadfastCaseBase

@Suite("Loading a case base")
struct CaseBaseLoadingTests {
    @Test("the fixture loads into a ledger with every section")
    func loads() throws {
        let caseBase = try CaseBase.load(directory: CaseBaseFixture.valid, asOf: CaseBaseFixture.asOf)
        let ledger = caseBase.ledger
        #expect(caseBase.files == ["actors.yaml", "clients/CLI.yaml", "wars/PAT.yaml"])
        #expect(ledger.registry.actor("PAT")?.cowCode == 901)
        #expect(ledger.registry.isPlace("Highlands", within: "ADV"))
        #expect(ledger.registry.state(of: "PRESIDENT", on: Day(year: 2018, month: 1, day: 1)!) == "PAT")
        #expect(ledger.registry.state(of: "PRESIDENT", on: Day(year: 2010, month: 1, day: 1)!) == nil)
        #expect(ledger.commitments.map(\.id) == ["pat-cli-pact"])
        #expect(ledger.commitments.first?.scope.excludes == ["Highlands"])
        let test = try #require(ledger.test("cli-2020-attack"))
        #expect(test.responses.first?.level == .deployment)
        #expect(test.claims.map(\.contests) == ["cli-2020-claim-not-warned", "cli-2020-claim-warned"])
        #expect(ledger.wars.first?.theatre == "ADV")
        #expect(ledger.sources["cli-wire-2020-10-01"]?.url == "https://wire.example.org/2020/10/01/patronia-troops")
    }

    @Test("the fixture's verdict comes out of the loaded ledger with its derivation")
    func verdict() throws {
        let ledger = try CaseBase.load(directory: CaseBaseFixture.valid, asOf: CaseBaseFixture.asOf).ledger
        let verdict = try #require(VerdictEngine(asOf: CaseBaseFixture.asOf).judge(ledger).verdicts.first)
        #expect(verdict.kind == .honored)
        #expect(verdict.derivation.decidingResponse == "cli-2020-pat-troops")
        #expect(verdict.derivation.atWarElsewhere == "pat-adv-war")
    }

    @Test("the fingerprint changes when a file changes and only then")
    func fingerprint() throws {
        let fixture = try CaseBaseFixture()
        defer { fixture.remove() }
        let first = try CaseBase.load(directory: fixture.directory, asOf: CaseBaseFixture.asOf).fingerprint
        let again = try CaseBase.load(directory: fixture.directory, asOf: CaseBaseFixture.asOf).fingerprint
        try fixture.replace("severity: grave", with: "severity: serious", in: "clients/CLI.yaml")
        let changed = try CaseBase.load(directory: fixture.directory, asOf: CaseBaseFixture.asOf).fingerprint
        #expect(first == again)
        #expect(first != changed)
    }

    @Test("the built-in case base has no errors")
    func builtIn() throws {
        let problems = try CaseBase.check(directory: try CaseBase.builtInDirectory(), asOf: CaseBaseFixture.asOf)
        #expect(problems.filter { $0.severity == .error }.map(\.description) == [])
    }

    @Test("a rules file overrides only what it names")
    func rules() throws {
        let rules = try RulesFile.parse(
            "expectedLevel: {armsSupply: 3}\nwindowDays: 45\ndefectionCap: null\n", file: "rules.yaml")
        #expect(rules.expectedLevel[.armsSupply] == .economic)
        #expect(rules.expectedLevel[.defensePact] == .combat)
        #expect(rules.windowDays == 45)
        #expect(rules.defectionCap == nil)
        #expect(rules.partialMargin == VerdictRules.standard.partialMargin)
    }

    @Test("a bad rules file names the line and field")
    func badRules() {
        #expect(
            throws: CaseBaseError.invalid([
                Problem(file: "rules.yaml", line: 1, field: "expectedLevel.armsSupply", message: "9 is outside 0...7"),
                Problem(file: "rules.yaml", line: 2, field: "windowDay", message: "unknown field"),
            ])
        ) {
            try RulesFile.parse("expectedLevel: {armsSupply: 9}\nwindowDay: 45\n", file: "rules.yaml")
        }
    }
}
