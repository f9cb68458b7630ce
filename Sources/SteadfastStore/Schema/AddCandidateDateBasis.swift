import FluentKit

/// Version 7: each review candidate says where its date comes from (`written`, `context`,
/// `retold`), so that review can ask for the dates the sentence does not give.
struct AddCandidateDateBasis: AsyncMigration {
    var name: String { "steadfast.v7.candidate-date-basis" }

    func prepare(on database: any Database) async throws {
        try await database.schema("candidates").field("date_basis", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("candidates").deleteField("date_basis").update()
    }
}
