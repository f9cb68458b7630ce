/// The kinds of serious threat that put a commitment to the test.
public enum ThreatKind: String, Sendable, Hashable, Codable, CaseIterable {
    case externalAttack
    case airStrikes
    case invasion
    case blockade
    case regimeChangeOperation
    case insurgentOffensive
    case massProtest
    case coup
}

/// A crisis that puts a client under serious threat, testing every patron's promise to it.
///
/// Named `AllianceTest` in code because Swift Testing owns `Test`; users read "test".
public struct AllianceTest: Sendable, Hashable, Codable, Identifiable {
    /// How grave the threat was.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
        case limited
        case serious
        case grave
        case existential
    }

    /// What became of the client.
    public enum Outcome: String, Sendable, Hashable, Codable, CaseIterable {
        case held
        case lostTerritory
        case regimeFell
        case leaderCaptured
        case leaderFled
        case ongoing
    }

    /// The case base identifier.
    public var id: String
    /// A short title.
    public var title: String
    /// The threatened client.
    public var client: String
    /// Who threatened it, when one actor did.
    public var adversary: String?
    /// The kind of threat.
    public var threat: ThreatKind
    /// Where the threat fell, when not the client's whole recognized territory.
    public var place: String?
    /// True when an external threat aimed at the ruling regime itself.
    public var targetsRegime: Bool
    /// When it began.
    public var started: PartialDate
    /// When it ended; nil while ongoing.
    public var ended: PartialDate?
    /// How grave it was.
    public var severity: Severity?
    /// What became of the client.
    public var outcome: Outcome?
    /// A summary in our own words.
    public var summary: String?
    /// Source identifiers.
    public var sources: [String]
    /// What each patron did.
    public var responses: [Response]
    /// Who asserts or denies what about the test or its responses.
    public var claims: [Claim]

    /// Creates a test.
    ///
    /// - Parameters:
    ///   - id: the identifier.
    ///   - title: a short title.
    ///   - client: the threatened client.
    ///   - adversary: who threatened it.
    ///   - threat: the kind of threat.
    ///   - place: where the threat fell.
    ///   - targetsRegime: whether an external threat aimed at the regime.
    ///   - started: when it began.
    ///   - ended: when it ended.
    ///   - severity: how grave it was.
    ///   - outcome: what became of the client.
    ///   - summary: a summary.
    ///   - sources: source identifiers.
    ///   - responses: what each patron did.
    ///   - claims: assertions and denials.
    public init(
        id: String, title: String, client: String, adversary: String? = nil, threat: ThreatKind,
        place: String? = nil, targetsRegime: Bool = false, started: PartialDate, ended: PartialDate? = nil,
        severity: Severity? = nil, outcome: Outcome? = nil, summary: String? = nil, sources: [String] = [],
        responses: [Response] = [], claims: [Claim] = []
    ) {
        self.id = id
        self.title = title
        self.client = client
        self.adversary = adversary
        self.threat = threat
        self.place = place
        self.targetsRegime = targetsRegime
        self.started = started
        self.ended = ended
        self.severity = severity
        self.outcome = outcome
        self.summary = summary
        self.sources = sources
        self.responses = responses
        self.claims = claims
    }

    /// Where the threat fell: the named place, or the client's recognized territory.
    public var location: String { place ?? client }
}
