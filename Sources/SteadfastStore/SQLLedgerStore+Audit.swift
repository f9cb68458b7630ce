import FluentKit
import Foundation
import SQLKit

extension SQLLedgerStore {
    /// Appends an entry to the audit trail.
    ///
    /// - Parameters:
    ///   - entry: the change.
    /// - Throws: `StoreError.writeFailed` when it cannot be written.
    public func record(_ entry: AuditEntry) async throws {
        try await write { sql in try await Self.record(entry, sql) }
    }

    /// The audit trail, oldest first, optionally only the changes to one kind of thing or one thing.
    ///
    /// - Parameters:
    ///   - entity: only changes to this kind of thing (`commitment`, `candidate` …); nil for all.
    ///   - entityID: only changes to the thing with this identifier; nil for all.
    ///   - limit: at most this many entries, the most recent ones; nil for all.
    /// - Returns: the entries.
    /// - Throws: `StoreError` when the database cannot be read.
    public func auditTrail(entity: String? = nil, entityID: String? = nil, limit: Int? = nil) async throws
        -> [AuditEntry]
    {
        let sql = try Self.sql(try database)
        var query = sql.select().columns("*").from("audit_events")
        if let entity { query = query.where("entity", .equal, entity) }
        if let entityID { query = query.where("entity_id", .equal, entityID) }
        query = query.orderBy("id", .descending)
        if let limit { query = query.limit(limit) }
        let rows = try await query.all(decoding: AuditRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        return rows.reversed().map(\.entry)
    }

    /// The changes to several things of one kind, oldest first: what a page shows for a document and
    /// the candidates read from it, or a test and its responses.
    ///
    /// - Parameters:
    ///   - entity: the kind of thing changed.
    ///   - entityIDs: the identifiers of the things.
    ///   - limit: at most this many entries, the most recent ones; nil for all.
    /// - Returns: the entries.
    /// - Throws: `StoreError` when the database cannot be read.
    public func auditTrail(entity: String, entityIDs: [String], limit: Int? = nil) async throws -> [AuditEntry] {
        let sql = try Self.sql(try database)
        var rows: [AuditRow] = []
        let ids = Array(Set(entityIDs))
        for start in stride(from: 0, to: ids.count, by: BulkWrite.bindLimit - 1) {
            let part = Array(ids[start..<min(start + BulkWrite.bindLimit - 1, ids.count)])
            rows += try await sql.select().columns("*").from("audit_events").where("entity", .equal, entity)
                .where("entity_id", .in, part)
                .all(decoding: AuditRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        }
        rows.sort { ($0.id ?? 0) < ($1.id ?? 0) }
        if let limit, rows.count > limit { rows.removeFirst(rows.count - limit) }
        return rows.map(\.entry)
    }

    static func record(_ entry: AuditEntry, _ sql: any SQLDatabase) async throws {
        try await sql.insert(into: "audit_events").model(
            AuditInsertRow(entry), keyEncodingStrategy: .convertToSnakeCase, nilEncodingStrategy: .asNil
        ).run()
    }

    static func record(_ entries: [AuditEntry], _ sql: any SQLDatabase) async throws {
        try await BulkWrite.insert(entries.map(AuditInsertRow.init), into: "audit_events", sql)
    }
}
