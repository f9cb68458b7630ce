/// The four verdicts a patron can earn in a test.
public enum VerdictKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// It did at least what its commitments led the client to expect.
    case honored
    /// It fell short, but not by much.
    case partial
    /// It fell far short.
    case abandoned
    /// The test is ongoing and younger than the response window.
    case pending

    /// The share of a kept promise it counts for in scores: 1, 0.5, 0; nil for pending.
    public var fulfillmentScore: Double? {
        switch self {
        case .honored: 1
        case .partial: 0.5
        case .abandoned: 0
        case .pending: nil
        }
    }
}

/// A patron's verdict in one test, with the derivation that produced it.
public struct Verdict: Sendable, Hashable, Codable {
    /// The test.
    public var testID: String
    /// The patron judged.
    public var patron: String
    /// The level its commitments led the client to expect.
    public var expected: LadderLevel
    /// The level it reached.
    public var realized: LadderLevel
    /// The verdict.
    public var kind: VerdictKind
    /// How the verdict was reached.
    public var derivation: Derivation

    /// Creates a verdict.
    ///
    /// - Parameters:
    ///   - testID: the test.
    ///   - patron: the patron.
    ///   - expected: the expected level.
    ///   - realized: the realized level.
    ///   - kind: the verdict.
    ///   - derivation: how it was reached.
    public init(
        testID: String, patron: String, expected: LadderLevel, realized: LadderLevel, kind: VerdictKind,
        derivation: Derivation
    ) {
        self.testID = testID
        self.patron = patron
        self.expected = expected
        self.realized = realized
        self.kind = kind
        self.derivation = derivation
    }

    /// Realized over expected, capped at 1.
    public var fulfillment: Double {
        guard expected.rawValue > 0 else { return 1 }
        return min(1, Double(realized.rawValue) / Double(expected.rawValue))
    }

    /// The weight of this verdict in scores: the confidence of the response that set the realized
    /// level, or 1 when no response did (the absence of help is established by the test's sources).
    public var weight: Double {
        derivation.decidingConfidence ?? 1
    }
}

/// Why a verdict came out as it did: which commitment set the expectation, which response set
/// the realized level, which evidence backs that response, and each step in words.
public struct Derivation: Sendable, Hashable, Codable {
    /// The commitment with the highest expected level among those covering the test.
    public var expectingCommitment: String
    /// Every commitment in force at the start, with whether it covered the test and why.
    public var commitments: [CommitmentCoverage]
    /// The days during which responses counted.
    public var window: DayInterval
    /// The response that set the realized level, if any.
    public var decidingResponse: String?
    /// Its confidence.
    public var decidingConfidence: Double?
    /// The evidence behind the deciding response.
    public var evidence: [Evidence]
    /// Accepted responses counted, in date order, with their effective levels.
    public var counted: [CountedResponse]
    /// Defections by the patron during the test: shown as red flags.
    public var redFlags: [String]
    /// The war the patron was fighting elsewhere at the test's start, if any.
    public var atWarElsewhere: String?
    /// The derivation in words, one step a line.
    public var steps: [String]

    /// Creates a derivation.
    ///
    /// - Parameters:
    ///   - expectingCommitment: the commitment that set the expectation.
    ///   - commitments: every commitment in force and its coverage.
    ///   - window: the response window.
    ///   - decidingResponse: the response that set the realized level.
    ///   - decidingConfidence: its confidence.
    ///   - evidence: its evidence.
    ///   - counted: the responses counted.
    ///   - redFlags: defections.
    ///   - atWarElsewhere: the war elsewhere.
    ///   - steps: the derivation in words.
    public init(
        expectingCommitment: String, commitments: [CommitmentCoverage], window: DayInterval,
        decidingResponse: String?, decidingConfidence: Double?, evidence: [Evidence], counted: [CountedResponse],
        redFlags: [String], atWarElsewhere: String?, steps: [String]
    ) {
        self.expectingCommitment = expectingCommitment
        self.commitments = commitments
        self.window = window
        self.decidingResponse = decidingResponse
        self.decidingConfidence = decidingConfidence
        self.evidence = evidence
        self.counted = counted
        self.redFlags = redFlags
        self.atWarElsewhere = atWarElsewhere
        self.steps = steps
    }
}

/// Whether one commitment covered a test, and the level it set.
public struct CommitmentCoverage: Sendable, Hashable, Codable {
    /// The commitment.
    public var commitmentID: String
    /// Its kind.
    public var kind: Commitment.Kind
    /// The level it leads the client to expect.
    public var expected: LadderLevel
    /// Whether its scope covered the test.
    public var covers: Bool
    /// Why or why not, in words.
    public var reason: String

    /// Creates a coverage record.
    ///
    /// - Parameters:
    ///   - commitmentID: the commitment.
    ///   - kind: its kind.
    ///   - expected: its expected level.
    ///   - covers: whether it covered the test.
    ///   - reason: why.
    public init(commitmentID: String, kind: Commitment.Kind, expected: LadderLevel, covers: Bool, reason: String) {
        self.commitmentID = commitmentID
        self.kind = kind
        self.expected = expected
        self.covers = covers
        self.reason = reason
    }
}

/// An accepted response as the realized level saw it.
public struct CountedResponse: Sendable, Hashable, Codable {
    /// The response.
    public var responseID: String
    /// Its direction.
    public var direction: Response.Direction
    /// Its level after scale, withdrawal and defection rules.
    public var effective: LadderLevel
    /// Why, in words.
    public var note: String

    /// Creates a counted response.
    ///
    /// - Parameters:
    ///   - responseID: the response.
    ///   - direction: its direction.
    ///   - effective: its effective level.
    ///   - note: why.
    public init(responseID: String, direction: Response.Direction, effective: LadderLevel, note: String) {
        self.responseID = responseID
        self.direction = direction
        self.effective = effective
        self.note = note
    }
}

/// A patron with commitments to a test's client that none of them covered: no verdict, and why.
public struct UncoveredTest: Sendable, Hashable, Codable {
    /// The test.
    public var testID: String
    /// The patron.
    public var patron: String
    /// Each commitment in force and why it did not cover the test.
    public var commitments: [CommitmentCoverage]

    /// Creates an uncovered record.
    ///
    /// - Parameters:
    ///   - testID: the test.
    ///   - patron: the patron.
    ///   - commitments: the commitments and reasons.
    public init(testID: String, patron: String, commitments: [CommitmentCoverage]) {
        self.testID = testID
        self.patron = patron
        self.commitments = commitments
    }
}

/// A patron whose commitment covered a test but whose response nobody has recorded yet.
public struct UnrecordedTest: Sendable, Hashable, Codable {
    /// The test.
    public var testID: String
    /// The patron.
    public var patron: String
    /// The level its commitments led the client to expect.
    public var expected: LadderLevel
    /// The commitment that set the expectation.
    public var expectingCommitment: String

    /// Creates an unrecorded pair.
    ///
    /// - Parameters:
    ///   - testID: the test.
    ///   - patron: the patron.
    ///   - expected: the expected level.
    ///   - expectingCommitment: the commitment that set it.
    public init(testID: String, patron: String, expected: LadderLevel, expectingCommitment: String) {
        self.testID = testID
        self.patron = patron
        self.expected = expected
        self.expectingCommitment = expectingCommitment
    }
}
