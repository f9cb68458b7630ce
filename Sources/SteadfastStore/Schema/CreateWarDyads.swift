import FluentKit

/// Version 9: who fought whom in each COW inter-state war, one row per directed dyad-year, for the
/// historical ledger's reading of a partner fighting against its ally.
struct CreateWarDyads: AsyncMigration {
    var name: String { "steadfast.v9.war-dyads" }

    func prepare(on database: any Database) async throws {
        try await database.schema("war_dyads")
            .field("id", .string, .identifier(auto: false))
            .field("war_number", .int, .required).field("state1", .int, .required)
            .field("state2", .int, .required).field("year", .int, .required)
            .field("line", .int, .required).field("origin", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("war_dyads").delete()
    }
}
