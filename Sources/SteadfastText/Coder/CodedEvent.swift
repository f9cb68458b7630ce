import SteadfastCore

/// What an event found in text says, in the ledger's terms.
public enum EventReading: Sendable, Hashable, Codable {
    /// The actor puts the target under a serious threat: a test trigger.
    case threat(ThreatKind)
    /// The actor helps the target at a level of the ladder.
    case support(LadderLevel, Response.Scale)
    /// The actor pulls forces or aid away from the target.
    case withdrawal
    /// The actor helps the target's adversary.
    case defection
    /// What happened to the target (actor and target the same).
    case outcome(AllianceTest.Outcome)
    /// Any other coded interaction, by CAMEO root.
    case other

    /// The gold-file name of the reading's type.
    public var type: String {
        switch self {
        case .threat: "threat"
        case .support: "support"
        case .withdrawal: "withdrawal"
        case .defection: "defection"
        case .outcome: "outcome"
        case .other: "other"
        }
    }
}

/// One event found in a document, tied to the exact sentence it came from.
public struct CodedEvent: Sendable, Hashable, Codable {
    /// The sentence, in scalar offsets into the document's stored text.
    public var sentence: TextSpan
    /// The trigger phrase, in scalar offsets into the stored text.
    public var trigger: TextSpan
    /// Who acts.
    public var source: String
    /// Who is acted upon or helped.
    public var target: String
    /// The CAMEO event code.
    public var cameo: String
    /// What it means for the ledger.
    public var reading: EventReading
    /// When, as precise as the text supports.
    public var date: PartialDate?
    /// True when the sentence is an image caption.
    public var caption: Bool
    /// True when the text presents it as alleged, claimed or disputed.
    public var contested: Bool
    /// True when the trigger is negated ("refused to intervene", "did little").
    public var negated: Bool
    /// Where the date comes from: the sentence itself, the sentences around it, or the first telling
    /// of a threat told again.
    public var dateBasis: DateBasis = .written

    /// Creates an event.
    ///
    /// - Parameters:
    ///   - sentence: the sentence's span.
    ///   - trigger: the trigger's span.
    ///   - source: who acts.
    ///   - target: who is acted upon.
    ///   - cameo: the CAMEO code.
    ///   - reading: what it means.
    ///   - date: when.
    ///   - caption: whether it comes from a caption.
    ///   - contested: whether it is alleged or disputed.
    ///   - negated: whether the trigger is negated.
    public init(
        sentence: TextSpan, trigger: TextSpan, source: String, target: String, cameo: String, reading: EventReading,
        date: PartialDate?, caption: Bool = false, contested: Bool = false, negated: Bool = false
    ) {
        self.sentence = sentence
        self.trigger = trigger
        self.source = source
        self.target = target
        self.cameo = cameo
        self.reading = reading
        self.date = date
        self.caption = caption
        self.contested = contested
        self.negated = negated
    }
}
