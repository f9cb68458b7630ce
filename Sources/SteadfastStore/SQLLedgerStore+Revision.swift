import FluentKit
import FluentSQLiteDriver
import SQLKit

extension SQLLedgerStore {
    /// The identifier of the ledger revision's one row.
    static let revisionRowID = 1

    /// The ledger's revision: a number every committed write advances in the same transaction, so
    /// that a reader holding something built from the ledger can tell, with this one small read,
    /// whether any process has written since. It only grows; an equal revision means nothing was
    /// written in between.
    ///
    /// - Returns: the revision; 0 until the first write on a new database.
    /// - Throws: `StoreError.corruptRow` when the revision's row is missing; `StoreError` when the
    ///   database cannot be read.
    public func revision() async throws -> Int {
        let row = try await Self.sql(try database).select().column("revision").from("ledger_revision")
            .where("id", .equal, Self.revisionRowID).first()
        guard let row else { throw Self.missingRevision }
        return try row.decode(column: "revision", as: Int.self)
    }

    /// Runs a write in one transaction that also advances the ledger's revision, mapping failures to
    /// `StoreError.writeFailed`. Every write of the store goes through here, so that none escapes a
    /// reader comparing revisions; a write that fails rolls the advance back with the rest.
    ///
    /// On SQLite, this process's writes take turns (`WriteTurns`), and a write that another process's
    /// write pushed out ("database is locked": both read, then both asked to write) is rolled back
    /// and run again after a pause, for up to about a minute. The body must therefore depend only on
    /// what it reads inside the transaction and what it captured.
    func write<Result: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> Result) async throws
        -> Result
    {
        do {
            if case .postgres = location { return try await transaction(body) }
            return try await writeTurns.run {
                var pause: UInt64 = 2_000_000
                var waited: UInt64 = 0
                while true {
                    do {
                        return try await transaction(body)
                    } catch let error as SQLiteError where error.reason == .busy && waited < Self.longestWait {
                        try await Task.sleep(nanoseconds: pause)
                        waited += pause
                        pause = min(pause * 2, 250_000_000)
                    }
                }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.writeFailed(StoreError.reason(for: error))
        }
    }

    /// How long a write keeps trying while other processes hold SQLite's write lock, in nanoseconds.
    static let longestWait: UInt64 = 60_000_000_000

    private func transaction<Result: Sendable>(
        _ body: @escaping @Sendable (any SQLDatabase) async throws -> Result
    ) async throws -> Result {
        try await database.transaction { database in
            let sql = try Self.sql(database)
            let result = try await body(sql)
            try await Self.advanceRevision(sql)
            return result
        }
    }

    /// Advances the revision, last in the transaction: on PostgreSQL the row stays locked from here
    /// to the commit, so concurrent writers queue only briefly and revisions follow commit order.
    private static func advanceRevision(_ sql: any SQLDatabase) async throws {
        let advanced = try await sql.update("ledger_revision")
            .set("revision", to: SQLBinaryExpression(SQLColumn("revision"), .add, SQLLiteral.numeric("1")))
            .where("id", .equal, revisionRowID)
            .returning("revision").first()
        guard advanced != nil else { throw missingRevision }
    }

    private static var missingRevision: StoreError {
        .corruptRow(
            table: "ledger_revision", id: String(revisionRowID),
            reason: "the ledger's revision row is missing; writes cannot be made visible to other processes")
    }
}
