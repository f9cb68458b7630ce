import SteadfastCore
import Testing

/// Who fought whom: with COW's dyad-years loaded for a war, a partner on the other side joined
/// against an ally only if the two fought each other while the pledge was in force. The war: 2
/// attacks 200 and 230 (war 1, 1900); partner 220 joins the attackers on 1900-06-01 and is
/// pledged to 200.
@Suite("Historical verdicts with dyads")
struct HistoricalDyadTests {
    static func ledger(
        _ kinds: [AllianceObligation.Kind], dyads: [WarDyad], partnerUntil: String? = nil
    ) -> HistoricalLedger {
        let participations = [
            HistoricalVerdictTests.participation(2, side: 1, initiator: true),
            HistoricalVerdictTests.participation(200, side: 2),
            HistoricalVerdictTests.participation(230, side: 2),
            HistoricalVerdictTests.participation(220, side: 1, from: "1900-06-01"),
        ]
        let memberships = [
            HistoricalVerdictTests.membership(200),
            HistoricalVerdictTests.membership(220, kinds, until: partnerUntil),
        ]
        return HistoricalLedger(participations: participations, memberships: memberships, dyads: dyads)
    }

    static func dyad(_ state: Int, _ opponent: Int, _ year: Int = 1900, war: Int = 1) -> WarDyad {
        WarDyad(war: war, state: state, opponent: opponent, year: year)
    }

    /// 2 fought 200 and 230; 220 fought only 230.
    static let elsewhere = [dyad(2, 200), dyad(200, 2), dyad(2, 230), dyad(220, 230), dyad(230, 220)]

    @Test(
        "a partner on the other side joined against the ally only when the dyads show them fighting each other",
        arguments: [
            ([], PartnerResponse.joinedAgainst, HistoricalVerdict.broken),
            (elsewhere, .stayedOut, .honored),
            (elsewhere + [dyad(200, 220)], .joinedAgainst, .broken),
            ([dyad(220, 200, war: 2)], .joinedAgainst, .broken),
        ] as [([WarDyad], PartnerResponse, HistoricalVerdict)])
    func neutrality(dyads: [WarDyad], response: PartnerResponse, verdict: HistoricalVerdict) throws {
        let test = try HistoricalVerdictTests.only(Self.ledger([.neutrality], dyads: dyads))
        #expect(test.member == 200 && test.partner == 220)
        #expect(test.response == response)
        #expect(test.verdict == verdict)
    }

    @Test("without dyads for a war its sides decide; the ledger says which wars had dyads")
    func otherWarsDyadsDoNotCount() {
        let ledger = Self.ledger([.nonAggression], dyads: [Self.dyad(220, 200, war: 2)])
        #expect(ledger.warsWithDyads == [2])
        #expect(ledger.tests.map(\.verdict) == [.broken])
        #expect(Self.ledger([.nonAggression], dyads: Self.elsewhere).tests.map(\.verdict) == [.honored])
    }

    @Test("fighting the ally only in a year after the pledge ended is no breach")
    func foughtAfterThePledge() throws {
        let after = try HistoricalVerdictTests.only(
            Self.ledger([.neutrality], dyads: Self.elsewhere + [Self.dyad(220, 200, 1901)], partnerUntil: "1900-07"))
        #expect(after.response == .stayedOut && after.verdict == .honored)
        let during = try HistoricalVerdictTests.only(
            Self.ledger([.neutrality], dyads: Self.elsewhere + [Self.dyad(220, 200, 1900)], partnerUntil: "1900-07"))
        #expect(during.response == .joinedAgainst && during.verdict == .broken)
    }

    @Test("a defence pledge is broken by a partner on the other side whether or not it fought the ally")
    func defense() throws {
        for dyads in [[], Self.elsewhere] {
            let test = try HistoricalVerdictTests.only(Self.ledger([.defense], dyads: dyads))
            #expect(test.verdict == .broken)
        }
    }

    @Test("dyad-years are read in either direction")
    func eitherDirection() {
        let fought = WarDyads([Self.dyad(220, 200, 1900), Self.dyad(200, 220, 1901), Self.dyad(2, 200)])
        #expect(fought.years(200, against: 220) == [1900, 1901])
        #expect(fought.years(220, against: 200) == [1900, 1901])
        #expect(fought.years(220, against: 2).isEmpty)
    }
}
