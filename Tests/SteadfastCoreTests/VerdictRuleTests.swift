import Testing

@testable import SteadfastCore

/// One row of the verdict rule table: a client with commitments, a test, the patron's responses,
/// and the verdict the default rules must give.
struct VerdictCase: CustomTestStringConvertible, Sendable {
    var name: String
    var commitments: [Commitment]
    var test: AllianceTest
    var expected: LadderLevel?
    var realized: LadderLevel?
    var verdict: VerdictKind?

    var testDescription: String { name }
}

private func date(_ text: String) -> PartialDate {
    PartialDate(iso: text)!
}

private func pledge(
    _ kind: Commitment.Kind, from start: String = "2000", until end: String? = nil, scope: Scope = Scope()
) -> Commitment {
    Commitment(
        id: "pat-cli-\(kind.rawValue)", patron: "PAT", client: "CLI", kind: kind, started: date(start),
        ended: end.map(date), scope: scope)
}

private func act(
    _ level: LadderLevel, _ scale: Response.Scale = .full, _ direction: Response.Direction = .support,
    on day: String = "2020-06-10", status: Response.ReviewStatus = .accepted, confidence: Double = 1, id: String? = nil
) -> Response {
    Response(
        id: id ?? "r-\(level.rawValue)-\(scale.rawValue)-\(direction.rawValue)-\(day)", patron: "PAT", level: level,
        scale: scale, direction: direction, date: date(day), summary: "what the patron did",
        evidence: [Evidence(sourceID: "src")], confidence: confidence, status: status)
}

private func crisis(
    _ threat: ThreatKind = .invasion, place: String? = nil, targetsRegime: Bool = false,
    from start: String = "2020-06-01",
    until end: String? = "2020-06-30", responses: [Response] = [], claims: [Claim] = []
) -> AllianceTest {
    AllianceTest(
        id: "t", title: "a crisis", client: "CLI", adversary: "ADV", threat: threat, place: place,
        targetsRegime: targetsRegime, started: date(start), ended: end.map(date), responses: responses,
        claims: claims)
}

private let registry = ActorRegistry(
    actors: ["PAT", "CLI", "ADV"].map { Actor(code: $0, kind: .state, name: $0) },
    places: [Place(name: "Enclave", within: "ADV"), Place(name: "Province", within: "CLI")])

