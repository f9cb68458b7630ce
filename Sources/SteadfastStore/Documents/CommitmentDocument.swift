import SteadfastCore

/// One commitment in full: its terms, the sources that record it, and the tests judged under it.
public struct CommitmentDocument: Sendable, Codable {
    /// A test in which this commitment set what the patron owed.
    public struct Judged: Sendable, Codable {
        /// The test's identifier.
        public var test: String
        /// The test's title.
        public var title: String
        /// When it began.
        public var started: PartialDate
        /// The verdict on the patron.
        public var verdict: VerdictKind
        /// The level the commitment led one to expect.
        public var expected: Int
        /// The level the patron reached.
        public var realized: Int
    }

    /// The commitment.
    public var commitment: Commitment
    /// The patron's name.
    public var patronName: String
    /// The client's name.
    public var clientName: String
    /// The sources that record it.
    public var sources: [Source]
    /// The tests whose verdict this commitment's expectation decided, in time order.
    public var judged: [Judged]

    /// Builds the record of a commitment, or nil when the ledger has no such commitment.
    ///
    /// - Parameters:
    ///   - id: the commitment's identifier.
    ///   - reading: the judged ledger.
    public init?(id: String, reading: LedgerReading) {
        guard let commitment = reading.ledger.commitments.first(where: { $0.id == id }) else { return nil }
        self.commitment = commitment
        patronName = reading.name(of: commitment.patron)
        clientName = reading.name(of: commitment.client)
        sources = reading.sources(commitment.sources)
        let tests = Dictionary(reading.ledger.tests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        judged = reading.judgement.verdicts.filter { $0.derivation.expectingCommitment == id }
            .compactMap { verdict in
                tests[verdict.testID].map { test in
                    Judged(
                        test: test.id, title: test.title, started: test.started, verdict: verdict.kind,
                        expected: verdict.expected.rawValue, realized: verdict.realized.rawValue)
                }
            }
            .sorted { ($0.started, $0.test) < ($1.started, $1.test) }
    }
}
