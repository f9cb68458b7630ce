import FluentKit
import SQLKit
import SteadfastCore

extension SQLLedgerStore {
    public func ledger() async throws -> Ledger {
        let sql = try Self.sql(try database)
        let actors = try await Self.rows(ActorRow.self, "actors", sql) { $0.code }.map { try $0.actor() }
        let places = try await Self.rows(PlaceRow.self, "places", sql) { $0.name }
            .map { Place(name: $0.name, within: $0.within) }
        let sources = try await Self.rows(SourceRow.self, "sources", sql) { $0.id }.map { try $0.source() }
        let commitments = try await Self.rows(CommitmentRow.self, "commitments", sql) { Ordinal($0.position, $0.id) }
            .map { try $0.commitment() }
        let responses = Dictionary(
            grouping: try await Self.rows(ResponseRow.self, "responses", sql) { Ordinal($0.position, $0.id) },
            by: \.testId)
        let claims = Dictionary(
            grouping: try await Self.rows(ClaimRow.self, "claims", sql) { Ordinal($0.position, $0.id) }, by: \.testId)
        let tests = try await Self.rows(TestRow.self, "tests", sql) { Ordinal($0.position, $0.id) }.map { row in
            try row.test(
                responses: try (responses[row.id] ?? []).map { try $0.response() },
                claims: try (claims[row.id] ?? []).map { try $0.claim() })
        }
        let wars = try await Self.rows(WarRow.self, "wars", sql) { Ordinal($0.position, $0.id) }.map { try $0.war() }
        return Ledger(
            registry: ActorRegistry(actors: actors, places: places), sources: sources, commitments: commitments,
            tests: tests, wars: wars)
    }

    /// A table's rows in the order of a key computed in Swift, so that every database returns them
    /// alike: PostgreSQL sorts text by the database's collation (which may ignore punctuation),
    /// SQLite by bytes, and neither promises an order for equal keys.
    static func rows<Row: Decodable, Key: Comparable>(
        _ type: Row.Type, _ table: String, _ sql: any SQLDatabase, by key: (Row) -> Key
    ) async throws -> [Row] {
        try await sql.select().columns("*").from(table)
            .all(decoding: type, keyDecodingStrategy: .convertFromSnakeCase)
            .map { (key($0), $0) }.sorted { $0.0 < $1.0 }.map(\.1)
    }
}

/// A row's place in a list: its position, then its identifier to break ties.
struct Ordinal: Comparable {
    var position: Int
    var id: String

    init(_ position: Int, _ id: String) {
        self.position = position
        self.id = id
    }

    static func < (lhs: Ordinal, rhs: Ordinal) -> Bool {
        (lhs.position, lhs.id) < (rhs.position, rhs.id)
    }
}
