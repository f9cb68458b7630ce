/// One year in which two states fought each other in a Correlates of War inter-state war, from
/// COW's directed dyad-year file: who fought whom, where the participants file says only who
/// fought on which side.
public struct WarDyad: Sendable, Hashable, Codable {
    /// The COW war number.
    public var war: Int
    /// One state (COW number).
    public var state: Int
    /// The state it fought (COW number).
    public var opponent: Int
    /// The year they fought.
    public var year: Int

    /// Creates a dyad-year.
    ///
    /// - Parameters:
    ///   - war: the COW war number.
    ///   - state: one state's COW number.
    ///   - opponent: the COW number of the state it fought.
    ///   - year: the year they fought.
    public init(war: Int, state: Int, opponent: Int, year: Int) {
        self.war = war
        self.state = state
        self.opponent = opponent
        self.year = year
    }
}

/// Who fought whom in one war, year by year; either direction of a dyad counts for both states.
public struct WarDyads: Sendable, Hashable {
    private var years: [Pair: Set<Int>]

    private struct Pair: Sendable, Hashable {
        let low: Int
        let high: Int

        init(_ first: Int, _ second: Int) {
            low = min(first, second)
            high = max(first, second)
        }
    }

    /// Collects the dyad-years of one war.
    ///
    /// - Parameters:
    ///   - dyads: the dyad-years, in either direction.
    public init(_ dyads: [WarDyad]) {
        years = dyads.reduce(into: [:]) { $0[Pair($1.state, $1.opponent), default: []].insert($1.year) }
    }

    /// The years in which two states fought each other.
    ///
    /// - Parameters:
    ///   - state: one state.
    ///   - other: the other state.
    /// - Returns: the years, empty when they never fought each other.
    public func years(_ state: Int, against other: Int) -> Set<Int> {
        years[Pair(state, other)] ?? []
    }
}
