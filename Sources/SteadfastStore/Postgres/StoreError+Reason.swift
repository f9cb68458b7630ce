import PostgresNIO

extension StoreError {
    /// What went wrong, in words a user can act on: PostgreSQL's own message and SQLSTATE (the driver
    /// hides them behind a generic description), or the error's description for other databases.
    ///
    /// - Parameters:
    ///   - error: the error a database operation threw.
    /// - Returns: the reason to show.
    static func reason(for error: any Error) -> String {
        if let postgres = error as? PSQLError { return reason(for: postgres) }
        if let decoding = error as? PostgresDecodingError {
            return "PostgreSQL column '\(decoding.columnName)' of type \(decoding.postgresType) "
                + "cannot be read as \(decoding.targetType) (\(decoding.code))"
        }
        return String(describing: error)
    }

    private static func reason(for error: PSQLError) -> String {
        if let info = error.serverInfo, let message = info[.message] {
            let detail = info[.detail].map { " (\($0))" } ?? ""
            return "PostgreSQL: \(message)\(detail) [SQLSTATE \(info[.sqlState] ?? "?")]"
        }
        if let underlying = error.underlying {
            return "PostgreSQL \(error.code): \(underlying)"
        }
        return "PostgreSQL: \(error.code)"
    }
}
