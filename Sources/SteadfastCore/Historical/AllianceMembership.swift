/// One state's membership in one phase of an ATOP alliance, with the obligations it took on
/// towards the other members.
public struct AllianceMembership: Sendable, Hashable, Codable {
    /// The ATOP alliance id.
    public var allianceID: Int
    /// The member's COW state number.
    public var member: Int
    /// When it entered the alliance (or this phase of it).
    public var entered: PartialDate
    /// When it left, or the alliance ended; nil while in force.
    public var exited: PartialDate?
    /// The obligations it owes the other members, at most one per kind.
    public var obligations: [AllianceObligation]

    /// Creates a membership.
    ///
    /// - Parameters:
    ///   - allianceID: the ATOP id.
    ///   - member: the COW state number.
    ///   - entered: when it entered.
    ///   - exited: when it left, nil while in force.
    ///   - obligations: what it owes the other members.
    public init(
        allianceID: Int, member: Int, entered: PartialDate, exited: PartialDate?, obligations: [AllianceObligation]
    ) {
        self.allianceID = allianceID
        self.member = member
        self.entered = entered
        self.exited = exited
        self.obligations = obligations
    }

    /// Whether the membership was in force on a day: entered on or before it, not left before it.
    ///
    /// - Parameters:
    ///   - day: the day.
    /// - Returns: true when in force.
    public func isInForce(on day: Day) -> Bool {
        entered.earliest <= day && (exited.map { $0.latest >= day } ?? true)
    }
}

/// What one member promised the others, as ATOP codes it, with the conditions that limit it.
public struct AllianceObligation: Sendable, Hashable, Codable {
    /// ATOP's five obligations.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Active military support if a partner is attacked.
        case defense
        /// Active military support in a partner's attack.
        case offense
        /// Not to join a war against a partner.
        case neutrality
        /// Not to attack a partner.
        case nonAggression
        /// To consult in a crisis; recorded, never scored.
        case consultation
    }

    /// The obligation.
    public var kind: Kind
    /// Its conditions.
    public var conditions: ObligationConditions

    /// Creates an obligation.
    ///
    /// - Parameters:
    ///   - kind: the obligation.
    ///   - conditions: its conditions, none by default.
    public init(kind: Kind, conditions: ObligationConditions = ObligationConditions()) {
        self.kind = kind
        self.conditions = conditions
    }
}

/// The conditions ATOP codes on an obligation (`defcoadv`, `defcoloc`, `defcocon`, `defconum`,
/// `defcodem`, `defconpr`, `neucoatt` and their counterparts for the other obligations).
public struct ObligationConditions: Sendable, Hashable, Codable {
    /// Limited to named adversaries (ATOP `…coadv`).
    public var onAdversary: Bool
    /// The named adversaries' COW numbers (ATOP `statthr1`, `statthr2`); may be empty.
    public var adversaries: [Int]
    /// Limited to a location (ATOP `…coloc`); ATOP does not code which.
    public var onLocation: Bool
    /// Limited to a specific conflict (ATOP `…cocon`).
    public var onConflict: Bool
    /// The COW war during which the alliance was formed (ATOP `cowwar`), when any.
    public var formedDuringWar: Int?
    /// Limited by the number of adversaries (ATOP `…conum`).
    public var onNumber: Bool
    /// Limited to the partner being attacked, not provoking (`defconpr`, `neuconpr`, `neucoatt`).
    public var onlyIfAttacked: Bool
    /// Conditional on a demand not being met (`…codem`); the war data cannot check it.
    public var onDemand: Bool

    /// Creates conditions; none by default.
    ///
    /// - Parameters:
    ///   - onAdversary: limited to named adversaries.
    ///   - adversaries: their COW numbers.
    ///   - onLocation: limited to a location.
    ///   - onConflict: limited to a specific conflict.
    ///   - formedDuringWar: the COW war the alliance was formed during.
    ///   - onNumber: limited by the number of adversaries.
    ///   - onlyIfAttacked: limited to the partner being attacked.
    ///   - onDemand: conditional on a demand.
    public init(
        onAdversary: Bool = false, adversaries: [Int] = [], onLocation: Bool = false, onConflict: Bool = false,
        formedDuringWar: Int? = nil, onNumber: Bool = false, onlyIfAttacked: Bool = false, onDemand: Bool = false
    ) {
        self.onAdversary = onAdversary
        self.adversaries = adversaries
        self.onLocation = onLocation
        self.onConflict = onConflict
        self.formedDuringWar = formedDuringWar
        self.onNumber = onNumber
        self.onlyIfAttacked = onlyIfAttacked
        self.onDemand = onDemand
    }
}
