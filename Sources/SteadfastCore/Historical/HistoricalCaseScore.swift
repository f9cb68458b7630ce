/// The honored share with each case weighted once: a case is one obligation of one alliance
/// invoked by one member's war, scored as the share of its tested partners that honored it.
///
/// A multilateral alliance invoked by one war yields a test per partner (the German
/// Confederation in 1866 alone yields two hundred); weighting cases equally shows how much the
/// dyadic share owes to a few large alliances.
public struct HistoricalCaseScore: Sendable, Hashable, Codable {
    /// Cases scored.
    public var cases: Int
    /// The mean of the cases' honored shares, nil when none was scored.
    public var share: Double?
    /// The posterior Beta(1 + Σ share, 1 + Σ (1 − share)).
    public var posterior: BetaDistribution
    /// The posterior mean.
    public var mean: Double
    /// The lower bound of the credible interval.
    public var low: Double
    /// The upper bound of the credible interval.
    public var high: Double

    /// Scores the cases of a set of tests; tests that are not scored are left out.
    ///
    /// - Parameters:
    ///   - tests: the tests.
    ///   - mass: the credible interval's mass, 0.9 by default.
    public init(_ tests: [HistoricalTest], mass: Double = 0.9) {
        let scored = tests.filter { $0.verdict != .notScored }
        let cases = Dictionary(grouping: scored) {
            "\($0.war) \($0.allianceID) \($0.member) \($0.side) \($0.obligation.rawValue)"
        }
        let shares = cases.values.map { tests in
            Double(tests.count { $0.verdict == .honored }) / Double(tests.count)
        }
        self.cases = shares.count
        let kept = shares.reduce(0, +)
        share = shares.isEmpty ? nil : kept / Double(shares.count)
        posterior = BetaDistribution(alpha: 1 + kept, beta: 1 + Double(shares.count) - kept)
        mean = posterior.mean
        (low, high) = posterior.credibleInterval(mass)
    }
}
