import FluentKit
import SQLKit
import SteadfastCore

/// What merging imported rows into the ledger did.
public struct MergeSummary: Sendable, Hashable, Codable {
    /// Rows that were not in the ledger.
    public var added: Int
    /// Rows whose content changed.
    public var changed: Int
    /// Rows already there as they are.
    public var unchanged: Int
    /// Rows of the same origin that the new import no longer holds, removed.
    public var removed: Int
}

extension SQLLedgerStore {
    /// Makes the ledger's commitments of one origin exactly `commitments`, in one transaction:
    /// new rows are added, changed rows replaced, rows no longer present removed.
    ///
    /// Importing the same rows twice changes nothing; rows from other origins are never touched.
    ///
    /// - Parameters:
    ///   - commitments: the commitments.
    ///   - sources: the sources they cite.
    ///   - origin: the origin recorded on every row, such as `atop`.
    /// - Returns: counts of commitments added, changed and unchanged.
    /// - Throws: `StoreError.writeFailed` after rolling back.
    public func merge(commitments: [Commitment], sources: [Source], origin: String) async throws -> MergeSummary {
        let commitmentRows = try commitments.enumerated().map { try CommitmentRow($1, position: $0, origin: origin) }
        let sourceRows = try sources.map { try SourceRow($0, origin: origin) }
        return try await write { sql in
            try await Self.mergeCommitments(commitmentRows, sources: sourceRows, origin: origin, sql)
        }
    }

    /// Merges commitment and source rows of one origin inside a transaction the caller holds.
    static func mergeCommitments(
        _ commitmentRows: [CommitmentRow], sources sourceRows: [SourceRow], origin: String, _ sql: any SQLDatabase
    ) async throws -> MergeSummary {
        let existing = try await sql.select().columns("*").from("commitments").where("origin", .equal, origin)
            .all(decoding: CommitmentRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        let byID = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let incoming = Set(commitmentRows.map(\.id))
        let gone = existing.map(\.id).filter { !incoming.contains($0) }
        var summary = MergeSummary(added: 0, changed: 0, unchanged: 0, removed: gone.count)
        var writes: [CommitmentRow] = []
        for row in commitmentRows {
            guard let old = byID[row.id] else {
                summary.added += 1
                writes.append(row)
                continue
            }
            if old.sameContent(as: row) {
                summary.unchanged += 1
            } else {
                summary.changed += 1
                writes.append(row)
            }
        }
        try await Self.delete(ids: gone, from: "commitments", origin: origin, sql)
        try await Self.replace(writes, ids: writes.map(\.id), in: "commitments", origin: origin, sql)
        try await Self.replace(sourceRows, ids: sourceRows.map(\.id), in: "sources", origin: origin, sql)
        return summary
    }

    static func delete(ids: [String], from table: String, origin: String, _ sql: any SQLDatabase) async throws {
        try await BulkWrite.delete(ids: ids, from: table, origin: origin, sql)
    }

    static func replace<Row: Encodable>(
        _ rows: [Row], ids: [String], in table: String, origin: String, _ sql: any SQLDatabase
    ) async throws {
        try await BulkWrite.delete(ids: ids, from: table, origin: origin, sql)
        try await BulkWrite.insert(rows, into: table, sql)
    }
}

extension CommitmentRow {
    /// Equal in everything but the position, which is only the order of the import.
    func sameContent(as other: CommitmentRow) -> Bool {
        var copy = other
        copy.position = position
        return self == copy
    }
}
