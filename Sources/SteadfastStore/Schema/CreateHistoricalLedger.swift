import FluentKit

/// The historical ledger's inputs: Correlates of War inter-state war participations (one row per
/// state and side, up to two spells) and ATOP memberships with each member's obligations and
/// their conditions, keyed by COW state numbers so that states the registry does not know
/// (Bavaria, Saxony, the Two Sicilies) still count.
struct CreateHistoricalLedger: AsyncMigration {
    var name: String { "steadfast.historical-ledger" }

    func prepare(on database: any Database) async throws {
        try await database.schema("war_participants")
            .field("id", .string, .identifier(auto: false))
            .field("war_number", .int, .required).field("war_name", .string, .required)
            .field("war_type", .int, .required).field("state", .int, .required)
            .field("state_name", .string, .required).field("side", .int, .required)
            .field("started1", .string, .required).field("ended1", .string)
            .field("started2", .string).field("ended2", .string)
            .field("trans_from", .string).field("trans_to", .string).field("where_fought", .int, .required)
            .field("initiator", .bool, .required).field("outcome", .int, .required)
            .field("battle_deaths", .int).field("version", .string).field("line", .int, .required)
            .field("origin", .string, .required)
            .create()
        try await database.schema("atop_memberships")
            .field("id", .string, .identifier(auto: false))
            .field("alliance_id", .int, .required).field("member", .int, .required)
            .field("entered", .string, .required).field("exited", .string)
            .field("obligations", .string, .required).field("origin", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("atop_memberships").delete()
        try await database.schema("war_participants").delete()
    }
}
