/// The historical ledger: every war in which a member of an alliance fought while the alliance
/// was in force, as a test of each partner's obligations towards it.
///
/// A participation tests the obligations in force on the day its spell began (the first spell
/// for which the pair's alliance was in force); alliances signed while the member was fighting
/// the war are not tested by that war (a second spell tests only pledges made between spells).
public struct HistoricalLedger: Sendable {
    /// The tests, by war, alliance, member, partner and obligation.
    public var tests: [HistoricalTest]
    /// Invoked obligations whose conditions the data cannot check, with the year the member
    /// entered the war; not tests.
    public var unchecked: [(reason: ConditionCheck.Uncheckable, year: Int)]

    /// Invoked obligations whose conditions the data cannot check, by reason.
    public var notCheckable: [ConditionCheck.Uncheckable: Int] { notCheckable(from: nil, until: nil) }

    /// The wars whose dyad-years were loaded: in these, fighting against an ally is read from who
    /// fought whom, in the others from the sides.
    public var warsWithDyads: Set<Int>

    /// Builds the ledger from the war participations, the alliance memberships and, where
    /// loaded, who fought whom.
    ///
    /// - Parameters:
    ///   - participations: COW war participations.
    ///   - memberships: ATOP memberships with their obligations.
    ///   - dyads: COW dyad-years; a war without any is judged by sides alone.
    public init(participations: [WarParticipation], memberships: [AllianceMembership], dyads: [WarDyad] = []) {
        var builder = Builder(memberships: memberships)
        let wars = Dictionary(grouping: participations, by: \.war)
        let fought = Dictionary(grouping: dyads, by: \.war).mapValues(WarDyads.init)
        warsWithDyads = Set(fought.keys)
        for number in wars.keys.sorted() {
            let war = HistoricalWar(number: number, participations: wars[number] ?? [], dyads: fought[number])
            for ally in war.participations.sorted(by: { ($0.state, $0.side) < ($1.state, $1.side) }) {
                builder.add(war: war, ally: ally)
            }
        }
        tests = builder.tests
        unchecked = builder.unchecked
    }

    /// Invoked obligations whose conditions the data cannot check, by reason, for members that
    /// entered their war within a span of years.
    ///
    /// - Parameters:
    ///   - from: the first year, nil for no bound.
    ///   - until: the last year, nil for no bound.
    /// - Returns: counts by reason.
    public func notCheckable(from: Int?, until: Int?) -> [ConditionCheck.Uncheckable: Int] {
        unchecked.reduce(into: [:]) { counts, entry in
            guard from.map({ entry.year >= $0 }) ?? true, until.map({ entry.year <= $0 }) ?? true else { return }
            counts[entry.reason, default: 0] += 1
        }
    }

    /// The tests whose member entered the war within a span of years.
    ///
    /// - Parameters:
    ///   - from: the first year, nil for no bound.
    ///   - until: the last year, nil for no bound.
    /// - Returns: the tests.
    public func tests(from: Int?, until: Int?) -> [HistoricalTest] {
        tests.filter { test in
            (from.map { test.entered.year >= $0 } ?? true) && (until.map { test.entered.year <= $0 } ?? true)
        }
    }

    private struct Builder {
        let byState: [Int: [AllianceMembership]]
        let byAlliance: [Int: [AllianceMembership]]
        var tests: [HistoricalTest] = []
        var unchecked: [(reason: ConditionCheck.Uncheckable, year: Int)] = []

        init(memberships: [AllianceMembership]) {
            byState = Dictionary(grouping: memberships, by: \.member)
            byAlliance = Dictionary(grouping: memberships, by: \.allianceID)
        }

        mutating func add(war: HistoricalWar, ally: WarParticipation) {
            var seen = Set<String>()
            for (index, spell) in ally.spells.enumerated() {
                let day = spell.started.earliest
                let alliances = (byState[ally.state] ?? []).filter { $0.isInForce(on: day) }
                for membership in alliances.sorted(by: { $0.allianceID < $1.allianceID }) {
                    let partners = (byAlliance[membership.allianceID] ?? []).filter {
                        $0.member != ally.state && $0.isInForce(on: day)
                            && !Self.signed(max(membership.entered, $0.entered), during: ally.spells.prefix(index))
                    }
                    for partner in partners.sorted(by: { $0.member < $1.member }) {
                        for obligation in partner.obligations {
                            let key = "\(membership.allianceID) \(partner.member) \(obligation.kind.rawValue)"
                            guard !seen.contains(key) else { continue }
                            seen.insert(key)
                            add(war: war, ally: ally, spell: spell, own: membership, partner: partner, obligation)
                        }
                    }
                }
            }
        }

        /// Whether a pair's pledge began while the ally was already fighting: such a pledge is
        /// no test of a later spell of the same war.
        static func signed(_ date: PartialDate, during spells: ArraySlice<WarSpell>) -> Bool {
            spells.contains { spell in
                spell.started.earliest <= date.earliest && spell.ended.map { date.earliest <= $0.latest } ?? true
            }
        }

        private mutating func add(
            war: HistoricalWar, ally: WarParticipation, spell: WarSpell, own: AllianceMembership,
            partner: AllianceMembership, _ obligation: AllianceObligation
        ) {
            let role = war.role(ofSide: ally.side)
            guard HistoricalRules.isInvoked(obligation, role: role) else { return }
            let met: [String]
            switch HistoricalRules.check(obligation.conditions, war: war, ally: ally) {
            case .notMet: return
            case .notCheckable(let reason):
                unchecked.append((reason, spell.started.year))
                return
            case .met(let conditions): met = conditions
            }
            let ends = [own.exited, partner.exited].compactMap { $0 }.min()
            let response = war.response(of: partner.member, toward: ally, pledgeEnded: ends)
            tests.append(
                HistoricalTest(
                    war: war.number, warName: ally.warName, allianceID: own.allianceID, member: ally.state,
                    memberName: ally.stateName, side: ally.side, role: role, entered: spell.started,
                    partner: partner.member, obligation: obligation.kind, response: response,
                    verdict: HistoricalRules.verdict(obligation.kind, response: response), conditions: met))
        }
    }
}
