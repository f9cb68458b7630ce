import SteadfastCore

/// A patron's record: its score, its split by war elsewhere, and its tests in time order.
public struct PatronDocument: Sendable, Codable {
    /// One test of the patron, with its verdict.
    public struct Entry: Sendable, Codable {
        /// The test.
        public var test: String
        /// The test's title.
        public var title: String
        /// The client.
        public var client: String
        /// The adversary.
        public var adversary: String?
        /// When it began.
        public var started: PartialDate
        /// When it ended.
        public var ended: PartialDate?
        /// The verdict; nil when the patron's commitments did not cover the test.
        public var verdict: VerdictKind?
        /// The expected level.
        public var expected: Int?
        /// The realized level.
        public var realized: Int?
        /// The war the patron was fighting elsewhere, if any.
        public var atWarElsewhere: String?
        /// Why no commitment covered the test, when none did.
        public var uncoveredReasons: [String]
    }

    /// The patron's code.
    public var patron: String
    /// The patron's name.
    public var name: String
    /// Its summary over the whole ledger.
    public var summary: PatronSummary
    /// Its reliability at war elsewhere and otherwise.
    public var split: DistractionSplit
    /// Its tests, in time order.
    public var tests: [Entry]

    /// Builds a patron's record, or nil when the patron has no verdict and no uncovered test.
    ///
    /// - Parameters:
    ///   - patron: the patron's code.
    ///   - reading: the judged ledger.
    public init?(patron: String, reading: LedgerReading) {
        let verdicts = reading.judgement.verdicts(on: patron)
        let uncovered = reading.judgement.uncovered.filter { $0.patron == patron }
        guard !verdicts.isEmpty || !uncovered.isEmpty else { return nil }
        self.patron = patron
        name = reading.name(of: patron)
        summary = PatronSummary(ReliabilityScore(patron: patron, verdicts: verdicts), name: name)
        split = DistractionSplit(patron: patron, verdicts: verdicts)
        let byTest = Dictionary(verdicts.map { ($0.testID, $0) }, uniquingKeysWith: { first, _ in first })
        let uncoveredByTest = Dictionary(uncovered.map { ($0.testID, $0) }, uniquingKeysWith: { first, _ in first })
        tests = reading.ledger.tests
            .filter { byTest[$0.id] != nil || uncoveredByTest[$0.id] != nil }
            .sorted { ($0.started, $0.id) < ($1.started, $1.id) }
            .map { test in
                let verdict = byTest[test.id]
                return Entry(
                    test: test.id, title: test.title, client: test.client, adversary: test.adversary,
                    started: test.started, ended: test.ended, verdict: verdict?.kind,
                    expected: verdict?.expected.rawValue, realized: verdict?.realized.rawValue,
                    atWarElsewhere: verdict?.derivation.atWarElsewhere,
                    uncoveredReasons: uncoveredByTest[test.id]?.commitments.map { "\($0.commitmentID): \($0.reason)" }
                        ?? [])
            }
    }
}

/// One test in full: what happened, every verdict with its derivation, the responses with their
/// evidence, and the claims, contested pairs side by side.
public struct TestDocument: Sendable, Codable {
    /// The test.
    public var test: AllianceTest
    /// Its verdicts.
    public var verdicts: [ExportDocument.VerdictEntry]
    /// Patrons whose commitments did not cover it.
    public var uncovered: [UncoveredTest]
    /// Patrons with a covering commitment but no recorded response.
    public var unrecorded: [UnrecordedTest]
    /// Every source the test, its responses and its claims cite.
    public var sources: [Source]

    /// Builds the record of a test, or nil when the ledger has no such test.
    ///
    /// - Parameters:
    ///   - id: the test's identifier.
    ///   - reading: the judged ledger.
    public init?(id: String, reading: LedgerReading) {
        guard let test = reading.ledger.test(id) else { return nil }
        self.test = test
        verdicts = reading.judgement.verdicts.filter { $0.testID == id }.map(ExportDocument.VerdictEntry.init)
        uncovered = reading.judgement.uncovered.filter { $0.testID == id }
        unrecorded = reading.judgement.unrecorded.filter { $0.testID == id }
        var ids = test.sources
        ids += test.responses.flatMap { $0.evidence.map(\.sourceID) }
        ids += test.claims.flatMap(\.sources)
        var seen: Set<String> = []
        sources = reading.sources(ids.filter { seen.insert($0).inserted })
    }
}
