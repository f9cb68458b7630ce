/// A patron's reliability over a period: the Beta posterior of its weighted verdicts, with counts.
public struct ReliabilityScore: Sendable, Hashable, Codable {
    /// The patron.
    public var patron: String
    /// Tests with a verdict, pending included.
    public var tests: Int
    /// Honored verdicts.
    public var honored: Int
    /// Partial verdicts.
    public var partial: Int
    /// Abandoned verdicts.
    public var abandoned: Int
    /// Pending verdicts (not scored).
    public var pending: Int
    /// The posterior Beta(1 + Σw·s, 1 + Σw·(1 − s)).
    public var posterior: BetaDistribution
    /// The posterior mean.
    public var mean: Double
    /// The lower bound of the 90% equal-tailed credible interval.
    public var low: Double
    /// The upper bound of the 90% equal-tailed credible interval.
    public var high: Double
    /// Mean of realized / expected (capped at 1) over judged tests; nil when none.
    public var meanFulfillment: Double?

    /// Scores a patron from its verdicts; pending verdicts are counted but not scored.
    ///
    /// Each judged verdict adds its weight w (the confidence of its deciding evidence) times its
    /// score s (honored 1, partial 0.5, abandoned 0) to α and w·(1 − s) to β, from a uniform
    /// Beta(1, 1) prior.
    ///
    /// - Parameters:
    ///   - patron: the patron.
    ///   - verdicts: its verdicts over the period.
    ///   - mass: the credible interval's mass, 0.9 by default.
    public init(patron: String, verdicts: [Verdict], mass: Double = 0.9) {
        self.patron = patron
        tests = verdicts.count
        honored = verdicts.count { $0.kind == .honored }
        partial = verdicts.count { $0.kind == .partial }
        abandoned = verdicts.count { $0.kind == .abandoned }
        pending = verdicts.count { $0.kind == .pending }
        var alpha = 1.0
        var beta = 1.0
        var fulfillments: [Double] = []
        for verdict in verdicts {
            guard let score = verdict.kind.fulfillmentScore else { continue }
            alpha += verdict.weight * score
            beta += verdict.weight * (1 - score)
            fulfillments.append(verdict.fulfillment)
        }
        posterior = BetaDistribution(alpha: alpha, beta: beta)
        mean = posterior.mean
        (low, high) = posterior.credibleInterval(mass)
        meanFulfillment = fulfillments.isEmpty ? nil : fulfillments.reduce(0, +) / Double(fulfillments.count)
    }

    /// Judged (non-pending) tests.
    public var judged: Int { tests - pending }
}

/// A patron's reliability split by whether it was at war elsewhere when each test began.
public struct DistractionSplit: Sendable, Hashable, Codable {
    /// The patron.
    public var patron: String
    /// Tests that began while it was at war elsewhere.
    public var atWar: ReliabilityScore
    /// The other tests.
    public var atPeace: ReliabilityScore
    /// P(reliability at war < reliability at peace) under the two posteriors; nil when either side
    /// has no judged test.
    public var probabilityLowerAtWar: Double?

    /// Splits a patron's verdicts by the at-war-elsewhere mark of their derivations.
    ///
    /// - Parameters:
    ///   - patron: the patron.
    ///   - verdicts: its verdicts.
    public init(patron: String, verdicts: [Verdict]) {
        self.patron = patron
        atWar = ReliabilityScore(patron: patron, verdicts: verdicts.filter { $0.derivation.atWarElsewhere != nil })
        atPeace = ReliabilityScore(patron: patron, verdicts: verdicts.filter { $0.derivation.atWarElsewhere == nil })
        probabilityLowerAtWar =
            atWar.judged > 0 && atPeace.judged > 0 ? atWar.posterior.probabilityBelow(atPeace.posterior) : nil
    }
}
