/// The honored share of a set of historical tests, with its Beta posterior.
///
/// Honored counts as kept, broken as not kept; tests that are not scored (consultation) are
/// counted apart. The posterior is Beta(1 + honored, 1 + broken) from a uniform prior, as for
/// patrons' reliability.
public struct HistoricalScore: Sendable, Hashable, Codable {
    /// All tests counted, scored or not.
    public var tests: Int
    /// Honored.
    public var honored: Int
    /// Broken.
    public var broken: Int
    /// Recorded but not scored.
    public var notScored: Int
    /// honored / (honored + broken), nil when nothing was scored.
    public var share: Double?
    /// The posterior.
    public var posterior: BetaDistribution
    /// The posterior mean.
    public var mean: Double
    /// The lower bound of the credible interval.
    public var low: Double
    /// The upper bound of the credible interval.
    public var high: Double

    /// Scores a set of tests.
    ///
    /// - Parameters:
    ///   - tests: the tests.
    ///   - mass: the credible interval's mass, 0.9 by default.
    public init(_ tests: [HistoricalTest], mass: Double = 0.9) {
        self.tests = tests.count
        honored = tests.count { $0.verdict == .honored }
        broken = tests.count { $0.verdict == .broken }
        notScored = tests.count { $0.verdict == .notScored }
        share = honored + broken > 0 ? Double(honored) / Double(honored + broken) : nil
        posterior = BetaDistribution(alpha: 1 + Double(honored), beta: 1 + Double(broken))
        mean = posterior.mean
        (low, high) = posterior.credibleInterval(mass)
    }

    /// The number of tests scored.
    public var scored: Int { honored + broken }
}
