import Foundation
import SteadfastServer
import Testing
import VaporTesting

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// The server on a real loopback socket (an ephemeral port), driven by URLSession.
@Suite("Loopback socket")
struct SocketTests {
    struct Answer {
        var status: Int
        var headers: [AnyHashable: Any]
        var body: Data
        var json: [String: Any] { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] ?? [:] }
        var code: String? { (json["error"] as? [String: Any])?["code"] as? String }
    }

    static func send(
        _ method: String, _ url: URL, token: String? = nil, body: Data? = nil
    ) async throws -> Answer {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        if body != nil { request.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        if let token { request.setValue("Bearer \(token)", forHTTPHeaderField: "Authorization") }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return Answer(status: http.statusCode, headers: http.allHeaderFields, body: data)
    }

    @Test("reads, an authorized ingest shown on its page, 401, 413, 400 and 404 over HTTP")
    func overSocket() async throws {
        let fixture = try await ServerFixture.make()
        let app = try await Application.make(.testing)
        ServerApplication.configure(
            app, service: fixture.service, configuration: ServerConfiguration(port: 0, maxBodyBytes: 4096))
        do {
            try await app.asyncBoot()
            try await app.server.start(address: .hostname("127.0.0.1", port: 0))
            let port = try #require(app.http.server.shared.localAddress?.port)
            let base = try #require(URL(string: "http://127.0.0.1:\(port)"))
            try await exercise(base, fixture)
        } catch {
            Issue.record(error)
        }
        await app.server.shutdown()
        try await app.asyncShutdown()
        await fixture.close()
    }

    private func exercise(_ base: URL, _ fixture: ServerFixture) async throws {
        let board = try await Self.send("GET", base.appendingPathComponent("api/leaderboard"))
        #expect(board.status == 200)
        #expect((board.json["patrons"] as? [Any])?.count == 1)
        let test = try await Self.send("GET", base.appendingPathComponent("api/tests/cli-2020-attack"))
        #expect(test.status == 200)
        let article = try JSONSerialization.data(withJSONObject: ["text": hostileArticle, "title": "Troops"])
        let anonymous = try await Self.send("POST", base.appendingPathComponent("api/articles"), body: article)
        #expect(anonymous.status == 401 && anonymous.code == "unauthorized")
        let viewer = try await Self.send(
            "POST", base.appendingPathComponent("api/articles"), token: fixture.tokens["viewer"], body: article)
        #expect(viewer.status == 403)
        let created = try await Self.send(
            "POST", base.appendingPathComponent("api/articles"), token: fixture.tokens["analyst"], body: article)
        #expect(created.status == 201)
        let source = try #require(created.json["source"] as? String)
        let document = try await Self.send("GET", base.appendingPathComponent("api/documents/\(source)"))
        #expect(!String(decoding: document.body, as: UTF8.self).contains("<script"))
        let page = try await Self.send("GET", base.appendingPathComponent("sources/\(source)"))
        let html = String(decoding: page.body, as: UTF8.self)
        #expect(page.status == 200 && html.contains("data-action=\"article.ingest\""))
        #expect(!html.contains("<script") && !html.contains("<img"))
        let large = try JSONSerialization.data(withJSONObject: ["text": String(repeating: "x", count: 10_000)])
        let tooLarge = try await Self.send(
            "POST", base.appendingPathComponent("api/articles"), token: fixture.tokens["analyst"], body: large)
        #expect(tooLarge.status == 413 && tooLarge.code == "body_too_large")
        let malformed = try await Self.send(
            "POST", base.appendingPathComponent("api/articles"), token: fixture.tokens["analyst"],
            body: Data("{\"title\": \"x\"}".utf8))
        #expect(malformed.status == 400 && (malformed.json["error"] as? [String: Any])?["field"] as? String == "text")
        let missing = try await Self.send("GET", base.appendingPathComponent("api/nowhere"))
        #expect(missing.status == 404 && missing.code == "not_found")
        let openapi = try await Self.send("GET", base.appendingPathComponent("openapi.json"))
        #expect(openapi.json["openapi"] as? String == "3.1.0")
        let trail = try await fixture.store.auditTrail()
        #expect(trail.map(\.action).contains("article.ingest"))
    }
}
