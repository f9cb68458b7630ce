/// Every number and default the verdicts depend on, in one place.
///
/// `VerdictRules.standard` holds the defaults of the design; a rules file (see
/// docs/VERDICTS.md) overrides any of them, and the overrides apply to every patron alike.
public struct VerdictRules: Sendable, Hashable, Codable {
    /// The level a commitment of each kind leads a client to expect.
    public var expectedLevel: [Commitment.Kind: LadderLevel]
    /// The threats each kind covers when its scope does not list them.
    public var coveredThreats: [Commitment.Kind: Set<ThreatKind>]
    /// Kinds that cover only the client's recognized territory unless their scope names places.
    public var territorial: Set<Commitment.Kind>
    /// Kinds that also cover external threats aimed at the ruling regime.
    public var coversThreatsToRegime: Set<Commitment.Kind>
    /// Days before a test's start and after its end during which responses count.
    public var windowDays: Int
    /// A partial verdict needs a realized level of at least expected minus this margin.
    public var partialMargin: Int
    /// ... and never less than this floor.
    public var partialFloor: LadderLevel
    /// The level a withdrawal caps the realized level at, until a later full response.
    public var withdrawalCap: LadderLevel
    /// The level a token-scale response counts as.
    public var tokenLevel: LadderLevel
    /// How many levels a limited-scale response loses.
    public var limitedReduction: Int
    /// The level an accepted, uncontested defection caps the realized level at; nil to only flag it.
    public var defectionCap: LadderLevel?
    /// The scales of war that make a patron "at war elsewhere".
    public var distractingWars: Set<WarPeriod.Scale> = [.major]
    /// Whether a patron with no recorded response in a test is judged as having done nothing
    /// (realized 0). Off by default: an unresearched pair is listed as unrecorded, not abandoned,
    /// so that imported commitments (ATOP) do not turn missing research into broken promises.
    public var judgeWithoutResponses = false

    /// The defaults of the design.
    public static let standard = VerdictRules(
        expectedLevel: [
            .defensePact: .combat, .collectiveSecurity: .deployment, .forcesStationed: .deployment,
            .regimeSecurity: .covert, .armsSupply: .materiel, .strategicPartnership: .economic,
        ],
        coveredThreats: [
            .defensePact: externalThreats, .collectiveSecurity: externalThreats,
            .forcesStationed: Set(ThreatKind.allCases), .regimeSecurity: regimeThreats,
            .armsSupply: Set(ThreatKind.allCases), .strategicPartnership: Set(ThreatKind.allCases),
        ],
        territorial: [.defensePact, .collectiveSecurity, .forcesStationed],
        coversThreatsToRegime: [.regimeSecurity],
        windowDays: 30, partialMargin: 2, partialFloor: .diplomatic, withdrawalCap: .verbal,
        tokenLevel: .verbal, limitedReduction: 1, defectionCap: .abstain
    )

    /// Attacks from outside: the threats defence pacts and collective security cover.
    public static let externalThreats: Set<ThreatKind> = [.externalAttack, .invasion, .airStrikes, .blockade]
    /// Threats to the ruling regime: the threats regime security covers.
    public static let regimeThreats: Set<ThreatKind> = [
        .massProtest, .coup, .insurgentOffensive, .regimeChangeOperation,
    ]

    /// Creates rules; every field is explicit, start from `standard` to change a few.
    ///
    /// - Parameters:
    ///   - expectedLevel: the level each kind leads a client to expect.
    ///   - coveredThreats: the threats each kind covers by default.
    ///   - territorial: kinds limited to the client's recognized territory by default.
    ///   - coversThreatsToRegime: kinds that cover external threats aimed at the regime.
    ///   - windowDays: the response window either side of a test.
    ///   - partialMargin: how far below expected a partial verdict may fall.
    ///   - partialFloor: the lowest level a partial verdict accepts.
    ///   - withdrawalCap: the cap a withdrawal imposes.
    ///   - tokenLevel: what a token response counts as.
    ///   - limitedReduction: what a limited response loses.
    ///   - defectionCap: the cap an uncontested defection imposes.
    public init(
        expectedLevel: [Commitment.Kind: LadderLevel], coveredThreats: [Commitment.Kind: Set<ThreatKind>],
        territorial: Set<Commitment.Kind>, coversThreatsToRegime: Set<Commitment.Kind>, windowDays: Int,
        partialMargin: Int, partialFloor: LadderLevel, withdrawalCap: LadderLevel, tokenLevel: LadderLevel,
        limitedReduction: Int, defectionCap: LadderLevel?
    ) {
        self.expectedLevel = expectedLevel
        self.coveredThreats = coveredThreats
        self.territorial = territorial
        self.coversThreatsToRegime = coversThreatsToRegime
        self.windowDays = windowDays
        self.partialMargin = partialMargin
        self.partialFloor = partialFloor
        self.withdrawalCap = withdrawalCap
        self.tokenLevel = tokenLevel
        self.limitedReduction = limitedReduction
        self.defectionCap = defectionCap
    }

    /// The days during which a patron's responses to a test count.
    ///
    /// - Parameters:
    ///   - test: the test.
    ///   - asOf: today, which closes the window of an ongoing test.
    /// - Returns: from `windowDays` before the start to `windowDays` after the end.
    public func window(for test: AllianceTest, asOf: Day) -> DayInterval {
        let end = test.ended?.latest ?? max(asOf, test.started.latest)
        return DayInterval(start: test.started.earliest.adding(days: -windowDays), end: end.adding(days: windowDays))
    }

    /// The level a response counts for after its scale: full keeps it, limited loses
    /// `limitedReduction`, token counts as `tokenLevel` at most.
    ///
    /// - Parameters:
    ///   - response: the response.
    /// - Returns: the effective level.
    public func effectiveLevel(of response: Response) -> LadderLevel {
        switch response.scale {
        case .full: response.level
        case .limited: LadderLevel.clamped(response.level.rawValue - limitedReduction)
        case .token: min(response.level, tokenLevel)
        }
    }
}
