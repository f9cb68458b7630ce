/// A promise from a patron to a client: a pact, troops stationed, backing for the regime.
public struct Commitment: Sendable, Hashable, Codable, Identifiable {
    /// The kinds of promise, strongest first. The last four are the other obligations of formal
    /// alliances in ATOP: recorded, but they set no expectation under the default rules, which
    /// judge help to a threatened client.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case defensePact
        case collectiveSecurity
        case forcesStationed
        case regimeSecurity
        case armsSupply
        case strategicPartnership
        /// To join the partner's war when it attacks.
        case offensePact
        /// Not to join a war against the partner.
        case neutralityPact
        /// Not to attack the partner.
        case nonAggressionPact
        /// To consult in a crisis.
        case consultationPact
    }

    /// The case base identifier.
    public var id: String
    /// Who promised.
    public var patron: String
    /// To whom.
    public var client: String
    /// What kind of promise.
    public var kind: Kind
    /// The organisation it runs through (CSTO, NATO), if any.
    public var via: String?
    /// The ATOP alliance identifier, for formal alliances.
    public var atopID: Int?
    /// When it came into force.
    public var started: PartialDate
    /// When it ended; nil while in force.
    public var ended: PartialDate?
    /// What it covers.
    public var scope: Scope
    /// Source identifiers.
    public var sources: [String]

    /// Creates a commitment.
    ///
    /// - Parameters:
    ///   - id: the identifier.
    ///   - patron: who promised.
    ///   - client: to whom.
    ///   - kind: what kind of promise.
    ///   - via: the organisation it runs through.
    ///   - atopID: the ATOP alliance identifier.
    ///   - started: when it came into force.
    ///   - ended: when it ended.
    ///   - scope: what it covers.
    ///   - sources: source identifiers.
    public init(
        id: String, patron: String, client: String, kind: Kind, via: String? = nil, atopID: Int? = nil,
        started: PartialDate, ended: PartialDate? = nil, scope: Scope = Scope(), sources: [String] = []
    ) {
        self.id = id
        self.patron = patron
        self.client = client
        self.kind = kind
        self.via = via
        self.atopID = atopID
        self.started = started
        self.ended = ended
        self.scope = scope
        self.sources = sources
    }

    /// Whether the commitment was in force on a day.
    ///
    /// - Parameters:
    ///   - day: the day.
    /// - Returns: true when it had started and not yet ended.
    public func isInForce(on day: Day) -> Bool {
        started.earliest <= day && (ended.map { day <= $0.latest } ?? true)
    }
}

/// What a commitment covers: which threats, where. Empty fields take the defaults of its kind.
public struct Scope: Sendable, Hashable, Codable {
    /// A note in words ("does not cover Nagorno-Karabakh").
    public var note: String?
    /// The threat kinds covered; nil for the kind's default.
    public var threats: Set<ThreatKind>?
    /// Places covered; empty for the kind's default.
    public var includes: [String]
    /// Places excluded.
    public var excludes: [String]
    /// True when the commitment explicitly backs the ruling regime; nil for the kind's default.
    public var regime: Bool?
    /// When not empty, the commitment covers threats from these adversaries only (ATOP's
    /// adversary conditions).
    public var adversaries: [String]

    /// Creates a scope.
    ///
    /// - Parameters:
    ///   - note: a note in words.
    ///   - threats: the threat kinds covered.
    ///   - includes: places covered.
    ///   - excludes: places excluded.
    ///   - regime: whether it backs the ruling regime.
    ///   - adversaries: the only adversaries it covers, if any.
    public init(
        note: String? = nil, threats: Set<ThreatKind>? = nil, includes: [String] = [], excludes: [String] = [],
        regime: Bool? = nil, adversaries: [String] = []
    ) {
        self.adversaries = adversaries
        self.note = note
        self.threats = threats
        self.includes = includes
        self.excludes = excludes
        self.regime = regime
    }
}

extension Scope {
    private enum CodingKeys: String, CodingKey {
        case note, threats, includes, excludes, regime, adversaries
    }

    /// Decodes a scope; lists missing from older rows read as empty.
    ///
    /// - Parameters:
    ///   - decoder: the decoder.
    /// - Throws: `DecodingError` for malformed values.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        note = try container.decodeIfPresent(String.self, forKey: .note)
        threats = try container.decodeIfPresent(Set<ThreatKind>.self, forKey: .threats)
        includes = try container.decodeIfPresent([String].self, forKey: .includes) ?? []
        excludes = try container.decodeIfPresent([String].self, forKey: .excludes) ?? []
        regime = try container.decodeIfPresent(Bool.self, forKey: .regime)
        adversaries = try container.decodeIfPresent([String].self, forKey: .adversaries) ?? []
    }
}
