import SteadfastCore

/// `steadfast report --historical`: the historical ledger's honored share over a span of years,
/// overall and by obligation, next to the figure Leeds, Long and Mitchell (2000) published.
public struct HistoricalReportDocument: Sendable, Codable {
    /// One line of the report.
    public struct Line: Sendable, Codable {
        /// What the line counts: `all`, or an obligation.
        public var obligation: String
        /// The score.
        public var score: HistoricalScore

        /// Creates a line.
        ///
        /// - Parameters:
        ///   - obligation: what the line counts.
        ///   - score: the score.
        public init(obligation: String, score: HistoricalScore) {
            self.obligation = obligation
            self.score = score
        }
    }

    /// The first year counted.
    public var from: Int
    /// The last year counted.
    public var until: Int
    /// All obligations together.
    public var overall: HistoricalScore
    /// One line per obligation.
    public var byObligation: [Line]
    /// All obligations with each case (war, alliance, member, obligation) weighted once.
    public var byCase: HistoricalCaseScore
    /// Responses of the scored tests, by kind.
    public var responses: [String: Int]
    /// Invoked obligations whose conditions the data cannot check, by reason; not counted.
    public var notCheckable: [String: Int]
    /// The wars with tests in the span in which fighting against an ally was read from COW's
    /// dyad-years (who fought whom).
    public var warsWithDyads: Int
    /// The wars with tests in the span in which it was read from the sides alone.
    public var warsBySides: Int
    /// The published honored share this should approach.
    public var publishedShare: Double
    /// Where the published figure comes from.
    public var publishedSource: String

    /// Scores the tests whose member entered its war within the span.
    ///
    /// - Parameters:
    ///   - ledger: the historical ledger.
    ///   - from: the first year.
    ///   - until: the last year.
    public init(_ ledger: HistoricalLedger, from: Int, until: Int) {
        self.from = from
        self.until = until
        let tests = ledger.tests(from: from, until: until)
        overall = HistoricalScore(tests)
        byCase = HistoricalCaseScore(tests)
        byObligation = AllianceObligation.Kind.allCases.map { kind in
            Line(obligation: kind.rawValue, score: HistoricalScore(tests.filter { $0.obligation == kind }))
        }
        responses = Dictionary(grouping: tests.filter { $0.verdict != .notScored }, by: \.response.rawValue)
            .mapValues(\.count)
        notCheckable = Dictionary(
            uniqueKeysWithValues: ledger.notCheckable(from: from, until: until).map { ($0.key.rawValue, $0.value) })
        let wars = Set(tests.map(\.war))
        warsWithDyads = wars.intersection(ledger.warsWithDyads).count
        warsBySides = wars.count - warsWithDyads
        publishedShare = 0.745
        publishedSource =
            "Leeds, Long & Mitchell (2000), Reevaluating Alliance Reliability: Specific Threats, Specific Promises, "
            + "Journal of Conflict Resolution 44(5): 686-699; alliances invoked by wars 1816-1944"
    }
}
