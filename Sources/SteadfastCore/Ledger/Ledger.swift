/// The whole curated record: actors, sources, commitments, tests with their responses and
/// claims, and the patrons' own wars. Verdicts and scores are derived from it, never stored in it.
public struct Ledger: Sendable, Hashable {
    /// Actors and places.
    public var registry: ActorRegistry
    /// Sources by identifier.
    public var sources: [String: Source]
    /// Commitments, in case base order.
    public var commitments: [Commitment]
    /// Tests, in case base order.
    public var tests: [AllianceTest]
    /// Patrons' own wars.
    public var wars: [WarPeriod]

    /// Creates a ledger.
    ///
    /// - Parameters:
    ///   - registry: actors and places.
    ///   - sources: the sources.
    ///   - commitments: the commitments.
    ///   - tests: the tests.
    ///   - wars: the patrons' wars.
    public init(
        registry: ActorRegistry = ActorRegistry(), sources: [Source] = [], commitments: [Commitment] = [],
        tests: [AllianceTest] = [], wars: [WarPeriod] = []
    ) {
        self.registry = registry
        self.sources = Dictionary(sources.map { ($0.id, $0) }, uniquingKeysWith: { _, last in last })
        self.commitments = commitments
        self.tests = tests
        self.wars = wars
    }

    /// The test with an identifier.
    ///
    /// - Parameters:
    ///   - id: the identifier.
    /// - Returns: the test, or nil.
    public func test(_ id: String) -> AllianceTest? {
        tests.first { $0.id == id }
    }

    /// The commitments from any patron to a client.
    ///
    /// - Parameters:
    ///   - client: the client's code.
    /// - Returns: the commitments.
    public func commitments(to client: String) -> [Commitment] {
        commitments.filter { $0.client == client }
    }

    /// Every patron that has made at least one commitment, sorted by code.
    public var patrons: [String] {
        Set(commitments.map(\.patron)).sorted()
    }

    /// Whether a patron was at war elsewhere on a day: a war of its, of one of the given scales, was
    /// in progress in a theatre other than `client`.
    ///
    /// - Parameters:
    ///   - patron: the patron.
    ///   - day: the day.
    ///   - client: the client whose test is being judged.
    ///   - scales: the scales of war that count.
    /// - Returns: the war, or nil.
    public func warElsewhere(
        of patron: String, on day: Day, awayFrom client: String, scales: Set<WarPeriod.Scale> = [.major]
    ) -> WarPeriod? {
        wars.first {
            $0.patron == patron && $0.theatre != client && scales.contains($0.scale) && $0.isInProgress(on: day)
        }
    }
}
