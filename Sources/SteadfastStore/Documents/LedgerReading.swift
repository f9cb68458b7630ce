import SteadfastCore

/// A ledger judged as of a day: what every report, export and page is built from.
public struct LedgerReading: Sendable {
    /// The ledger.
    public var ledger: Ledger
    /// The rules applied.
    public var rules: VerdictRules
    /// Today, for pending tests.
    public var asOf: Day
    /// Every verdict and uncovered pair.
    public var judgement: Judgement

    /// Judges a ledger.
    ///
    /// - Parameters:
    ///   - ledger: the ledger.
    ///   - rules: the rules.
    ///   - asOf: today.
    public init(ledger: Ledger, rules: VerdictRules, asOf: Day) {
        self.ledger = ledger
        self.rules = rules
        self.asOf = asOf
        judgement = VerdictEngine(rules: rules, asOf: asOf).judge(ledger)
    }

    /// A patron's display name, or its code when unknown.
    ///
    /// - Parameters:
    ///   - code: the code.
    /// - Returns: the name.
    public func name(of code: String) -> String {
        ledger.registry.actor(code)?.name ?? code
    }

    /// Every patron with at least one verdict, sorted by code.
    public var judgedPatrons: [String] {
        Set(judgement.verdicts.map(\.patron)).sorted()
    }

    /// The sources of a list of identifiers, skipping unknown ones.
    ///
    /// - Parameters:
    ///   - ids: source identifiers.
    /// - Returns: the sources, in order.
    public func sources(_ ids: [String]) -> [Source] {
        ids.compactMap { ledger.sources[$0] }
    }
}

/// The reliability block of the JSON documents: `{mean, low, high}`.
public struct ReliabilityInterval: Sendable, Hashable, Codable {
    /// The posterior mean.
    public var mean: Double
    /// The 5% quantile.
    public var low: Double
    /// The 95% quantile.
    public var high: Double

    /// Takes the interval of a score.
    ///
    /// - Parameters:
    ///   - score: the score.
    public init(_ score: ReliabilityScore) {
        mean = score.mean
        low = score.low
        high = score.high
    }
}

/// One patron's line of the leaderboard.
public struct PatronSummary: Sendable, Hashable, Codable {
    /// The patron's code.
    public var patron: String
    /// The patron's name.
    public var name: String
    /// Tests with a verdict, pending included.
    public var tests: Int
    /// Honored verdicts.
    public var honored: Int
    /// Partial verdicts.
    public var partial: Int
    /// Abandoned verdicts.
    public var abandoned: Int
    /// Pending verdicts.
    public var pending: Int
    /// Posterior mean and 90% interval.
    public var reliability: ReliabilityInterval
    /// Mean of realized / expected, capped at 1; nil when nothing is judged.
    public var meanFulfillment: Double?
    /// The posterior's parameters.
    public var alpha: Double
    /// The posterior's parameters.
    public var beta: Double

    /// Summarizes a score.
    ///
    /// - Parameters:
    ///   - score: the score.
    ///   - name: the patron's name.
    public init(_ score: ReliabilityScore, name: String) {
        patron = score.patron
        self.name = name
        tests = score.tests
        honored = score.honored
        partial = score.partial
        abandoned = score.abandoned
        pending = score.pending
        reliability = ReliabilityInterval(score)
        meanFulfillment = score.meanFulfillment
        alpha = score.posterior.alpha
        beta = score.posterior.beta
    }
}
