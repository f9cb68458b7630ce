import FluentKit
import Foundation
import SQLKit

extension SQLLedgerStore {
    /// Stores a new token's hash under a name, and records it in the audit trail, in one transaction.
    ///
    /// - Parameters:
    ///   - name: the token's name, unique among tokens ever created.
    ///   - role: its role.
    ///   - hash: the SHA-256 hash of the token (hexadecimal); the token itself is never stored.
    ///   - actor: who creates it, for the audit trail.
    /// - Returns: the new account.
    /// - Throws: `StoreError.invalidDecision` when the name is taken; `StoreError.writeFailed` after
    ///   rolling back.
    public func createToken(name: String, role: Account.Role, hash: String, actor: String) async throws -> Account {
        let row = TokenRow(name: name, role: role.rawValue, hash: hash, createdAt: Date().timeIntervalSince1970)
        let account = try row.account()
        return try await write { sql in
            let existing = try await sql.select().column("name").from("tokens").where("name", .equal, name).first()
            guard existing == nil else { throw StoreError.invalidDecision("a token named '\(name)' already exists") }
            try await sql.insert(into: "tokens").model(row, keyEncodingStrategy: .convertToSnakeCase).run()
            try await Self.record(
                AuditEntry(
                    actor: actor, action: "token.create", entity: "token", entityID: name, before: nil,
                    after: try AuditEntry.json(account)), sql)
            return account
        }
    }

    /// Every token ever created, revoked ones included, by name.
    ///
    /// - Returns: the accounts.
    /// - Throws: `StoreError` when the database cannot be read.
    public func accounts() async throws -> [Account] {
        let sql = try Self.sql(try database)
        return try await Self.rows(TokenRow.self, "tokens", sql) { $0.name }.map { try $0.account() }
    }

    /// The account a token hash belongs to, if the token exists and is not revoked.
    ///
    /// - Parameters:
    ///   - hash: the SHA-256 hash of the presented token.
    /// - Returns: the account, or nil.
    /// - Throws: `StoreError` when the database cannot be read.
    public func account(tokenHash hash: String) async throws -> Account? {
        let sql = try Self.sql(try database)
        return try await sql.select().columns("*").from("tokens").where("hash", .equal, hash)
            .where("revoked_at", .is, SQLLiteral.null)
            .first(decoding: TokenRow.self, keyDecodingStrategy: .convertFromSnakeCase)?.account()
    }

    /// Revokes a token, and records it in the audit trail, in one transaction.
    ///
    /// - Parameters:
    ///   - name: the token's name.
    ///   - actor: who revokes it, for the audit trail.
    /// - Returns: the account as revoked.
    /// - Throws: `StoreError.invalidDecision` for an unknown or already revoked token;
    ///   `StoreError.writeFailed` after rolling back.
    public func revokeToken(name: String, actor: String) async throws -> Account {
        try await write { sql in
            guard
                let row = try await sql.select().columns("*").from("tokens").where("name", .equal, name)
                    .first(decoding: TokenRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            else { throw StoreError.invalidDecision("no token named '\(name)'") }
            guard row.revokedAt == nil else { throw StoreError.invalidDecision("token '\(name)' was already revoked") }
            var revoked = row
            revoked.revokedAt = Date().timeIntervalSince1970
            try await sql.update("tokens").set("revoked_at", to: revoked.revokedAt).where("name", .equal, name).run()
            try await Self.record(
                AuditEntry(
                    actor: actor, action: "token.revoke", entity: "token", entityID: name,
                    before: try AuditEntry.json(try row.account()), after: try AuditEntry.json(try revoked.account())),
                sql)
            return try revoked.account()
        }
    }
}
