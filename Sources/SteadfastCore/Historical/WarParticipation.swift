/// One state's part in a Correlates of War inter-state war, on one side: up to two spells of
/// fighting, whether it began the war, and how it came out.
///
/// A state that changed sides (Romania, Italy and Bulgaria in the Second World War) has one
/// participation per side.
public struct WarParticipation: Sendable, Hashable, Codable {
    /// How the war ended for the participant (COW's `Outcome`).
    public enum Outcome: Int, Sendable, Hashable, Codable, CaseIterable {
        case winner = 1
        case loser = 2
        case compromise = 3
        case transformed = 4
        case ongoing = 5
        case stalemate = 6
        case continuing = 7
        case changedSides = 8
    }

    /// The COW war number.
    public var war: Int
    /// The war's name.
    public var warName: String
    /// The participant's COW state number.
    public var state: Int
    /// The participant's name as COW gives it.
    public var stateName: String
    /// The side, 1 or 2.
    public var side: Int
    /// The spells of fighting, first one first; at least one.
    public var spells: [WarSpell]
    /// Whether COW codes the participant as an initiator of the war.
    public var initiator: Bool
    /// How the war ended for the participant.
    public var outcome: Outcome
    /// COW's `WhereFought` region code.
    public var whereFought: Int
    /// Battle deaths, when known.
    public var battleDeaths: Int?

    /// Creates a participation.
    ///
    /// - Parameters:
    ///   - war: the COW war number.
    ///   - warName: the war's name.
    ///   - state: the COW state number.
    ///   - stateName: the state's name.
    ///   - side: 1 or 2.
    ///   - spells: the spells of fighting, at least one.
    ///   - initiator: whether the state initiated the war.
    ///   - outcome: how the war ended for it.
    ///   - whereFought: COW's region code.
    ///   - battleDeaths: battle deaths, when known.
    public init(
        war: Int, warName: String, state: Int, stateName: String, side: Int, spells: [WarSpell], initiator: Bool,
        outcome: Outcome, whereFought: Int, battleDeaths: Int? = nil
    ) {
        self.war = war
        self.warName = warName
        self.state = state
        self.stateName = stateName
        self.side = side
        self.spells = spells
        self.initiator = initiator
        self.outcome = outcome
        self.whereFought = whereFought
        self.battleDeaths = battleDeaths
    }

    /// The first day of fighting that the first spell's start may stand for.
    public var entered: Day? { spells.first?.started.earliest }
}

/// A continuous spell of a state's fighting in a war.
public struct WarSpell: Sendable, Hashable, Codable {
    /// When it began.
    public var started: PartialDate
    /// When it ended; nil when COW records it as ongoing.
    public var ended: PartialDate?

    /// Creates a spell.
    ///
    /// - Parameters:
    ///   - started: when it began.
    ///   - ended: when it ended, nil when ongoing.
    public init(started: PartialDate, ended: PartialDate?) {
        self.started = started
        self.ended = ended
    }
}
