/// Filters verdicts to a period and scores every patron in it: the leaderboard.
public struct Scoreboard: Sendable, Hashable {
    /// The first year counted (test start), inclusive; nil for no bound.
    public var fromYear: Int?
    /// The last year counted (test start), inclusive; nil for no bound.
    public var untilYear: Int?

    /// Creates a scoreboard over a period.
    ///
    /// - Parameters:
    ///   - fromYear: the first year, inclusive.
    ///   - untilYear: the last year, inclusive.
    public init(fromYear: Int? = nil, untilYear: Int? = nil) {
        self.fromYear = fromYear
        self.untilYear = untilYear
    }

    /// The verdicts whose tests started within the period.
    ///
    /// - Parameters:
    ///   - verdicts: all verdicts.
    ///   - ledger: the ledger, for test dates.
    /// - Returns: the verdicts in the period.
    public func verdicts(in verdicts: [Verdict], ledger: Ledger) -> [Verdict] {
        let years = Dictionary(ledger.tests.map { ($0.id, $0.started.year) }, uniquingKeysWith: { first, _ in first })
        return verdicts.filter { verdict in
            guard let year = years[verdict.testID] else { return false }
            return year >= (fromYear ?? Int.min) && year <= (untilYear ?? Int.max)
        }
    }

    /// Scores for every patron with a verdict in the period, most reliable first (by posterior
    /// mean, then by number of tests, then by code).
    ///
    /// - Parameters:
    ///   - verdicts: all verdicts.
    ///   - ledger: the ledger.
    /// - Returns: the leaderboard.
    public func scores(_ verdicts: [Verdict], ledger: Ledger) -> [ReliabilityScore] {
        let inPeriod = self.verdicts(in: verdicts, ledger: ledger)
        let patrons = Set(inPeriod.map(\.patron))
        return patrons.map { patron in
            ReliabilityScore(patron: patron, verdicts: inPeriod.filter { $0.patron == patron })
        }
        .sorted { ($1.mean, $1.tests, $0.patron) < ($0.mean, $0.tests, $1.patron) }
    }
}
