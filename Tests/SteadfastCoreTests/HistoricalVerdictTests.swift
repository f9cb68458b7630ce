import SteadfastCore
import Testing

/// The historical ledger's rules, obligation by obligation, on small wars composed for the test:
/// state 2 attacks state 200 (war 1); partners 220, 230 and 255 respond in different ways.
@Suite("Historical verdicts")
struct HistoricalVerdictTests {
    static func day(_ text: String) -> PartialDate { PartialDate(iso: text)! }

    static func participation(
        _ state: Int, side: Int, initiator: Bool = false, from: String = "1900-05-01", until: String? = "1901-01-01",
        war: Int = 1, whereFought: Int = 2
    ) -> WarParticipation {
        WarParticipation(
            war: war, warName: "War \(war)", state: state, stateName: "State \(state)", side: side,
            spells: [WarSpell(started: day(from), ended: until.map(day))], initiator: initiator, outcome: .winner,
            whereFought: whereFought)
    }

    static func membership(
        _ member: Int, _ kinds: [AllianceObligation.Kind] = [], conditions: ObligationConditions = .init(),
        alliance: Int = 1000, from: String = "1890", until: String? = nil
    ) -> AllianceMembership {
        AllianceMembership(
            allianceID: alliance, member: member, entered: day(from), exited: until.map(day),
            obligations: kinds.map { AllianceObligation(kind: $0, conditions: conditions) })
    }

    /// The war: 2 attacks 200; the partner under test is 220.
    static func ledger(
        partner kinds: [AllianceObligation.Kind], conditions: ObligationConditions = .init(),
        partnerFights: (side: Int, from: String)? = nil, allyAttacks: Bool = false, whereFought: Int = 2,
        partnerUntil: String? = nil
    ) -> HistoricalLedger {
        var participations = [
            participation(2, side: 1, initiator: !allyAttacks, whereFought: whereFought),
            participation(200, side: 2, initiator: allyAttacks, whereFought: whereFought),
        ]
        if let fights = partnerFights {
            participations.append(participation(220, side: fights.side, from: fights.from, whereFought: whereFought))
        }
        let memberships = [
            membership(200), membership(220, kinds, conditions: conditions, until: partnerUntil),
        ]
        return HistoricalLedger(participations: participations, memberships: memberships)
    }

    static func only(_ ledger: HistoricalLedger) throws -> HistoricalTest {
        try #require(ledger.tests.count == 1, "\(ledger.tests)")
        return ledger.tests[0]
    }

    @Test(
        "a defence pledge is honored when the partner joins the attacked ally, broken when it stays out or turns",
        arguments: [
            ((2, "1900-05-03"), PartnerResponse.joinedAlly, HistoricalVerdict.honored),
            ((2, "1900-12-30"), .joinedAlly, .honored),
            (nil, .stayedOut, .broken),
            ((1, "1900-06-01"), .joinedAgainst, .broken),
        ] as [((Int, String)?, PartnerResponse, HistoricalVerdict)])
    func defense(fights: (Int, String)?, response: PartnerResponse, verdict: HistoricalVerdict) throws {
        let test = try Self.only(
            Self.ledger(partner: [.defense], partnerFights: fights.map { (side: $0.0, from: $0.1) }))
        #expect(test.member == 200 && test.partner == 220 && test.obligation == .defense)
        #expect(test.role == .defending)
        #expect(test.response == response)
        #expect(test.verdict == verdict)
    }

    @Test("a defence pledge is not tested when the ally attacks; an offence pledge only then")
    func defenseAndOffenseByRole() throws {
        #expect(Self.ledger(partner: [.defense], allyAttacks: true).tests.isEmpty)
        #expect(Self.ledger(partner: [.offense]).tests.isEmpty)
        let joined = try Self.only(
            Self.ledger(partner: [.offense], partnerFights: (side: 2, from: "1900-07-01"), allyAttacks: true))
        #expect(joined.role == .attacking && joined.verdict == .honored)
        let absent = try Self.only(Self.ledger(partner: [.offense], allyAttacks: true))
        #expect(absent.response == .stayedOut && absent.verdict == .broken)
    }

    @Test(
        "a neutrality pledge is honored unless the partner joins against the ally, whichever side attacked",
        arguments: [false, true])
    func neutrality(allyAttacks: Bool) throws {
        let out = try Self.only(Self.ledger(partner: [.neutrality], allyAttacks: allyAttacks))
        #expect(out.verdict == .honored)
        let alongside = try Self.only(
            Self.ledger(partner: [.neutrality], partnerFights: (side: 2, from: "1900-06-01"), allyAttacks: allyAttacks))
        #expect(alongside.verdict == .honored)
        let against = try Self.only(
            Self.ledger(partner: [.neutrality], partnerFights: (side: 1, from: "1900-06-01"), allyAttacks: allyAttacks))
        #expect(against.response == .joinedAgainst && against.verdict == .broken)
    }

