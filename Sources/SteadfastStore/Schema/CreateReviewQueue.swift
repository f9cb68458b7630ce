import FluentKit

/// Version 3: ingested documents (their stored text, identified by the fingerprint of their
/// normalized text) and the review queue of events coded from them.
struct CreateReviewQueue: AsyncMigration {
    var name: String { "steadfast.v3.review-queue" }

    func prepare(on database: any Database) async throws {
        try await database.schema("documents")
            .field("id", .string, .identifier(auto: false))
            .field("fingerprint", .string, .required)
            .field("name", .string, .required).field("title", .string).field("publisher", .string)
            .field("url", .string).field("published", .string).field("authors", .string, .required)
            .field("text", .string, .required).field("ingested_at", .double, .required)
            .unique(on: "fingerprint")
            .create()
        try await database.schema("candidates")
            .field("id", .string, .identifier(auto: false))
            .field("document_id", .string, .required)
            .field("sentence_start", .int, .required).field("sentence_end", .int, .required)
            .field("sentence", .string, .required)
            .field("source", .string, .required).field("target", .string, .required)
            .field("cameo", .string, .required).field("type", .string, .required)
            .field("level", .int).field("scale", .string).field("threat", .string).field("outcome", .string)
            .field("date", .string).field("caption", .bool, .required).field("contested", .bool, .required)
            .field("test_id", .string).field("status", .string, .required)
            .field("decided_at", .double).field("note", .string)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("candidates").delete()
        try await database.schema("documents").delete()
    }
}
