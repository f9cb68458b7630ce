/// The response ladder: what a patron did for a client under threat, from nothing to combat.
public enum LadderLevel: Int, Sendable, Hashable, Codable, CaseIterable, Comparable, CustomStringConvertible {
    /// Refuses to intervene, stays silent, peacekeepers stand aside.
    case abstain = 0
    /// Condemns the adversary, voices support, urges talks.
    case verbal = 1
    /// Mediates, brokers a cease-fire, sanctions the adversary, vetoes at the UN.
    case diplomatic = 2
    /// Loans, cash, energy, trade lifelines.
    case economic = 3
    /// Arms, air defence, intelligence, equipment.
    case materiel = 4
    /// Advisers, mercenaries, special forces, help to security services.
    case covert = 5
    /// Troops or peacekeepers placed to deter or protect.
    case deployment = 6
    /// Direct combat against the client's adversary.
    case combat = 7

    /// The level's name as users read it.
    public var name: String {
        switch self {
        case .abstain: "abstain"
        case .verbal: "verbal"
        case .diplomatic: "diplomatic"
        case .economic: "economic"
        case .materiel: "materiel"
        case .covert: "covert/advisory"
        case .deployment: "deployment"
        case .combat: "combat"
        }
    }

    /// `N name`, for example `6 deployment`.
    public var description: String { "\(rawValue) \(name)" }

    /// The level `rawValue` clamped to the ladder.
    ///
    /// - Parameters:
    ///   - value: any integer.
    /// - Returns: the nearest level on the ladder.
    public static func clamped(_ value: Int) -> LadderLevel {
        LadderLevel(rawValue: min(max(value, 0), 7)) ?? .abstain
    }

    public static func < (lhs: LadderLevel, rhs: LadderLevel) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
