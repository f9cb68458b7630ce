import Foundation
import SteadfastServer
import Testing
import VaporTesting

/// Every read endpoint answers with the document the CLI prints, as JSON.
@Suite("Read endpoints")
struct ReadEndpointTests {
    static let paths = [
        "/api/leaderboard", "/api/export", "/api/patrons/PAT", "/api/tests", "/api/tests/cli-2020-attack",
        "/api/commitments", "/api/commitments/pat-cli-pact", "/api/claims", "/api/claims?test=cli-2020-attack",
        "/api/sources", "/api/sources/cli-wire-2020-10-01", "/api/review", "/api/review?status=all", "/api/audit",
        "/api/audit?entity=token&id=admin-1&limit=5", "/openapi.json",
    ]

    @Test("each read answers 200 with JSON, without a token", arguments: paths)
    func reads(path: String) async throws {
        try await withServer { fixture, app in
            let response = try await app.testing().sendRequest(.GET, path)
            #expect(response.status == .ok)
            #expect(response.headers.contentType == .json)
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(!response.json.isEmpty)
        }
    }

    @Test("a commitment and a source carry what their pages show: judged tests, the article, candidates, citing tests")
    func records() async throws {
        try await withServer { fixture, app in
            let pact = try await app.testing().sendRequest(.GET, "/api/commitments/pat-cli-pact").json
            #expect(pact["kind"] as? String == "collectiveSecurity")
            let judged = try #require(pact["judged"] as? [[String: Any]])
            #expect(judged.map { $0["test"] as? String } == ["cli-2020-attack"])
            #expect(judged.first?["verdict"] as? String == "honored")
            let wire = try await app.testing().sendRequest(.GET, "/api/sources/cli-wire-2020-10-01").json
            #expect(wire["publisher"] as? String == "Example Wire")
            let cited = try #require(wire["citedBy"] as? [[String: Any]])
            #expect(cited.map { $0["test"] as? String } == ["cli-2020-attack"])
            #expect(wire["document"] == nil && wire["candidateCount"] as? Int == 0)

            let created = try await app.testing().sendRequest(
                .POST, "/api/articles", headers: fixture.headers("analyst"), body: jsonBody(WriteEndpointTests.article))
            let id = try #require(created.json["source"] as? String)
            let article = try await app.testing().sendRequest(.GET, "/api/sources/\(id)").json
            #expect(article["id"] as? String == id)
            #expect((article["document"] as? [String: Any])?["publisher"] as? String == "Example Wire")
            #expect((article["document"] as? [String: Any])?["text"] == nil)
            #expect(article["candidateCount"] as? Int == 2)
            #expect((article["candidates"] as? [[String: Any]])?.first?["dateBasis"] as? String == "written")
        }
    }

    @Test("the leaderboard and the test document carry the verdict and its derivation")
    func documents() async throws {
        try await withServer { fixture, app in
            let board = try await app.testing().sendRequest(.GET, "/api/leaderboard").json
            let patrons = try #require(board["patrons"] as? [[String: Any]])
            #expect(patrons.map { $0["patron"] as? String } == ["PAT"])
            let test = try await app.testing().sendRequest(.GET, "/api/tests/cli-2020-attack").json
            let verdicts = try #require(test["verdicts"] as? [[String: Any]])
            #expect(verdicts.first?["verdict"] as? String == "honored")
            #expect(verdicts.first?["derivation"] != nil)
            let claims = try await app.testing().sendRequest(.GET, "/api/claims?test=cli-2020-attack").json
            #expect((claims["claims"] as? [Any])?.count == 2)
        }
    }

    @Test(
        "unknown things are 404 JSON with a stable code",
        arguments: [
            "/api/patrons/ZZZ", "/api/tests/nope", "/api/commitments/nope", "/api/sources/nope",
            "/api/documents/doc-nope",
        ])
    func unknown(path: String) async throws {
        try await withServer { fixture, app in
            let response = try await app.testing().sendRequest(.GET, path)
            #expect(response.status == .notFound)
            #expect(response.errorCode == "not_found")
        }
    }

    @Test("with --read-access token, reads need a viewer token")
    func privateReads() async throws {
        try await withServer(ServerConfiguration(readAccess: .token)) { fixture, app in
            let anonymous = try await app.testing().sendRequest(.GET, "/api/leaderboard")
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers.first(name: .wwwAuthenticate)?.hasPrefix("Bearer") == true)
            let viewer = try await app.testing().sendRequest(
                .GET, "/api/leaderboard", headers: fixture.headers("viewer"))
            #expect(viewer.status == .ok)
        }
    }
}