private let table: [VerdictCase] = [
    VerdictCase(
        name: "defence pact met by combat is honored", commitments: [pledge(.defensePact)],
        test: crisis(responses: [act(.combat)]), expected: .combat, realized: .combat, verdict: .honored),
    VerdictCase(
        name: "defence pact met by deployment is partial", commitments: [pledge(.defensePact)],
        test: crisis(responses: [act(.deployment)]), expected: .combat, realized: .deployment, verdict: .partial),
    VerdictCase(
        name: "defence pact met by arms is abandoned", commitments: [pledge(.defensePact)],
        test: crisis(responses: [act(.materiel)]), expected: .combat, realized: .materiel, verdict: .abandoned),
    VerdictCase(
        name: "the highest commitment in force sets the expectation",
        commitments: [pledge(.armsSupply), pledge(.collectiveSecurity)],
        test: crisis(responses: [act(.materiel)]), expected: .deployment, realized: .materiel, verdict: .partial),
    VerdictCase(
        name: "strategic partnership met by diplomacy is partial: floor of 2",
        commitments: [pledge(.strategicPartnership)],
        test: crisis(responses: [act(.diplomatic)]), expected: .economic, realized: .diplomatic, verdict: .partial),
    VerdictCase(
        name: "strategic partnership met by words only is abandoned", commitments: [pledge(.strategicPartnership)],
        test: crisis(responses: [act(.verbal)]), expected: .economic, realized: .verbal, verdict: .abandoned),
    VerdictCase(
        name: "a recorded abstention is abandoned at level 0", commitments: [pledge(.armsSupply)],
        test: crisis(responses: [act(.abstain)]), expected: .materiel, realized: .abstain, verdict: .abandoned),
    VerdictCase(
        name: "a commitment made after the test began sets no expectation",
        commitments: [pledge(.forcesStationed, from: "2020-06-15")],
        test: crisis(responses: [act(.deployment)]), expected: nil, realized: nil, verdict: nil),
    VerdictCase(
        name: "a commitment ended before the test sets no expectation",
        commitments: [pledge(.defensePact, from: "1990", until: "2019-12")],
        test: crisis(), expected: nil, realized: nil, verdict: nil),
    VerdictCase(
        name: "a pact does not cover a place outside the client's recognized territory",
        commitments: [pledge(.defensePact), pledge(.armsSupply)],
        test: crisis(place: "Enclave", responses: [act(.materiel)]), expected: .materiel, realized: .materiel,
        verdict: .honored),
    VerdictCase(
        name: "a pact covers a place within the client's territory", commitments: [pledge(.defensePact)],
        test: crisis(place: "Province", responses: [act(.materiel)]), expected: .combat, realized: .materiel,
        verdict: .abandoned),
    VerdictCase(
        name: "an explicit exclusion removes coverage",
        commitments: [pledge(.collectiveSecurity, scope: Scope(excludes: ["Province"]))],
        test: crisis(place: "Province"), expected: nil, realized: nil, verdict: nil),
    VerdictCase(
        name: "stationed forces cover the place where they are",
        commitments: [pledge(.forcesStationed, scope: Scope(includes: ["Enclave"]))],
        test: crisis(place: "Enclave", responses: [act(.abstain)]), expected: .deployment, realized: .abstain,
        verdict: .abandoned),
    VerdictCase(
        name: "a pact conditioned on named adversaries covers an attack by one of them",
        commitments: [pledge(.defensePact, scope: Scope(adversaries: ["ADV"]))],
        test: crisis(responses: [act(.combat)]), expected: .combat, realized: .combat, verdict: .honored),
    VerdictCase(
        name: "a pact conditioned on other adversaries does not cover the test",
        commitments: [pledge(.defensePact, scope: Scope(adversaries: ["PAT"]))],
        test: crisis(), expected: nil, realized: nil, verdict: nil),
    VerdictCase(
        name: "neutrality, non-aggression, offence and consultation pledges set no expectation",
        commitments: [
            pledge(.neutralityPact), pledge(.nonAggressionPact), pledge(.offensePact), pledge(.consultationPact),
        ],
        test: crisis(), expected: nil, realized: nil, verdict: nil),
    VerdictCase(
        name: "a defence pact does not cover mass protests", commitments: [pledge(.defensePact)],
        test: crisis(.massProtest), expected: nil, realized: nil, verdict: nil),
    VerdictCase(
        name: "regime security covers mass protests", commitments: [pledge(.regimeSecurity)],
        test: crisis(.massProtest, responses: [act(.deployment)]), expected: .covert, realized: .deployment,
        verdict: .honored),
    VerdictCase(
        name: "regime security does not cover air strikes that do not target the regime",
        commitments: [pledge(.regimeSecurity)], test: crisis(.airStrikes), expected: nil, realized: nil, verdict: nil),
    VerdictCase(
        name: "regime security covers external threats aimed at the regime", commitments: [pledge(.regimeSecurity)],
        test: crisis(.airStrikes, targetsRegime: true, responses: [act(.verbal)]), expected: .covert,
        realized: .verbal, verdict: .abandoned),
    VerdictCase(
        name: "limited scale counts one level lower", commitments: [pledge(.defensePact)],
        test: crisis(responses: [act(.combat, .limited)]), expected: .combat, realized: .deployment,
        verdict: .partial),
    VerdictCase(
        name: "token scale counts as verbal", commitments: [pledge(.forcesStationed)],
        test: crisis(responses: [act(.deployment, .token)]), expected: .deployment, realized: .verbal,
        verdict: .abandoned),
    VerdictCase(
        name: "a withdrawal caps the level reached before it at verbal",
        commitments: [pledge(.forcesStationed)],
        test: crisis(responses: [
            act(.combat, .limited, on: "2020-06-05"), act(.deployment, .full, .withdrawal, on: "2020-06-20"),
        ]),
        expected: .deployment, realized: .verbal, verdict: .abandoned),
    VerdictCase(
        name: "a later full response restores the level after a withdrawal",
        commitments: [pledge(.forcesStationed)],
        test: crisis(responses: [
            act(.deployment, .full, .withdrawal, on: "2020-06-05"), act(.deployment, on: "2020-06-20"),
        ]),
        expected: .deployment, realized: .deployment, verdict: .honored),
    VerdictCase(
        name: "a later limited response does not lift the withdrawal cap",
        commitments: [pledge(.forcesStationed)],
        test: crisis(responses: [
            act(.deployment, .full, .withdrawal, on: "2020-06-05"), act(.combat, .limited, on: "2020-06-20"),
        ]),
        expected: .deployment, realized: .verbal, verdict: .abandoned),
    VerdictCase(
        name: "responses outside the window do not count", commitments: [pledge(.armsSupply)],
        test: crisis(responses: [act(.combat, on: "2020-08-15"), act(.combat, on: "2020-04-20")]),
        expected: .materiel, realized: .abstain, verdict: .abandoned),
    VerdictCase(
        name: "responses within 30 days after the end count", commitments: [pledge(.armsSupply)],
        test: crisis(responses: [act(.materiel, on: "2020-07-29")]), expected: .materiel, realized: .materiel,
        verdict: .honored),
    VerdictCase(
        name: "candidate and rejected responses do not count", commitments: [pledge(.armsSupply)],
        test: crisis(responses: [act(.combat, status: .candidate), act(.combat, .limited, status: .rejected)]),
        expected: .materiel, realized: .abstain, verdict: .abandoned),
    VerdictCase(
        name: "an ongoing test younger than the window is pending", commitments: [pledge(.armsSupply)],
        test: crisis(from: "2020-11-20", until: nil, responses: [act(.verbal, on: "2020-11-25")]), expected: .materiel,
        realized: .verbal, verdict: .pending),
    VerdictCase(
        name: "an ongoing test older than the window is judged", commitments: [pledge(.armsSupply)],
        test: crisis(from: "2020-09-01", until: nil, responses: [act(.verbal, on: "2020-11-01")]),
        expected: .materiel, realized: .verbal, verdict: .abandoned),
    VerdictCase(
        name: "an uncontested accepted defection caps the level at 0", commitments: [pledge(.strategicPartnership)],
        test: crisis(responses: [
            act(.economic, on: "2020-06-02"), act(.materiel, .full, .defection, on: "2020-06-10", id: "defect"),
        ]),
        expected: .economic, realized: .abstain, verdict: .abandoned),
    VerdictCase(
        name: "a contested defection is a red flag that does not change the level",
        commitments: [pledge(.strategicPartnership)],
        test: crisis(
            responses: [
                act(.economic, on: "2020-06-02"), act(.materiel, .full, .defection, on: "2020-06-10", id: "defect"),
            ],
            claims: [Claim(id: "deny", claimant: "PAT", stance: .denies, statement: "no help given", about: "defect")]),
        expected: .economic, realized: .economic, verdict: .honored),
]

