import FluentKit

/// Version 2: states may carry more than one COW number (West Germany's 260 for DEU).
struct AddOtherCOWCodes: AsyncMigration {
    var name: String { "steadfast.v2.other-cow-codes" }

    func prepare(on database: any Database) async throws {
        try await database.schema("actors").field("other_cow_codes", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("actors").deleteField("other_cow_codes").update()
    }
}
