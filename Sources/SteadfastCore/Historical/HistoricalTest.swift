/// A war that tested one partner's alliance obligation to a member at war, with the partner's
/// response read from the war data and the verdict by the obligation's own logic.
public struct HistoricalTest: Sendable, Hashable, Codable {
    /// The COW war number.
    public var war: Int
    /// The war's name.
    public var warName: String
    /// The ATOP alliance id.
    public var allianceID: Int
    /// The member at war, whose partner's obligation is tested (COW number).
    public var member: Int
    /// The member's name as COW gives it.
    public var memberName: String
    /// The member's side in the war.
    public var side: Int
    /// Whether the member fought on the attacking or the defending side.
    public var role: WarRole
    /// The day the member's spell began, from which the obligation had to be in force.
    public var entered: PartialDate
    /// The partner whose obligation is tested (COW number).
    public var partner: Int
    /// The obligation.
    public var obligation: AllianceObligation.Kind
    /// What the partner did.
    public var response: PartnerResponse
    /// The verdict.
    public var verdict: HistoricalVerdict
    /// The conditions that were checked and met, in words.
    public var conditions: [String]
}

/// Which side of a war a state fought on, read from COW's initiator codes.
public enum WarRole: String, Sendable, Hashable, Codable {
    /// The side of the state or states COW codes as initiators.
    case attacking
    /// The other side.
    case defending
}

/// What a partner did in its ally's war.
public enum PartnerResponse: String, Sendable, Hashable, Codable, CaseIterable {
    /// Fought on the ally's side at some point in the war.
    case joinedAlly
    /// Did not fight in the war.
    case stayedOut
    /// Fought against the ally, joining while its pledge was in force.
    case joinedAgainst
    /// Fought on both sides at different times (and against the ally while its pledge was in force).
    case joinedBoth

    /// Whether the partner fought on the ally's side.
    public var joinedAllySide: Bool { self == .joinedAlly || self == .joinedBoth }
    /// Whether the partner fought against the ally while its pledge was in force.
    public var foughtAgainst: Bool { self == .joinedAgainst || self == .joinedBoth }
}

/// The verdict on a historical test.
public enum HistoricalVerdict: String, Sendable, Hashable, Codable, CaseIterable {
    /// The partner did what the obligation asked.
    case honored
    /// It did not.
    case broken
    /// Recorded but not scored (consultation pledges).
    case notScored
}
