/// One COW war with all its participations: who attacked, who fought whom, where.
public struct HistoricalWar: Sendable, Hashable {
    /// The COW war number.
    public var number: Int
    /// The participations, one per state and side.
    public var participations: [WarParticipation]
    /// Who fought whom, year by year, when COW's dyad-years for the war are loaded; nil reads
    /// fighting against an ally from the sides alone.
    public var dyads: WarDyads?

    /// Creates a war from its participations.
    ///
    /// - Parameters:
    ///   - number: the COW war number.
    ///   - participations: its participations.
    ///   - dyads: who fought whom, when known.
    public init(number: Int, participations: [WarParticipation], dyads: WarDyads? = nil) {
        self.number = number
        self.participations = participations
        self.dyads = dyads
    }

    /// The sides holding a state COW codes as initiator.
    public var attackingSides: Set<Int> { Set(participations.filter(\.initiator).map(\.side)) }

    /// The role of a side: attacking when it holds an initiator, defending otherwise.
    ///
    /// - Parameters:
    ///   - side: the side.
    /// - Returns: the role.
    public func role(ofSide side: Int) -> WarRole {
        attackingSides.contains(side) ? .attacking : .defending
    }

    /// The states that fought on the other side from a participation, at any time.
    ///
    /// - Parameters:
    ///   - participation: the participation.
    /// - Returns: their COW numbers.
    public func opponents(of participation: WarParticipation) -> Set<Int> {
        Set(participations.filter { $0.side != participation.side }.map(\.state))
    }

    /// The regions the war was fought in, from any participation's `WhereFought`.
    public var regions: Set<COWRegion> {
        participations.reduce(into: Set<COWRegion>()) { $0.formUnion(COWRegion.regions(whereFought: $1.whereFought)) }
    }

    /// What a partner did in the war towards an ally: joined its side at any point of the war,
    /// fought against it (counted only when that participation began before the pledge ended),
    /// both, or neither.
    ///
    /// A participation on the other side counts as fighting against the ally only when it began
    /// before the pledge ended and, when the war's dyads are loaded, the dyads show the partner
    /// and the ally fighting each other in a year of that participation no later than the year
    /// the pledge ended. Without dyads, being on the other side is enough.
    ///
    /// - Parameters:
    ///   - partner: the partner's COW number.
    ///   - ally: the ally's participation.
    ///   - pledgeEnded: when the partner's pledge ended, nil while in force.
    /// - Returns: the response.
    public func response(of partner: Int, toward ally: WarParticipation, pledgeEnded: PartialDate?) -> PartnerResponse {
        let rows = participations.filter { $0.state == partner }
        let joined = rows.contains { $0.side == ally.side }
        let against = rows.contains { row in
            guard row.side != ally.side, let entered = row.entered else { return false }
            guard pledgeEnded.map({ entered <= $0.latest }) ?? true else { return false }
            return dyads.map { fought(row, against: ally.state, pledgeEnded: pledgeEnded, $0) } ?? true
        }
        switch (joined, against) {
        case (true, true): return .joinedBoth
        case (true, false): return .joinedAlly
        case (false, true): return .joinedAgainst
        case (false, false): return .stayedOut
        }
    }

    /// Whether the dyads show a participation's state fighting a state in one of the
    /// participation's years, up to the year a pledge ended.
    private func fought(
        _ participation: WarParticipation, against state: Int, pledgeEnded: PartialDate?, _ dyads: WarDyads
    ) -> Bool {
        guard let entered = participation.spells.first?.started.year else { return false }
        let last = min(participation.spells.last?.ended?.year ?? Int.max, pledgeEnded?.year ?? Int.max)
        return dyads.years(participation.state, against: state).contains { entered <= $0 && $0 <= last }
    }
}
