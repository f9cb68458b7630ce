import Foundation
import SteadfastServer
import Testing
import VaporTesting

/// SQL in every text parameter is data: nothing breaks, nothing leaks, the tables stay whole.
@Suite("SQL injection")
struct InjectionTests {
    static let attacks = ["' OR '1'='1", "x'; DROP TABLE tokens; --", "\"; DELETE FROM commitments; --"]

    static func encoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }

    @Test("in path and query parameters", arguments: attacks)
    func parameters(attack: String) async throws {
        try await withServer { fixture, app in
            let value = Self.encoded(attack)
            let reads = [
                "/api/patrons/\(value)", "/api/tests/\(value)", "/api/commitments/\(value)", "/api/sources/\(value)",
                "/api/documents/\(value)", "/api/claims?test=\(value)", "/api/audit?entity=\(value)&id=\(value)",
            ]
            for path in reads {
                let response = try await app.testing().sendRequest(.GET, path)
                #expect([200, 404].contains(response.status.code), "\(path)")
                #expect(response.errorCode == nil || response.errorCode == "not_found", "\(path)")
            }
            let status = try await app.testing().sendRequest(.GET, "/api/review?status=\(value)")
            #expect(status.errorField == "status")
            let decisions = [
                (HTTPMethod.POST, "/api/review/\(value)/accept"), (.POST, "/api/review/\(value)/reject"),
                (.DELETE, "/api/commitments/\(value)"), (.DELETE, "/api/tokens/\(value)"),
            ]
            for (method, path) in decisions {
                let response = try await app.testing().sendRequest(method, path, headers: fixture.headers("admin"))
                #expect([404, 409].contains(response.status.code), "\(path)")
            }
            try await expectIntact(fixture, app)
        }
    }

    @Test("in body fields", arguments: attacks)
    func bodies(attack: String) async throws {
        try await withServer { fixture, app in
            let article = try await app.testing().sendRequest(
                .POST, "/api/articles", headers: fixture.headers("analyst"),
                body: jsonBody([
                    "text": "Patronia sent troops to Clientia on October 1, 2020.\n\n\(attack)", "title": attack,
                    "publisher": attack, "url": "https://example.org/\(Self.encoded(attack))",
                ]))
            #expect(article.status == .created)
            let source = try #require(article.json["source"] as? String)
            let stored = try await app.testing().sendRequest(.GET, "/api/documents/\(source)").json
            #expect(stored["title"] as? String == attack)
            #expect(stored["publisher"] as? String == attack)
            let token = try await app.testing().sendRequest(
                .POST, "/api/tokens", headers: fixture.headers("admin"),
                body: jsonBody(["name": attack, "role": "admin"]))
            #expect(token.status == .badRequest && token.errorField == "name")
            let commitment = try await app.testing().sendRequest(
                .PUT, "/api/commitments/pat-cli-x", headers: fixture.headers("admin"),
                body: jsonBody([
                    "patron": "PAT", "client": "CLI", "kind": "armsSupply", "started": "2021",
                    "scope": ["note": attack, "includes": [attack]],
                ]))
            #expect(commitment.status == .created)
            let read = try await app.testing().sendRequest(.GET, "/api/commitments/pat-cli-x").json
            #expect((read["scope"] as? [String: Any])?["note"] as? String == attack)
            let candidates = try #require(article.json["candidates"] as? [[String: Any]])
            let id = try #require(candidates.first?["id"] as? String)
            let accept = try await app.testing().sendRequest(
                .POST, "/api/review/\(id)/accept", headers: fixture.headers("analyst"),
                body: jsonBody(["source": "PAT", "target": "CLI", "test": attack]))
            #expect(accept.status == .badRequest && accept.errorField == "test")
            try await expectIntact(fixture, app)
        }
    }

    private func expectIntact(_ fixture: ServerFixture, _ app: Application) async throws {
        let board = try await app.testing().sendRequest(.GET, "/api/leaderboard").json
        #expect((board["patrons"] as? [Any])?.count == 1)
        let commitments = try await app.testing().sendRequest(.GET, "/api/commitments/pat-cli-pact")
        #expect(commitments.status == .ok)
        #expect(try await fixture.store.accounts().count == 3)
        let tokens = try await app.testing().sendRequest(.GET, "/api/tokens", headers: fixture.headers("admin"))
        #expect(tokens.status == .ok)
    }
}
