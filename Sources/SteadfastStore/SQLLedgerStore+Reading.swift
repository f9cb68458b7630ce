import FluentKit
import SQLKit
import SteadfastCore

extension SQLLedgerStore {
    public func ledger() async throws -> Ledger {
        let sql = try Self.sql(try database)
        let actors = try await Self.rows(ActorRow.self, "actors", "code", sql).map { try $0.actor() }
        let places = try await Self.rows(PlaceRow.self, "places", "name", sql)
            .map { Place(name: $0.name, within: $0.within) }
        let sources = try await Self.rows(SourceRow.self, "sources", "id", sql).map { try $0.source() }
        let commitments = try await Self.rows(CommitmentRow.self, "commitments", "position", sql).map {
            try $0.commitment()
        }
        let responses = Dictionary(
            grouping: try await Self.rows(ResponseRow.self, "responses", "position", sql), by: \.testId)
        let claims = Dictionary(grouping: try await Self.rows(ClaimRow.self, "claims", "position", sql), by: \.testId)
        let tests = try await Self.rows(TestRow.self, "tests", "position", sql).map { row in
            try row.test(
                responses: try (responses[row.id] ?? []).map { try $0.response() },
                claims: try (claims[row.id] ?? []).map { try $0.claim() })
        }
        let wars = try await Self.rows(WarRow.self, "wars", "position", sql).map { try $0.war() }
        return Ledger(
            registry: ActorRegistry(actors: actors, places: places), sources: sources, commitments: commitments,
            tests: tests, wars: wars)
    }

    private static func rows<Row: Decodable>(
        _ type: Row.Type, _ table: String, _ key: String, _ sql: any SQLDatabase
    ) async throws -> [Row] {
        try await sql.select().columns("*").from(table).orderBy(key)
            .all(decoding: type, keyDecodingStrategy: .convertFromSnakeCase)
    }
}
