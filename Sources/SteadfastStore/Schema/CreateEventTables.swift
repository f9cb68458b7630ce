import FluentKit
import SQLKit

/// Event data (GDELT, ICEWS): the files imported, one row per distinct event group (dyad, day,
/// CAMEO code) with its counts and sums, and the provenance of every row read: kept rows by their
/// dataset id, collapsed duplicates with the rule and the row they collapsed into.
struct CreateEventTables: AsyncMigration {
    var name: String { "steadfast.events.v1" }

    func prepare(on database: any Database) async throws {
        try await database.schema("event_files")
            .field("id", .string, .identifier(auto: false))
            .field("dataset", .string, .required).field("path", .string, .required).field("layout", .string)
            .field("rows", .int, .required).field("events", .int, .required).field("duplicates", .int, .required)
            .field("malformed", .int, .required).field("malformed_rows", .string, .required)
            .field("bytes", .int, .required).field("imported_at", .double, .required)
            .create()
        try await database.schema("event_groups")
            .field("dataset", .string, .required).field("source", .string, .required)
            .field("target", .string, .required).field("day", .string, .required).field("code", .string, .required)
            .field("events", .int, .required).field("goldstein", .double, .required)
            .field("mentions", .int, .required).field("sources", .int, .required).field("articles", .int, .required)
            .field("urls", .string, .required).field("row_ids", .string, .required)
            .unique(on: "dataset", "source", "target", "day", "code")
            .create()
        try await database.schema("event_rows")
            .field("dataset", .string, .required).field("row_id", .string, .required)
            .field("content", .int64).field("file_id", .string, .required).field("line", .int, .required)
            .field("source", .string, .required).field("target", .string, .required)
            .field("day", .string, .required).field("code", .string, .required)
            .unique(on: "dataset", "row_id")
            .create()
        try await database.schema("event_collapses")
            .field("dataset", .string, .required).field("row_id", .string, .required)
            .field("file_id", .string, .required).field("line", .int, .required)
            .field("rule", .string, .required).field("kept_id", .string, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.create(index: "event_rows_content").on("event_rows").column("dataset").column("content").run()
            try await sql.create(index: "event_rows_key").on("event_rows").column("source").column("target")
                .column("day").run()
            try await sql.create(index: "event_groups_dyad_day").on("event_groups").column("source").column("target")
                .column("day").run()
        }
    }

    func revert(on database: any Database) async throws {
        for table in ["event_collapses", "event_rows", "event_groups", "event_files"] {
            try await database.schema(table).delete()
        }
    }
}
