import SQLKit

/// Multi-row statements sized to what every database accepts: PostgreSQL takes at most 65,535 bind
/// parameters a statement and SQLite 32,766, so a statement here binds at most 30,000 values.
enum BulkWrite {
    static let bindLimit = 30_000

    /// Rows of `columns` values each that fit one statement.
    static func rowsPerStatement(columns: Int) -> Int {
        max(1, bindLimit / max(1, columns))
    }

    /// Inserts rows with as few multi-row INSERTs as the bind limit allows; nil values are NULL.
    ///
    /// - Parameters:
    ///   - rows: the rows, whose stored properties are the table's columns in snake case.
    ///   - table: the table.
    ///   - sql: the database, usually inside a transaction.
    /// - Throws: the database's error.
    static func insert<Row: Encodable>(_ rows: [Row], into table: String, _ sql: any SQLDatabase) async throws {
        guard let first = rows.first else { return }
        let size = rowsPerStatement(columns: Mirror(reflecting: first).children.count)
        for start in stride(from: 0, to: rows.count, by: size) {
            try await sql.insert(into: table)
                .models(
                    Array(rows[start..<min(start + size, rows.count)]), keyEncodingStrategy: .convertToSnakeCase,
                    nilEncodingStrategy: .asNil
                ).run()
        }
    }

    /// Deletes the rows of one origin with these identifiers, in as few statements as the bind limit allows.
    ///
    /// - Parameters:
    ///   - ids: the identifiers.
    ///   - table: the table.
    ///   - origin: only rows of this origin are deleted.
    ///   - sql: the database, usually inside a transaction.
    /// - Throws: the database's error.
    static func delete(ids: [String], from table: String, origin: String, _ sql: any SQLDatabase) async throws {
        let size = bindLimit - 1
        for start in stride(from: 0, to: ids.count, by: size) {
            try await sql.delete(from: table).where("origin", .equal, origin)
                .where("id", .in, Array(ids[start..<min(start + size, ids.count)])).run()
        }
    }
}
