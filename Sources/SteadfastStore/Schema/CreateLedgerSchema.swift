import FluentKit

/// Version 1 of the ledger schema: the same tables on every database Fluent drives.
///
/// Lists (aliases, roles, scope, source ids) are JSON text columns: they are read with their row
/// and never queried inside. Dates are ISO 8601 text, as precise as known. Every row records its
/// `position` in the case base (so a ledger reads back in the order it was written) and its
/// `origin` ("casebase" for the built-in case base) so that reloading the case base never touches
/// what users added.
struct CreateLedgerSchema: AsyncMigration {
    var name: String { "steadfast.v1.ledger" }

    func prepare(on database: any Database) async throws {
        try await database.schema("case_base_state")
            .field("name", .string, .identifier(auto: false))
            .field("fingerprint", .string, .required)
            .field("loaded_at", .double, .required)
            .field("files", .int, .required)
            .create()
        try await database.schema("actors")
            .field("code", .string, .identifier(auto: false))
            .field("kind", .string, .required).field("name", .string, .required)
            .field("aliases", .string, .required).field("cow_code", .int)
            .field("valid_from", .string).field("valid_until", .string)
            .field("predecessor", .string).field("country", .string)
            .field("members", .string, .required).field("roles", .string, .required)
            .field("origin", .string, .required)
            .create()
        try await database.schema("places")
            .field("name", .string, .identifier(auto: false))
            .field("within", .string, .required).field("origin", .string, .required)
            .create()
        try await database.schema("sources")
            .field("id", .string, .identifier(auto: false))
            .field("kind", .string, .required).field("publisher", .string, .required)
            .field("title", .string, .required).field("date", .string).field("url", .string)
            .field("authors", .string, .required).field("origin", .string, .required)
            .create()
        try await createLedgerTables(on: database)
    }

    private func createLedgerTables(on database: any Database) async throws {
        try await database.schema("commitments")
            .field("id", .string, .identifier(auto: false)).field("position", .int, .required)
            .field("patron", .string, .required).field("client", .string, .required)
            .field("kind", .string, .required).field("via", .string).field("atop_id", .int)
            .field("started", .string, .required).field("ended", .string)
            .field("scope", .string, .required).field("sources", .string, .required)
            .field("origin", .string, .required)
            .create()
        try await database.schema("tests")
            .field("id", .string, .identifier(auto: false)).field("position", .int, .required)
            .field("title", .string, .required).field("client", .string, .required).field("adversary", .string)
            .field("threat", .string, .required).field("place", .string)
            .field("targets_regime", .bool, .required)
            .field("started", .string, .required).field("ended", .string)
            .field("severity", .string).field("outcome", .string).field("summary", .string)
            .field("sources", .string, .required).field("origin", .string, .required)
            .create()
        try await database.schema("responses")
            .field("id", .string, .identifier(auto: false)).field("position", .int, .required)
            .field("test_id", .string, .required).field("patron", .string, .required)
            .field("level", .int, .required).field("scale", .string, .required)
            .field("direction", .string, .required).field("date", .string, .required)
            .field("summary", .string, .required).field("confidence", .double, .required)
            .field("status", .string, .required).field("evidence", .string, .required)
            .field("origin", .string, .required)
            .create()
        try await database.schema("claims")
            .field("id", .string, .identifier(auto: false)).field("position", .int, .required)
            .field("test_id", .string, .required).field("claimant", .string, .required)
            .field("stance", .string, .required).field("statement", .string, .required)
            .field("date", .string).field("about", .string).field("contests", .string)
            .field("sources", .string, .required).field("origin", .string, .required)
            .create()
        try await database.schema("wars")
            .field("id", .string, .identifier(auto: false)).field("position", .int, .required)
            .field("patron", .string, .required).field("name", .string, .required)
            .field("theatre", .string, .required).field("scale", .string, .required)
            .field("started", .string, .required).field("ended", .string)
            .field("sources", .string, .required).field("origin", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["wars", "claims", "responses", "tests", "commitments", "sources", "places", "actors"] {
            try await database.schema(table).delete()
        }
        try await database.schema("case_base_state").delete()
    }
}
