import FluentKit
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
    func write<Result: Sendable>(_ body: @escaping @Sendable (any SQLDatabase) async throws -> Result) async throws
        -> Result
    {
        do {
            return try await database.transaction { database in
                let sql = try Self.sql(database)
                let result = try await body(sql)
                try await Self.advanceRevision(sql)
                return result
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.writeFailed(StoreError.reason(for: error))
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
