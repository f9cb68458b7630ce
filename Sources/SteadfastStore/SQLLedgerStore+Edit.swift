import FluentKit
import Foundation
import SQLKit
import SteadfastCore

/// What an edit of the case base changed: the thing before (nil when it is new) and after (nil when removed).
public struct LedgerEdit<Value: Sendable & Codable>: Sendable {
    /// The value before the edit.
    public var before: Value?
    /// The value after the edit.
    public var after: Value?
}

extension SQLLedgerStore {
    /// Origin of ledger rows written through the server's API.
    public static let apiOrigin = "api"

    /// Creates or replaces a commitment written through the API (origin `api`), and records the change
    /// in the audit trail, in one transaction. Commitments from the case base files or imports are not
    /// edited here: their files are the truth, and the next synchronization would overwrite the edit.
    ///
    /// - Parameters:
    ///   - commitment: the commitment; its identifier names the row.
    ///   - actor: who edits, for the audit trail.
    /// - Returns: the commitment before and after.
    /// - Throws: `StoreError.invalidDecision` when a row with that identifier has another origin;
    ///   `StoreError.writeFailed` after rolling back.
    public func putCommitment(_ commitment: Commitment, actor: String) async throws -> LedgerEdit<Commitment> {
        try await write { sql in
            let existing = try await Self.commitmentRow(commitment.id, sql)
            if let existing, existing.origin != Self.apiOrigin {
                throw StoreError.invalidDecision(
                    "commitment '\(commitment.id)' comes from \(existing.origin), not the API: edit its source instead")
            }
            var position = existing?.position ?? 0
            if existing == nil { position = try await Self.nextPosition("commitments", sql) }
            let row = try CommitmentRow(commitment, position: position, origin: Self.apiOrigin)
            try await sql.delete(from: "commitments").where("id", .equal, commitment.id).run()
            try await sql.insert(into: "commitments")
                .model(row, keyEncodingStrategy: .convertToSnakeCase, nilEncodingStrategy: .asNil).run()
            let edit = LedgerEdit(before: try existing?.commitment(), after: commitment)
            try await Self.record(
                AuditEntry(
                    actor: actor, action: "commitment.put", entity: "commitment", entityID: commitment.id,
                    before: try edit.before.map(AuditEntry.json), after: try AuditEntry.json(commitment)), sql)
            return edit
        }
    }

    /// Removes a commitment written through the API, and records the change in the audit trail, in one
    /// transaction.
    ///
    /// - Parameters:
    ///   - id: the commitment's identifier.
    ///   - actor: who removes it, for the audit trail.
    /// - Returns: the commitment before; after is nil.
    /// - Throws: `StoreError.invalidDecision` for an unknown commitment or one with another origin;
    ///   `StoreError.writeFailed` after rolling back.
    public func deleteCommitment(_ id: String, actor: String) async throws -> LedgerEdit<Commitment> {
        try await write { sql in
            guard let existing = try await Self.commitmentRow(id, sql) else {
                throw StoreError.invalidDecision("unknown commitment '\(id)'")
            }
            guard existing.origin == Self.apiOrigin else {
                throw StoreError.invalidDecision(
                    "commitment '\(id)' comes from \(existing.origin), not the API: edit its source instead")
            }
            try await sql.delete(from: "commitments").where("id", .equal, id).run()
            let before = try existing.commitment()
            try await Self.record(
                AuditEntry(
                    actor: actor, action: "commitment.delete", entity: "commitment", entityID: id,
                    before: try AuditEntry.json(before), after: nil), sql)
            return LedgerEdit(before: before, after: nil)
        }
    }

    private static func commitmentRow(_ id: String, _ sql: any SQLDatabase) async throws -> CommitmentRow? {
        try await sql.select().columns("*").from("commitments").where("id", .equal, id)
            .first(decoding: CommitmentRow.self, keyDecodingStrategy: .convertFromSnakeCase)
    }

    private static func nextPosition(_ table: String, _ sql: any SQLDatabase) async throws -> Int {
        struct Highest: Decodable { var highest: Int? }
        let row = try await sql.select().column(SQLFunction("MAX", args: SQLColumn("position")), as: "highest")
            .from(table).first(decoding: Highest.self)
        return (row?.highest ?? -1) + 1
    }
}
