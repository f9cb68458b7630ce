import FluentKit
import SQLKit

extension SQLLedgerStore {
    /// Every ingested article, without its text, most recent first.
    ///
    /// - Returns: the documents.
    /// - Throws: `StoreError` when the database cannot be read.
    public func documents() async throws -> [StoredDocument] {
        let sql = try Self.sql(try database)
        return try await sql.select().columns("*").from("documents").orderBy("ingested_at", .descending)
            .orderBy("id").all(decoding: DocumentRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            .map { try $0.stored(withText: false) }
    }

    /// One ingested article with its text.
    ///
    /// - Parameters:
    ///   - id: the document's identifier.
    /// - Returns: the document, or nil when there is none with that identifier.
    /// - Throws: `StoreError` when the database cannot be read.
    public func document(_ id: String) async throws -> StoredDocument? {
        let sql = try Self.sql(try database)
        return try await sql.select().columns("*").from("documents").where("id", .equal, id)
            .first(decoding: DocumentRow.self, keyDecodingStrategy: .convertFromSnakeCase)?.stored(withText: true)
    }
}
