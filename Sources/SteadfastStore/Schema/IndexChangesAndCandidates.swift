import FluentKit
import SQLKit

/// Version 8: the pages read a thing's changes (`audit_events` by entity and identifier) and a
/// document's candidates (`candidates` by document) on every view; without indexes both scan a table
/// that grows with every decision and every event import.
struct IndexChangesAndCandidates: AsyncMigration {
    var name: String { "steadfast.v8.index-changes-candidates" }

    func prepare(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.create(index: "audit_events_entity").on("audit_events").column("entity").column("entity_id")
            .run()
        try await sql.create(index: "candidates_document").on("candidates").column("document_id").run()
    }

    func revert(on database: any Database) async throws {
        guard let sql = database as? any SQLDatabase else { return }
        try await sql.drop(index: "candidates_document").run()
        try await sql.drop(index: "audit_events_entity").run()
    }
}
