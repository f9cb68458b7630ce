import FluentKit
import SQLKit
import SteadfastCore

/// What importing ATOP wrote: the commitments the verdict rules read and the memberships the
/// historical ledger reads.
public struct ATOPMergeSummary: Sendable, Hashable, Codable {
    /// Commitments.
    public var commitments: MergeSummary
    /// Memberships with their obligations.
    public var memberships: MergeSummary
}

/// What importing COW wars wrote: the participations, and the dyad-years saying who fought whom.
public struct COWMergeSummary: Sendable, Hashable, Codable {
    /// Participations (one per state and side).
    public var participants: MergeSummary
    /// Directed dyad-years.
    public var dyads: MergeSummary
}

extension SQLLedgerStore {
    static let cowOrigin = "cow"
    static let atopOrigin = "atop"

    /// Makes the stored COW data exactly those of an import, in one transaction: the war
    /// participations, and the dyad-years when given (without them, dyad-years stored earlier are
    /// removed, and the historical ledger reads fighting against an ally from the sides). Importing
    /// the same files twice changes nothing.
    ///
    /// - Parameters:
    ///   - wars: the participants import.
    ///   - dyads: the dyad-year import read with it, nil for none.
    /// - Returns: counts of rows added, changed, unchanged and removed, for each table.
    /// - Throws: `StoreError.writeFailed` after rolling back.
    public func merge(wars: COWWarImport, dyads: COWDyadImport? = nil) async throws -> COWMergeSummary {
        let rows = wars.records.map { WarParticipantRow($0, origin: Self.cowOrigin) }
        let dyadRows = (dyads?.records ?? []).map { WarDyadRow($0, origin: Self.cowOrigin) }
        return try await write { sql in
            let participants = try await Self.mergeRows(rows, in: "war_participants", origin: Self.cowOrigin, sql) {
                $0.sameContent(as: $1)
            }
            let dyads = try await Self.mergeRows(dyadRows, in: "war_dyads", origin: Self.cowOrigin, sql) {
                $0.sameContent(as: $1)
            }
            return COWMergeSummary(participants: participants, dyads: dyads)
        }
    }

    /// Writes an ATOP import in one transaction: its commitments and sources, and its memberships
    /// for the historical ledger; importing the same files twice changes nothing.
    ///
    /// - Parameters:
    ///   - atop: the import.
    /// - Returns: what changed.
    /// - Throws: `StoreError.writeFailed` after rolling back.
    public func merge(atop: ATOPImport) async throws -> ATOPMergeSummary {
        let commitmentRows = try atop.commitments.enumerated().map {
            try CommitmentRow($1, position: $0, origin: Self.atopOrigin)
        }
        let sourceRows = try atop.sources.map { try SourceRow($0, origin: Self.atopOrigin) }
        let membershipRows = try ATOPMembershipRow.rows(atop.memberships, origin: Self.atopOrigin)
        return try await write { sql in
            let commitments = try await Self.mergeCommitments(
                commitmentRows, sources: sourceRows, origin: Self.atopOrigin, sql)
            let memberships = try await Self.mergeRows(
                membershipRows, in: "atop_memberships", origin: Self.atopOrigin, sql, same: ==)
            return ATOPMergeSummary(commitments: commitments, memberships: memberships)
        }
    }

    /// The historical ledger built from the stored war participations, dyad-years and ATOP memberships.
    ///
    /// - Returns: the ledger.
    /// - Throws: `StoreError` when the database cannot be read.
    public func historicalLedger() async throws -> HistoricalLedger {
        let sql = try Self.sql(try database)
        let wars = try await Self.rows(WarParticipantRow.self, "war_participants", sql) { $0.id }
        let memberships = try await Self.rows(ATOPMembershipRow.self, "atop_memberships", sql) { $0.id }
        let dyads = try await Self.rows(WarDyadRow.self, "war_dyads", sql) { $0.id }
        return HistoricalLedger(
            participations: try wars.map { try $0.participation() },
            memberships: try memberships.map { try $0.membership() }, dyads: dyads.map(\.dyad))
    }

    /// Makes a table's rows of one origin exactly `rows`: new ones added, changed ones replaced,
    /// missing ones removed.
    static func mergeRows<Row: Codable & Identified>(
        _ rows: [Row], in table: String, origin: String, _ sql: any SQLDatabase,
        same: (Row, Row) -> Bool
    ) async throws -> MergeSummary {
        let existing = try await sql.select().columns("*").from(table).where("origin", .equal, origin)
            .all(decoding: Row.self, keyDecodingStrategy: .convertFromSnakeCase)
        let byID = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let incoming = Set(rows.map(\.id))
        let gone = existing.map(\.id).filter { !incoming.contains($0) }
        var summary = MergeSummary(added: 0, changed: 0, unchanged: 0, removed: gone.count)
        var writes: [Row] = []
        for row in rows {
            if let old = byID[row.id] {
                if same(old, row) {
                    summary.unchanged += 1
                    continue
                }
                summary.changed += 1
            } else {
                summary.added += 1
            }
            writes.append(row)
        }
        try await delete(ids: gone, from: table, origin: origin, sql)
        try await replace(writes, ids: writes.map(\.id), in: table, origin: origin, sql)
        return summary
    }
}

/// A row with a text identifier.
protocol Identified {
    var id: String { get }
}

extension WarParticipantRow: Identified {}
extension ATOPMembershipRow: Identified {}
extension WarDyadRow: Identified {}
