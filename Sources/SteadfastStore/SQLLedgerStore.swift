import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit
import SteadfastCaseBase
import SteadfastCore

/// The ledger on a Fluent database: an embedded SQLite file by default, or PostgreSQL.
///
/// Fluent manages connections and migrations; queries go through SQLKit with plain `Codable` rows,
/// which both SQLite and PostgreSQL speak.
public final class SQLLedgerStore: LedgerStore {
    static let caseBaseOrigin = "casebase"

    private let databases: Databases
    private let logger: Logger
    /// Where the ledger lives.
    public let location: DatabaseLocation
    /// This process's SQLite writes, one at a time (PostgreSQL locks rows and needs no turns).
    let writeTurns = WriteTurns()

    private init(databases: Databases, location: DatabaseLocation, logger: Logger) {
        self.databases = databases
        self.location = location
        self.logger = logger
    }

    /// Opens (creating if needed) the database at a location and brings its schema up to date.
    ///
    /// - Parameters:
    ///   - location: where the database lives.
    ///   - logger: where the store logs, at info level and below.
    /// - Returns: the open store.
    /// - Throws: `StoreError.unavailable` when the database cannot be opened or migrated.
    public static func open(_ location: DatabaseLocation, logger: Logger) async throws -> SQLLedgerStore {
        let databases = Databases(threadPool: NIOThreadPool.singleton, on: MultiThreadedEventLoopGroup.singleton)
        switch location {
        case .sqliteFile(let path):
            try createDirectory(for: path, location: location)
            databases.use(.sqlite(.file(path), sqlLogLevel: .trace), as: .sqlite)
        case .sqliteMemory:
            databases.use(.sqlite(.memory, sqlLogLevel: .trace), as: .sqlite)
        case .postgres(let postgres):
            databases.use(try postgresConfiguration(postgres), as: .psql)
        }
        let store = SQLLedgerStore(databases: databases, location: location, logger: logger)
        do {
            if case .postgres(let postgres) = location, let schema = postgres.schema {
                try await Self.sql(try store.database).raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
            }
            try await store.migrate()
        } catch {
            await databases.shutdownAsync()
            throw StoreError.unavailable(location: location.description, reason: StoreError.reason(for: error))
        }
        return store
    }

    /// Fluent's configuration for a PostgreSQL location: its URL, and its schema as the search path
    /// so that every table the migrations create and the queries name lives there.
    private static func postgresConfiguration(_ postgres: PostgresLocation) throws -> DatabaseConfigurationFactory {
        var configuration: SQLPostgresConfiguration
        do {
            configuration = try SQLPostgresConfiguration(url: postgres.url)
        } catch {
            throw StoreError.invalidLocation(postgres.description, reason: "unreadable PostgreSQL URL")
        }
        configuration.searchPath = postgres.schema.map { [$0] }
        return .postgres(
            configuration: configuration, maxConnectionsPerEventLoop: 2, connectionPoolTimeout: .seconds(10),
            encodingContext: .default, decodingContext: .default, sqlLogLevel: .trace)
    }

    private static func createDirectory(for path: String, location: DatabaseLocation) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.unavailable(location: location.description, reason: "cannot create \(directory.path)")
        }
    }

    private func migrate() async throws {
        let migrations = Migrations()
        migrations.add(CreateLedgerSchema())
        migrations.add(AddOtherCOWCodes())
        migrations.add(CreateReviewQueue())
        migrations.add(CreateHistoricalLedger())
        migrations.add(CreateEventTables())
        migrations.add(CreateAccountsAndAudit())
        migrations.add(AddCandidateDateBasis())
        migrations.add(IndexChangesAndCandidates())
        migrations.add(CreateWarDyads())
        migrations.add(CreateLedgerRevision())
        let migrator = Migrator(
            databases: databases, migrations: migrations, logger: logger,
            on: MultiThreadedEventLoopGroup.singleton.any(), migrationLogLevel: .debug)
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
    }

    /// The database, as Fluent sees it.
    var database: any Database {
        get throws {
            guard let database = databases.database(logger: logger, on: MultiThreadedEventLoopGroup.singleton.any())
            else { throw StoreError.unavailable(location: location.description, reason: "the store is closed") }
            return database
        }
    }

    /// The database, as SQLKit sees it.
    static func sql(_ database: any Database) throws -> any SQLDatabase {
        guard let sql = database as? any SQLDatabase else {
            throw StoreError.unavailable(location: "", reason: "the database does not speak SQL")
        }
        return sql
    }

    public func close() async {
        await databases.shutdownAsync()
    }

    public func loadedFingerprint() async throws -> String? {
        let sql = try Self.sql(try database)
        return try await sql.select().columns("*").from("case_base_state").where("name", .equal, "builtin")
            .first(decoding: CaseBaseStateRow.self, keyDecodingStrategy: .convertFromSnakeCase)?.fingerprint
    }
}
