import Foundation
import Logging
import Testing

@testable import SteadfastStore

@Suite("PostgreSQL locations")
struct PostgresLocationTests {
    @Test("a postgres:// URL selects PostgreSQL; schema comes out of the query, tlsmode stays")
    func parse() throws {
        let location = try DatabaseLocation.parse("postgres://team:s3cret@db.example:5433/steadfast?tlsmode=disable")
        #expect(
            location
                == .postgres(PostgresLocation(url: "postgres://team:s3cret@db.example:5433/steadfast?tlsmode=disable")))
        let schema = try DatabaseLocation.parse("postgresql://team@localhost/ledgers?schema=baltic")
        #expect(schema == .postgres(PostgresLocation(url: "postgresql://team@localhost/ledgers", schema: "baltic")))
    }

    @Test("the password never appears when a location is shown")
    func redacted() throws {
        let location = try DatabaseLocation.parse("postgres://team:s3cret@db.example/steadfast?schema=x")
        #expect(location.description == "postgres://team:***@db.example/steadfast (schema x)")
        let error = #expect(throws: StoreError.self) { try DatabaseLocation.parse("postgres://team:s3cret@db.example") }
        #expect(error?.description.contains("s3cret") == false)
        #expect(error?.description.contains("no database name") == true)
    }

    @Test(
        "incomplete URLs and unsafe schema names are refused",
        arguments: [
            "postgres://db.example/steadfast", "postgres://team@/steadfast", "postgres://team@db.example/",
            "postgres://team@db.example/steadfast?schema=a;drop", "postgres://team@db.example/steadfast?schema=1a",
        ])
    func refused(url: String) {
        #expect(throws: StoreError.self) { try DatabaseLocation.parse(url) }
    }

    @Test("a server that does not answer is reported with the location, password hidden")
    func unreachable() async throws {
        let location = try DatabaseLocation.parse("postgres://team:s3cret@127.0.0.1:1/steadfast?tlsmode=disable")
        let error = await #expect(throws: StoreError.self) {
            try await SQLLedgerStore.open(location, logger: Logger(label: "test"))
        }
        let text = error?.description ?? ""
        #expect(text.hasPrefix("cannot open database 'postgres://team:***@127.0.0.1:1/steadfast?tlsmode=disable'"))
        #expect(!text.contains("s3cret"))
    }
}
