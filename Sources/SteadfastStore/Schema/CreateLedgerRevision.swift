import FluentKit
import SQLKit

/// Version 10: the ledger's revision, one row that every write transaction advances, so that a
/// process holding a judged ledger (the server) can tell with one small read whether another
/// process (the CLI, a second server) has written since.
struct CreateLedgerRevision: AsyncMigration {
    var name: String { "steadfast.v10.ledger-revision" }

    func prepare(on database: any Database) async throws {
        try await database.schema("ledger_revision")
            .field("id", .int, .identifier(auto: false))
            .field("revision", .int64, .required)
            .create()
        try await SQLLedgerStore.sql(database).insert(into: "ledger_revision").columns("id", "revision")
            .values(SQLBind(SQLLedgerStore.revisionRowID), SQLBind(0)).run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("ledger_revision").delete()
    }
}