@Suite("Verdict rules")
struct VerdictRuleTests {
    let engine = VerdictEngine(asOf: Day(year: 2020, month: 12, day: 1)!)

    @Test("each rule of the table", arguments: table)
    func rule(_ row: VerdictCase) throws {
        let ledger = Ledger(registry: registry, commitments: row.commitments, tests: [row.test])
        let verdicts = engine.judge(ledger).verdicts
        guard let verdict = row.verdict else {
            #expect(verdicts.isEmpty)
            return
        }
        let only = try #require(verdicts.first)
        #expect(verdicts.count == 1)
        #expect(only.kind == verdict)
        #expect(only.expected == row.expected)
        #expect(only.realized == row.realized)
    }

    @Test("the derivation names the commitment, the response and its evidence")
    func derivation() throws {
        let test = crisis(responses: [act(.verbal, on: "2020-06-02"), act(.deployment, id: "deploy")])
        let ledger = Ledger(
            registry: registry, commitments: [pledge(.armsSupply), pledge(.defensePact)], tests: [test])
        let verdict = try #require(engine.judge(ledger).verdicts.first)
        #expect(verdict.derivation.expectingCommitment == "pat-cli-defensePact")
        #expect(verdict.derivation.decidingResponse == "deploy")
        #expect(verdict.derivation.evidence == [Evidence(sourceID: "src")])
        #expect(verdict.derivation.steps.first == "expected 7 combat: pat-cli-defensePact (defensePact)")
        #expect(verdict.derivation.steps.last == "verdict: partial")
    }