    @Test("a neutrality pledge limited to attacks on the ally is not tested by the ally's own attack")
    func neutralityOnlyIfAttacked() {
        let conditions = ObligationConditions(onlyIfAttacked: true)
        #expect(Self.ledger(partner: [.neutrality], conditions: conditions, allyAttacks: true).tests.isEmpty)
        #expect(Self.ledger(partner: [.neutrality], conditions: conditions).tests.count == 1)
    }

    @Test("a non-aggression pledge is broken when the partner attacks the ally, kept when it does not")
    func nonAggression() throws {
        let kept = try Self.only(Self.ledger(partner: [.nonAggression]))
        #expect(kept.verdict == .honored && kept.response == .stayedOut)
        let attacked = try Self.only(
            Self.ledger(partner: [.nonAggression], partnerFights: (side: 1, from: "1900-05-01")))
        #expect(attacked.verdict == .broken)
        #expect(Self.ledger(partner: [.nonAggression], allyAttacks: true).tests.isEmpty, "the ally attacked")
    }

    @Test("a consultation pledge is recorded in every war of the ally, never scored")
    func consultation() throws {
        for allyAttacks in [false, true] {
            let test = try Self.only(Self.ledger(partner: [.consultation], allyAttacks: allyAttacks))
            #expect(test.verdict == .notScored)
        }
        let score = HistoricalScore(Self.ledger(partner: [.consultation, .defense]).tests)
        #expect(score.tests == 2 && score.scored == 1 && score.notScored == 1 && score.broken == 1)
    }

    @Test("joining against the ally after the pledge ended is no breach")
    func againstAfterThePledge() throws {
        let test = try Self.only(
            Self.ledger(partner: [.neutrality], partnerFights: (side: 1, from: "1900-09-01"), partnerUntil: "1900-06"))
        #expect(test.response == .stayedOut && test.verdict == .honored)
    }

    @Test("an alliance signed after the ally went to war is not tested by that war")
    func signedDuringTheWar() {
        let participations = [Self.participation(2, side: 1, initiator: true), Self.participation(200, side: 2)]
        let memberships = [
            Self.membership(200, from: "1900-06-01"), Self.membership(220, [.defense], from: "1900-06-01"),
        ]
        #expect(HistoricalLedger(participations: participations, memberships: memberships).tests.isEmpty)
    }

    @Test("a second spell tests pledges made between the spells, not those made while fighting")
    func secondSpell() {
        var ally = Self.participation(200, side: 2, from: "1900-05-01", until: "1900-07-01")
        ally.spells.append(WarSpell(started: Self.day("1900-10-01"), ended: Self.day("1901-01-01")))
        let participations = [Self.participation(2, side: 1, initiator: true), ally]
        let memberships = [
            Self.membership(200, alliance: 1000, from: "1900-06-01"),
            Self.membership(220, [.defense], alliance: 1000, from: "1900-06-01"),
            Self.membership(200, alliance: 2000, from: "1900-08-01"),
            Self.membership(230, [.defense], alliance: 2000, from: "1900-08-01"),
        ]
        let tests = HistoricalLedger(participations: participations, memberships: memberships).tests
        #expect(tests.map(\.allianceID) == [2000])
        #expect(tests.first?.entered == Self.day("1900-10-01"))
    }

    @Test("a pledge against a named adversary is tested only by wars against it; unnamed ones are counted apart")
    func adversaryCondition() throws {
        let against2 = ObligationConditions(onAdversary: true, adversaries: [2])
        let test = try Self.only(Self.ledger(partner: [.defense], conditions: against2))
        #expect(test.conditions == ["against 2"])
        let against365 = ObligationConditions(onAdversary: true, adversaries: [365])
        #expect(Self.ledger(partner: [.defense], conditions: against365).tests.isEmpty)
        let unnamed = Self.ledger(partner: [.defense], conditions: ObligationConditions(onAdversary: true))
        #expect(unnamed.tests.isEmpty)
        #expect(unnamed.notCheckable == [.adversaryNotNamed: 1])
    }

