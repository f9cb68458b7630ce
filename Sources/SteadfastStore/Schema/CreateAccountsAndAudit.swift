import FluentKit

/// Version 6: the server's accounts (bearer tokens, stored as SHA-256 hashes only) and the audit
/// trail of every change made through the server or the token commands.
struct CreateAccountsAndAudit: AsyncMigration {
    var name: String { "steadfast.v6.accounts-audit" }

    func prepare(on database: any Database) async throws {
        try await database.schema("tokens")
            .field("name", .string, .identifier(auto: false))
            .field("role", .string, .required)
            .field("hash", .string, .required)
            .field("created_at", .double, .required)
            .field("revoked_at", .double)
            .unique(on: "hash")
            .create()
        try await database.schema("audit_events")
            .field("id", .int64, .identifier(auto: true))
            .field("at", .double, .required)
            .field("actor", .string, .required)
            .field("action", .string, .required)
            .field("entity", .string, .required)
            .field("entity_id", .string, .required)
            .field("before", .string)
            .field("after", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_events").delete()
        try await database.schema("tokens").delete()
    }
}
