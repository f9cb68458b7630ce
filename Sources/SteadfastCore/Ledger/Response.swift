/// What a patron did during a test, placed on the ladder.
public struct Response: Sendable, Hashable, Codable, Identifiable {
    /// How much of the level the response delivered.
    public enum Scale: String, Sendable, Hashable, Codable, CaseIterable {
        case token
        case limited
        case full
    }

    /// Whether the response helped the client, took help away, or helped the adversary.
    public enum Direction: String, Sendable, Hashable, Codable, CaseIterable {
        case support
        case withdrawal
        case defection
    }

    /// Where the response stands in review; only accepted responses change verdicts.
    public enum ReviewStatus: String, Sendable, Hashable, Codable, CaseIterable {
        case candidate
        case accepted
        case rejected
    }

    /// The identifier.
    public var id: String
    /// Who responded.
    public var patron: String
    /// The level on the ladder.
    public var level: LadderLevel
    /// How much of the level was delivered.
    public var scale: Scale
    /// Support, withdrawal or defection.
    public var direction: Direction
    /// When.
    public var date: PartialDate
    /// What happened, in our own words.
    public var summary: String
    /// What backs it.
    public var evidence: [Evidence]
    /// How well sourced it is, 0 to 1.
    public var confidence: Double
    /// Review status.
    public var status: ReviewStatus

    /// Creates a response.
    ///
    /// - Parameters:
    ///   - id: the identifier.
    ///   - patron: who responded.
    ///   - level: the level on the ladder.
    ///   - scale: how much was delivered.
    ///   - direction: support, withdrawal or defection.
    ///   - date: when.
    ///   - summary: what happened.
    ///   - evidence: what backs it.
    ///   - confidence: how well sourced it is.
    ///   - status: review status.
    public init(
        id: String, patron: String, level: LadderLevel, scale: Scale = .full, direction: Direction = .support,
        date: PartialDate, summary: String, evidence: [Evidence] = [], confidence: Double = 1,
        status: ReviewStatus = .accepted
    ) {
        self.id = id
        self.patron = patron
        self.level = level
        self.scale = scale
        self.direction = direction
        self.date = date
        self.summary = summary
        self.evidence = evidence
        self.confidence = confidence
        self.status = status
    }
}

/// Who asserts or denies what, when: "Russia says it did not know of the attack".
///
/// Disputed claims are kept on both sides and linked with `contests`.
public struct Claim: Sendable, Hashable, Codable, Identifiable {
    /// Whether the claimant asserts or denies the statement.
    public enum Stance: String, Sendable, Hashable, Codable, CaseIterable {
        case asserts
        case denies
    }

    /// The identifier.
    public var id: String
    /// Who makes the claim.
    public var claimant: String
    /// Asserts or denies.
    public var stance: Stance
    /// The statement, in our own words.
    public var statement: String
    /// When the claim was made.
    public var date: PartialDate?
    /// The response it bears on; nil when it bears on the test itself.
    public var about: String?
    /// The claim it disputes.
    public var contests: String?
    /// Source identifiers.
    public var sources: [String]

    /// Creates a claim.
    ///
    /// - Parameters:
    ///   - id: the identifier.
    ///   - claimant: who makes it.
    ///   - stance: asserts or denies.
    ///   - statement: the statement.
    ///   - date: when it was made.
    ///   - about: the response it bears on.
    ///   - contests: the claim it disputes.
    ///   - sources: source identifiers.
    public init(
        id: String, claimant: String, stance: Stance = .asserts, statement: String, date: PartialDate? = nil,
        about: String? = nil, contests: String? = nil, sources: [String] = []
    ) {
        self.id = id
        self.claimant = claimant
        self.stance = stance
        self.statement = statement
        self.date = date
        self.about = about
        self.contests = contests
        self.sources = sources
    }
}

/// A period when a patron was itself at war, so that a test elsewhere met a distracted patron.
public struct WarPeriod: Sendable, Hashable, Codable, Identifiable {
    /// How much of the patron's military the war absorbed.
    public enum Scale: String, Sendable, Hashable, Codable, CaseIterable {
        /// Large ground formations or the patron's main military effort.
        case major
        /// Air campaigns, advisers, special forces, contingents of a few thousand.
        case limited
    }

    /// The identifier.
    public var id: String
    /// The patron at war.
    public var patron: String
    /// The war's name.
    public var name: String
    /// The state where it was fought.
    public var theatre: String
    /// How much of the patron's military it absorbed.
    public var scale: Scale
    /// When it began.
    public var started: PartialDate
    /// When it ended; nil while ongoing.
    public var ended: PartialDate?
    /// Source identifiers.
    public var sources: [String]

    /// Creates a war period.
    ///
    /// - Parameters:
    ///   - id: the identifier.
    ///   - patron: the patron at war.
    ///   - name: the war's name.
    ///   - theatre: the state where it was fought.
    ///   - scale: how much of the patron's military it absorbed.
    ///   - started: when it began.
    ///   - ended: when it ended.
    ///   - sources: source identifiers.
    public init(
        id: String, patron: String, name: String, theatre: String, scale: Scale = .major, started: PartialDate,
        ended: PartialDate? = nil, sources: [String] = []
    ) {
        self.scale = scale
        self.id = id
        self.patron = patron
        self.name = name
        self.theatre = theatre
        self.started = started
        self.ended = ended
        self.sources = sources
    }

    /// Whether the war was in progress on a day.
    ///
    /// - Parameters:
    ///   - day: the day.
    /// - Returns: true between its start and end.
    public func isInProgress(on day: Day) -> Bool {
        started.earliest <= day && (ended.map { day <= $0.latest } ?? true)
    }
}
