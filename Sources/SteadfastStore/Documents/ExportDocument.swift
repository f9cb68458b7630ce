import SteadfastCore

/// `steadfast export --format json`: the whole judged ledger in one object. Scripts depend on the
/// fields `patrons`, `tests` and `commitments`; extra fields may be added, never removed.
public struct ExportDocument: Sendable, Codable {
    /// The day the verdicts were judged as of.
    public var asOf: Day
    /// The leaderboard.
    public var patrons: [PatronSummary]
    /// Every test with its verdicts.
    public var tests: [TestEntry]
    /// Every commitment.
    public var commitments: [CommitmentEntry]

    /// A test and its verdicts.
    public struct TestEntry: Sendable, Codable {
        public var id: String
        public var title: String
        public var client: String
        public var adversary: String?
        public var threat: ThreatKind
        public var place: String?
        public var started: PartialDate
        public var ended: PartialDate?
        public var outcome: AllianceTest.Outcome?
        public var verdicts: [VerdictEntry]
        /// Patrons with commitments in force that did not cover the test.
        public var uncovered: [UncoveredTest]
        /// Patrons with a covering commitment but no recorded response.
        public var unrecorded: [UnrecordedTest]
        public var sources: [Source]
    }

    /// A verdict in the export.
    public struct VerdictEntry: Sendable, Codable {
        public var patron: String
        public var expected: Int
        public var realized: Int
        public var verdict: VerdictKind
        public var derivation: Derivation

        /// Flattens a verdict.
        ///
        /// - Parameters:
        ///   - verdict: the verdict.
        public init(_ verdict: Verdict) {
            patron = verdict.patron
            expected = verdict.expected.rawValue
            realized = verdict.realized.rawValue
            self.verdict = verdict.kind
            derivation = verdict.derivation
        }
    }

    /// A commitment in the export.
    public struct CommitmentEntry: Sendable, Codable {
        public var id: String
        public var patron: String
        public var client: String
        public var kind: Commitment.Kind
        public var via: String?
        public var atop: Int?
        public var started: PartialDate
        public var ended: PartialDate?
        public var scope: Scope
        public var sources: [Source]
    }

    /// Builds the export of a judged ledger.
    ///
    /// - Parameters:
    ///   - reading: the judged ledger.
    ///   - board: the period to score.
    public init(_ reading: LedgerReading, board: Scoreboard = Scoreboard()) {
        asOf = reading.asOf
        patrons = board.scores(reading.judgement.verdicts, ledger: reading.ledger)
            .map { PatronSummary($0, name: reading.name(of: $0.patron)) }
        let verdicts = Dictionary(grouping: reading.judgement.verdicts, by: \.testID)
        let uncovered = Dictionary(grouping: reading.judgement.uncovered, by: \.testID)
        let unrecorded = Dictionary(grouping: reading.judgement.unrecorded, by: \.testID)
        tests = reading.ledger.tests.sorted { ($0.started, $0.id) < ($1.started, $1.id) }.map { test in
            TestEntry(
                id: test.id, title: test.title, client: test.client, adversary: test.adversary, threat: test.threat,
                place: test.place, started: test.started, ended: test.ended, outcome: test.outcome,
                verdicts: (verdicts[test.id] ?? []).map(VerdictEntry.init), uncovered: uncovered[test.id] ?? [],
                unrecorded: unrecorded[test.id] ?? [],
                sources: reading.sources(test.sources))
        }
        commitments = reading.ledger.commitments.map { commitment in
            CommitmentEntry(
                id: commitment.id, patron: commitment.patron, client: commitment.client, kind: commitment.kind,
                via: commitment.via, atop: commitment.atopID, started: commitment.started, ended: commitment.ended,
                scope: commitment.scope, sources: reading.sources(commitment.sources))
        }
    }
}
