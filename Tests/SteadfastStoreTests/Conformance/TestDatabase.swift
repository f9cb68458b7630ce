import Foundation
import Logging
import SQLKit
import Testing

@testable import SteadfastStore

/// The databases the conformance suite runs on.
enum StoreKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case sqlite
    case postgres

    var testDescription: String { self == .sqlite ? "SQLite" : "PostgreSQL" }

    /// The server the PostgreSQL cases use: `STEADFAST_TEST_POSTGRES=postgres://user:password@host:port/db`.
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["STEADFAST_TEST_POSTGRES"].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The databases to run on: SQLite, and PostgreSQL when a server is configured.
    static var available: [StoreKind] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    /// Why the PostgreSQL cases did not run.
    static let postgresMissing: Comment = """
        STEADFAST_TEST_POSTGRES is not set, so the conformance cases ran on SQLite only: set it to \
        postgres://user:password@host:port/database (.ci/run starts a server and sets it)
        """
}

/// A fresh, empty database for one test: an SQLite file in a new directory, or a new schema in the
/// PostgreSQL database `STEADFAST_TEST_POSTGRES` names (tests run in parallel, one schema each,
/// dropped afterwards).
struct TestDatabase: Sendable {
    let kind: StoreKind
    let location: DatabaseLocation
    private let directory: URL?

    /// Runs `body` on a new database of a kind and removes the database afterwards, whatever happens.
    static func with(_ kind: StoreKind, _ body: (TestDatabase) async throws -> Void) async throws {
        let database = try make(kind)
        do {
            try await body(database)
        } catch {
            await database.drop()
            throw error
        }
        await database.drop()
    }

    private static func make(_ kind: StoreKind) throws -> TestDatabase {
        switch kind {
        case .sqlite:
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
                "steadfast-conformance-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let path = directory.appendingPathComponent("ledger.sqlite").path
            return TestDatabase(kind: kind, location: .sqliteFile(path), directory: directory)
        case .postgres:
            let url = try #require(StoreKind.postgresURL, "PostgreSQL cases run only with STEADFAST_TEST_POSTGRES set")
            let schema = "test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
            let location = try PostgresLocation.parse(url)
            return TestDatabase(
                kind: kind, location: .postgres(PostgresLocation(url: location.url, schema: schema)), directory: nil)
        }
    }

    /// Opens the store, creating its tables the first time.
    func open() async throws -> SQLLedgerStore {
        try await SQLLedgerStore.open(location, logger: Logger(label: "test"))
    }

    /// Opens the store, runs `body`, and closes it.
    func withStore<Result>(_ body: (SQLLedgerStore) async throws -> Result) async throws -> Result {
        let store = try await open()
        do {
            let result = try await body(store)
            await store.close()
            return result
        } catch {
            await store.close()
            throw error
        }
    }

    /// How many rows each table of the ledger holds, read straight from the database.
    func rowCounts(_ tables: [String]) async throws -> [String: Int] {
        try await withStore { store in
            let sql = try SQLLedgerStore.sql(try store.database)
            var counts: [String: Int] = [:]
            for table in tables {
                let row = try await sql.raw("SELECT COUNT(*) AS n FROM \(ident: table)").first()
                counts[table] = try row?.decode(column: "n", as: Int.self)
            }
            return counts
        }
    }

    /// How many schemas of this name the PostgreSQL server holds, asked from another test schema.
    static func schemas(named name: String) async throws -> Int {
        var count = -1
        try await with(.postgres) { other in
            count = try await other.withStore { store in
                let sql = try SQLLedgerStore.sql(try store.database)
                let row = try await sql.raw(
                    "SELECT COUNT(*) AS n FROM information_schema.schemata WHERE schema_name = \(bind: name)"
                ).first()
                return try row?.decode(column: "n", as: Int.self) ?? -1
            }
        }
        return count
    }

    private func drop() async {
        if let directory { try? FileManager.default.removeItem(at: directory) }
        guard case .postgres(let postgres) = location, let schema = postgres.schema else { return }
        _ = try? await withStore { store in
            try await SQLLedgerStore.sql(try store.database).raw("DROP SCHEMA \(ident: schema) CASCADE").run()
        }
    }
}
