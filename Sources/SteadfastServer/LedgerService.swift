import Foundation
import SteadfastCaseBase
import SteadfastCore
import SteadfastStore
import SteadfastText

/// The ledger as the server sees it: the store, the rules and day it judges by, the text pipeline, and
/// the judged ledger kept between requests until a write changes it.
public actor LedgerService {
    /// The judged ledger and the documents built from it, computed once per change.
    public struct Snapshot: Sendable {
        /// The judged ledger.
        public var reading: LedgerReading
        /// The export document (leaderboard, tests, commitments).
        public var export: ExportDocument
    }

    /// The store.
    public nonisolated let store: SQLLedgerStore
    /// The verdict rules.
    public nonisolated let rules: VerdictRules
    /// The day verdicts are judged as of.
    public nonisolated let asOf: Day
    /// The pipeline articles go through.
    public nonisolated let pipeline: TextPipeline
    private var snapshot: Snapshot?

    /// Creates the service over an open store.
    ///
    /// - Parameters:
    ///   - store: the open store, its case base synchronized.
    ///   - caseBase: the case base, for the names the coder knows.
    ///   - rules: the verdict rules.
    ///   - asOf: the day to judge as of.
    /// - Throws: `TextError.badDictionary` if a shipped lexicon is damaged.
    public init(store: SQLLedgerStore, caseBase: CaseBase, rules: VerdictRules, asOf: Day) throws {
        self.store = store
        self.rules = rules
        self.asOf = asOf
        pipeline = try TextPipeline.standard(registry: caseBase.ledger.registry)
    }

    /// The judged ledger, read from the store after each change.
    ///
    /// - Returns: the snapshot.
    /// - Throws: `StoreError` when the database cannot be read.
    public func current() async throws -> Snapshot {
        if let snapshot { return snapshot }
        let reading = LedgerReading(ledger: try await store.ledger(), rules: rules, asOf: asOf)
        let fresh = Snapshot(reading: reading, export: ExportDocument(reading))
        snapshot = fresh
        return fresh
    }

    /// Forgets the judged ledger after a write, so that the next read sees the change.
    public func invalidate() {
        snapshot = nil
    }

    /// A linker for candidates, over the ledger's tests as of now.
    ///
    /// - Returns: the linker.
    /// - Throws: `StoreError` when the database cannot be read.
    public func linker() async throws -> CandidateLinker {
        CandidateLinker(tests: try await current().reading.ledger.tests, rules: rules, asOf: asOf)
    }
}
