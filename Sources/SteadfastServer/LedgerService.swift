import Foundation
import SteadfastCaseBase
import SteadfastCore
import SteadfastStore
import SteadfastText

/// The ledger as the server sees it: the store, the rules and day it judges by, the text pipeline, and
/// the judged ledger kept between requests while the store's revision stays the same.
public actor LedgerService {
    /// The judged ledger and the documents built from it, computed once per revision of the store.
    public struct Snapshot: Sendable {
        /// The judged ledger.
        public var reading: LedgerReading
        /// The export document (leaderboard, tests, commitments).
        public var export: ExportDocument
        /// The store's revision read before the ledger: the snapshot holds every write up to it.
        public var revision: Int
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
    /// The snapshot being built, and the revision it was asked for; requests that see no newer
    /// revision wait for it instead of building their own.
    private var building: (revision: Int, task: Task<Snapshot, any Error>)?
    /// The latest revision read, started or waiting for the one before it to finish.
    private var lastRead: Task<Int, any Error>?
    /// A revision read that has not started its query yet: requests arriving now may share it,
    /// since it will see every write committed before they arrived.
    private var openRead: (number: Int, task: Task<Int, any Error>)?
    private var reads = 0

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

    /// The judged ledger as of the store's revision now: whatever process wrote last (this server, the
    /// CLI, another server on the same database) before this call, the snapshot returned holds its
    /// write. One small read of the revision, begun after the call (and shared by the calls that
    /// arrive while the previous read runs); the ledger is read and judged again only when the
    /// revision has moved, once for all the requests that saw the same revision.
    ///
    /// - Returns: the snapshot, at the revision read or a later one.
    /// - Throws: `StoreError` when the database cannot be read.
    public func current() async throws -> Snapshot {
        let revision = try await revisionNow()
        if let snapshot, snapshot.revision >= revision { return snapshot }
        if let building, building.revision >= revision { return try await building.task.value }
        let task = Task { [store, rules, asOf] in
            try await Self.build(store: store, rules: rules, asOf: asOf, revision: revision)
        }
        building = (revision, task)
        defer { if building?.revision == revision { building = nil } }
        let fresh = try await task.value
        if (snapshot?.revision ?? -1) < fresh.revision { snapshot = fresh }
        return fresh
    }

    /// The store's revision, read by a query that starts after this call: one query at a time, each
    /// shared by the requests that arrived while the one before it ran.
    private func revisionNow() async throws -> Int {
        if let openRead { return try await openRead.task.value }
        reads += 1
        let number = reads
        let previous = lastRead
        let task = Task { [store] in
            _ = await previous?.result
            self.close(number)
            return try await store.revision()
        }
        openRead = (number, task)
        lastRead = task
        return try await task.value
    }

    private func close(_ read: Int) {
        if openRead?.number == read { openRead = nil }
    }

    /// Reads and judges the ledger, away from the actor so that requests keep flowing meanwhile.
    private static func build(store: SQLLedgerStore, rules: VerdictRules, asOf: Day, revision: Int) async throws
        -> Snapshot
    {
        let reading = LedgerReading(ledger: try await store.ledger(), rules: rules, asOf: asOf)
        return Snapshot(reading: reading, export: ExportDocument(reading), revision: revision)
    }

    /// A linker for candidates, over the ledger's tests as of now.
    ///
    /// - Returns: the linker.
    /// - Throws: `StoreError` when the database cannot be read.
    public func linker() async throws -> CandidateLinker {
        CandidateLinker(tests: try await current().reading.ledger.tests, rules: rules, asOf: asOf)
    }
}
