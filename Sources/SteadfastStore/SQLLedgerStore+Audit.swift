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

    static func record(_ entry: AuditEntry, _ sql: any SQLDatabase) async throws {
        try await sql.insert(into: "audit_events").model(
            AuditInsertRow(entry), keyEncodingStrategy: .convertToSnakeCase, nilEncodingStrategy: .asNil
        ).run()
    }
}