    @Test("a patron whose commitments do not cover the test is listed as uncovered, with reasons")
    func uncovered() throws {
        let ledger = Ledger(registry: registry, commitments: [pledge(.defensePact)], tests: [crisis(place: "Enclave")])
        let judgement = engine.judge(ledger)
        #expect(judgement.verdicts.isEmpty)
        let record = try #require(judgement.uncovered.first)
        #expect(record.commitments.map(\.reason) == ["Enclave lies outside CLI's recognized territory"])
    }

    @Test("a war elsewhere at the test's start marks the verdict; a war in the client's land does not")
    func atWarElsewhere() throws {
        let wars = [
            WarPeriod(id: "far", patron: "PAT", name: "far war", theatre: "ADV", started: date("2019")),
            WarPeriod(id: "here", patron: "PAT", name: "war here", theatre: "CLI", started: date("2019")),
        ]
        let test = crisis(responses: [act(.verbal)])
        let ledger = Ledger(registry: registry, commitments: [pledge(.armsSupply)], tests: [test], wars: wars)
        let verdict = try #require(engine.judge(ledger).verdicts.first)
        #expect(verdict.derivation.atWarElsewhere == "far")
        let home = Ledger(registry: registry, commitments: [pledge(.armsSupply)], tests: [test], wars: [wars[1]])
        #expect(try #require(engine.judge(home).verdicts.first).derivation.atWarElsewhere == nil)
    }

    @Test("a covered test with no recorded response is unrecorded, not abandoned, unless the rules say otherwise")
    func unrecorded() throws {
        let ledger = Ledger(registry: registry, commitments: [pledge(.armsSupply)], tests: [crisis()])
        let judgement = engine.judge(ledger)
        #expect(judgement.verdicts.isEmpty)
        #expect(
            judgement.unrecorded == [
                UnrecordedTest(
                    testID: "t", patron: "PAT", expected: .materiel, expectingCommitment: "pat-cli-armsSupply")
            ])
        var rules = VerdictRules.standard
        rules.judgeWithoutResponses = true
        let literal = VerdictEngine(rules: rules, asOf: engine.asOf).judge(ledger)
        #expect(literal.verdicts.map(\.kind) == [.abandoned])
        #expect(literal.unrecorded.isEmpty)
    }

    @Test("overriding a rule changes the verdict for every patron alike")
    func override() throws {
        var rules = VerdictRules.standard
        rules.expectedLevel[.armsSupply] = .verbal
        let ledger = Ledger(
            registry: registry, commitments: [pledge(.armsSupply)], tests: [crisis(responses: [act(.verbal)])])
        let verdict = try #require(VerdictEngine(rules: rules, asOf: engine.asOf).judge(ledger).verdicts.first)
        #expect(verdict.kind == .honored)
    }
}
