import SteadfastCore

/// One source in full: its citation in the ledger, the stored article when it was ingested, the
/// candidates read from it, and the tests that cite it.
public struct SourceDocument: Sendable, Codable {
    /// A test that cites the source, and where.
    public struct Citing: Sendable, Codable {
        /// The test's identifier.
        public var test: String
        /// The test's title.
        public var title: String
        /// Where the test cites it: `test`, `response r-…`, `claim c-…`.
        public var places: [String]
    }

    /// The source's identifier.
    public var id: String
    /// The citation, when the ledger cites the source.
    public var source: Source?
    /// The stored article, when it was ingested.
    public var stored: StoredDocument?
    /// The candidates read from the stored article, whatever their status.
    public var candidates: [ReviewCandidate]
    /// The tests that cite the source, in time order.
    public var citedBy: [Citing]

    /// Builds the record of a source, or nil when it is neither cited nor stored.
    ///
    /// - Parameters:
    ///   - id: the source's identifier.
    ///   - reading: the judged ledger.
    ///   - stored: the stored article with that identifier, if any.
    ///   - candidates: the candidates read from it.
    public init?(id: String, reading: LedgerReading, stored: StoredDocument?, candidates: [ReviewCandidate]) {
        let source = reading.ledger.sources[id]
        guard source != nil || stored != nil else { return nil }
        self.id = id
        self.source = source
        self.stored = stored
        self.candidates = candidates
        citedBy = reading.ledger.tests.sorted { ($0.started, $0.id) < ($1.started, $1.id) }.compactMap { test in
            var places: [String] = test.sources.contains(id) ? ["test"] : []
            places += test.responses.filter { $0.evidence.contains { $0.sourceID == id } }.map { "response \($0.id)" }
            places += test.claims.filter { $0.sources.contains(id) }.map { "claim \($0.id)" }
            return places.isEmpty ? nil : Citing(test: test.id, title: test.title, places: places)
        }
    }
}
