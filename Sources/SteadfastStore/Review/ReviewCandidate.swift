import SteadfastCore
import SteadfastText

/// An event coded from an ingested article, waiting for an analyst's decision.
public struct ReviewCandidate: Sendable, Hashable, Codable {
    /// Where a candidate stands.
    public enum Status: String, Sendable, Hashable, Codable, CaseIterable {
        case candidate
        case accepted
        case rejected
    }

    /// The identifier (`c-…`).
    public var id: String
    /// The ingested document it comes from.
    public var documentID: String
    /// The sentence, in scalar offsets into the document's stored text.
    public var sentence: TextSpan
    /// The sentence's text: the verbatim evidence, kept only in the user's database.
    public var text: String
    /// Who acts.
    public var source: String
    /// Who is acted upon or helped.
    public var target: String
    /// The CAMEO code.
    public var cameo: String
    /// What it means for the ledger.
    public var reading: EventReading
    /// When.
    public var date: PartialDate?
    /// Whether it comes from a caption.
    public var caption: Bool
    /// Whether the text presents it as alleged or disputed.
    public var contested: Bool
    /// The test it was linked to, if any; a threat with none proposes a new test.
    public var testID: String?
    /// Where it stands.
    public var status: Status
    /// What the decision did, in words.
    public var note: String?
    /// Where the date comes from: written in the sentence, taken from the sentences around it, or
    /// the first telling of a threat told again. Reviewers check dates not written in the sentence.
    public var dateBasis: DateBasis = .written
}

/// What an analyst changes before accepting a candidate.
public struct CandidateCorrection: Sendable, Hashable {
    /// A new level for a support candidate.
    public var level: LadderLevel?
    /// A new scale.
    public var scale: Response.Scale?
    /// A new source.
    public var source: String?
    /// A new target.
    public var target: String?
    /// The test to attach it to.
    public var testID: String?
    /// A new date.
    public var date: PartialDate?
    /// The threat of the test to create for help linked to none.
    public var threat: ThreatKind?

    /// Creates a correction; nil fields keep the candidate's values.
    ///
    /// - Parameters:
    ///   - level: a new level.
    ///   - scale: a new scale.
    ///   - source: a new source.
    ///   - target: a new target.
    ///   - testID: the test to attach it to.
    ///   - date: a new date.
    ///   - threat: the threat of a test to create for help linked to none.
    public init(
        level: LadderLevel? = nil, scale: Response.Scale? = nil, source: String? = nil, target: String? = nil,
        testID: String? = nil, date: PartialDate? = nil, threat: ThreatKind? = nil
    ) {
        self.threat = threat
        self.level = level
        self.scale = scale
        self.source = source
        self.target = target
        self.testID = testID
        self.date = date
    }

    /// The candidate with the correction applied.
    func applied(to candidate: ReviewCandidate) -> ReviewCandidate {
        var corrected = candidate
        if let source { corrected.source = source }
        if let target { corrected.target = target }
        if let testID { corrected.testID = testID }
        if let date {
            corrected.date = date
            corrected.dateBasis = .reviewer
        }
        if case .support(let old, let oldScale) = candidate.reading, level != nil || scale != nil {
            corrected.reading = .support(level ?? old, scale ?? oldScale)
        }
        return corrected
    }
}
