import SteadfastCore

/// An event a careful reader extracts from an article: the development set the coder is scored on.
public struct GoldEvent: Sendable, Hashable {
    /// An exact substring of the document that locates the sentence.
    public var quote: String
    /// Who acts.
    public var actor: String
    /// Who is acted upon or helped.
    public var target: String
    /// `threat`, `support`, `withdrawal`, `defection`, `outcome` or `other`.
    public var type: String
    /// For support: the level after scale.
    public var effectiveLevel: LadderLevel?
    /// For threats: the kind.
    public var threat: ThreatKind?
    /// For outcomes: the outcome.
    public var outcome: AllianceTest.Outcome?
    /// For other events: the CAMEO root.
    public var cameoRoot: String?
    /// The date, as precise as the text supports; nil accepts any date.
    public var date: PartialDate?
    /// True for image captions.
    public var caption: Bool

    /// Creates a gold event.
    ///
    /// - Parameters:
    ///   - quote: the locating quote.
    ///   - actor: who acts.
    ///   - target: who is acted upon.
    ///   - type: the event type.
    ///   - effectiveLevel: the support level after scale.
    ///   - threat: the threat kind.
    ///   - outcome: the outcome.
    ///   - cameoRoot: the CAMEO root for other events.
    ///   - date: the date.
    ///   - caption: whether it is a caption.
    public init(
        quote: String, actor: String, target: String, type: String, effectiveLevel: LadderLevel? = nil,
        threat: ThreatKind? = nil, outcome: AllianceTest.Outcome? = nil, cameoRoot: String? = nil,
        date: PartialDate? = nil, caption: Bool = false
    ) {
        self.quote = quote
        self.actor = actor
        self.target = target
        self.type = type
        self.effectiveLevel = effectiveLevel
        self.threat = threat
        self.outcome = outcome
        self.cameoRoot = cameoRoot
        self.date = date
        self.caption = caption
    }
}

/// A test a careful reader reaches from an article, with the verdict on one patron.
public struct GoldTest: Sendable, Hashable {
    /// The client.
    public var client: String
    /// The adversary, if the reader names one.
    public var adversary: String?
    /// The threat kind.
    public var threat: ThreatKind
    /// The start, as precise as the article allows; nil when it does not say.
    public var started: PartialDate?
    /// The patron judged.
    public var patron: String
    /// The verdicts accepted (`honored-or-partial` accepts two).
    public var verdicts: Set<VerdictKind>

    /// Creates a gold test.
    ///
    /// - Parameters:
    ///   - client: the client.
    ///   - adversary: the adversary.
    ///   - threat: the threat kind.
    ///   - started: the start.
    ///   - patron: the patron.
    ///   - verdicts: the accepted verdicts.
    public init(
        client: String, adversary: String?, threat: ThreatKind, started: PartialDate?, patron: String,
        verdicts: Set<VerdictKind>
    ) {
        self.client = client
        self.adversary = adversary
        self.threat = threat
        self.started = started
        self.patron = patron
        self.verdicts = verdicts
    }
}