    @Test("a pledge limited to a location is tested only by wars fought in the ally's region")
    func locationCondition() throws {
        let conditions = ObligationConditions(onLocation: true)
        #expect(Self.ledger(partner: [.defense], conditions: conditions, whereFought: 2).tests.count == 1)
        #expect(Self.ledger(partner: [.defense], conditions: conditions, whereFought: 12).tests.count == 1)
        #expect(Self.ledger(partner: [.defense], conditions: conditions, whereFought: 7).tests.isEmpty)
    }

    @Test("a pledge limited to a conflict is tested only by the war ATOP names; a number condition needs two foes")
    func conflictAndNumberConditions() {
        #expect(
            Self.ledger(partner: [.defense], conditions: ObligationConditions(onConflict: true, formedDuringWar: 1))
                .tests.count == 1)
        #expect(
            Self.ledger(partner: [.defense], conditions: ObligationConditions(onConflict: true, formedDuringWar: 9))
                .tests.isEmpty)
        #expect(
            Self.ledger(partner: [.defense], conditions: ObligationConditions(onConflict: true)).notCheckable == [
                .conflictNotNamed: 1
            ])
        #expect(Self.ledger(partner: [.defense], conditions: ObligationConditions(onNumber: true)).tests.isEmpty)
    }

    @Test("a state that changed sides is judged per side; both directions of a pair are tested")
    func changedSides() throws {
        let participations = [
            Self.participation(2, side: 1, initiator: true), Self.participation(200, side: 2),
            Self.participation(220, side: 2, from: "1900-05-02", until: "1900-08-01"),
            Self.participation(220, side: 1, from: "1900-09-01"),
        ]
        let memberships = [Self.membership(200, [.defense]), Self.membership(220, [.defense, .neutrality])]
        let tests = HistoricalLedger(participations: participations, memberships: memberships).tests
        let toAlly = tests.filter { $0.member == 200 }
        #expect(toAlly.map(\.response) == [.joinedBoth, .joinedBoth])
        #expect(toAlly.map(\.verdict) == [.honored, .broken], "defence kept, neutrality broken")
        let toPartner = tests.filter { $0.member == 220 && $0.side == 2 }
        #expect(toPartner.map(\.verdict) == [.honored])
        #expect(tests.filter { $0.member == 220 && $0.side == 1 }.isEmpty, "220 attacked on side 1")
    }

    @Test("the honored share and its interval use the Beta posterior; a year span filters by the ally's entry")
    func score() {
        let honored = (0..<3).map { _ in Self.ledger(partner: [.defense], partnerFights: (side: 2, from: "1900-06-01"))
        }
        let tests = honored.flatMap(\.tests) + Self.ledger(partner: [.defense]).tests
        let score = HistoricalScore(tests)
        #expect(score.honored == 3 && score.broken == 1 && score.share == 0.75)
        #expect(abs(score.mean - 4.0 / 6.0) < 1e-12)
        #expect(score.low < score.mean && score.mean < score.high)
        let ledger = Self.ledger(partner: [.defense])
        #expect(ledger.tests(from: 1816, until: 1899).isEmpty)
        #expect(ledger.tests(from: 1900, until: 1900).count == 1)
    }

    @Test("weighting cases once: a multilateral alliance's partners share one case")
    func caseScore() {
        let participations = [
            Self.participation(2, side: 1, initiator: true), Self.participation(200, side: 2),
            Self.participation(220, side: 2, from: "1900-06-01"),
        ]
        let memberships = [
            Self.membership(200), Self.membership(230, [.defense]), Self.membership(240, [.defense, .consultation]),
            Self.membership(200, alliance: 2000), Self.membership(220, [.defense], alliance: 2000),
        ]
        let tests = HistoricalLedger(participations: participations, memberships: memberships).tests
        #expect(tests.count == 4)
        #expect(abs((HistoricalScore(tests).share ?? 0) - 1.0 / 3.0) < 1e-12, "one of three partners joined")
        let cases = HistoricalCaseScore(tests)
        #expect(cases.cases == 2)
        #expect(cases.share == 0.5, "(0 + 1) / 2: alliance 1000's two partners failed, 2000's one joined")
        #expect(cases.mean == 0.5)
    }

    @Test("regions: home regions from COW numbers, WhereFought combinations")
    func regions() {
        #expect(COWRegion.home(of: 2) == .westernHemisphere)
        #expect(COWRegion.home(of: 365) == .europe)
        #expect(COWRegion.home(of: 640) == .middleEast)
        #expect(COWRegion.home(of: 740) == .asia)
        #expect(COWRegion.home(of: 900) == .oceania)
        #expect(COWRegion.regions(whereFought: 11) == [.europe, .middleEast])
        #expect(COWRegion.regions(whereFought: 3).isEmpty)
    }
}
