import Foundation
import SteadfastServer
import Testing
import VaporTesting

/// The pages of SteadfastPages, served at their paths; their forms need an analyst token.
@Suite("Pages")
struct PageRouteTests {
    static let pages = ["/", "/network", "/patrons/PAT", "/tests/cli-2020-attack", "/review", "/ingest"]

    @Test("each page is HTML with a policy that forbids scripts", arguments: pages)
    func page(path: String) async throws {
        try await withServer { fixture, app in
            let response = try await app.testing().sendRequest(.GET, path)
            #expect(response.status == .ok)
            #expect(response.headers.contentType == .html)
            #expect(response.text.hasPrefix("<!doctype html>") || response.text.hasPrefix("<!DOCTYPE html>"))
            #expect(response.headers.first(name: "Content-Security-Policy")?.contains("default-src 'none'") == true)
        }
    }

    @Test("an unknown patron or page is the 404 page")
    func notFound() async throws {
        try await withServer { fixture, app in
            for path in ["/patrons/ZZZ", "/tests/nope", "/nowhere"] {
                let response = try await app.testing().sendRequest(.GET, path)
                #expect(response.status == .notFound, "\(path)")
                #expect(response.text.contains("Page not found"), "\(path)")
            }
        }
    }

    static func form(_ fields: [String: String]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        let body = fields.sorted { $0.key < $1.key }.map { key, value in
            "\(key)=\(value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
        return ByteBuffer(string: body)
    }

    static func formHeaders(token: String?, origin: String? = nil) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        headers.replaceOrAdd(name: .host, value: "127.0.0.1:8080")
        if let token { headers.basicAuthorization = BasicAuthorization(username: "analyst", password: token) }
        if let origin { headers.replaceOrAdd(name: .origin, value: origin) }
        return headers
    }

    @Test("the ingest and review forms need a token as the Basic password, and refuse other sites")
    func forms() async throws {
        try await withServer { fixture, app in
            let article = Self.form(["title": "<b>Troops</b>", "text": hostileArticle, "published": "2020-10-02"])
            let anonymous = try await app.testing().sendRequest(
                .POST, "/ingest", headers: Self.formHeaders(token: nil), body: article)
            #expect(anonymous.status == .unauthorized)
            #expect(anonymous.headers.first(name: .wwwAuthenticate)?.hasPrefix("Basic") == true)
            let viewer = try await app.testing().sendRequest(
                .POST, "/ingest", headers: Self.formHeaders(token: fixture.tokens["viewer"]), body: article)
            #expect(viewer.status == .forbidden)
            let crossSite = try await app.testing().sendRequest(
                .POST, "/ingest",
                headers: Self.formHeaders(token: fixture.tokens["analyst"], origin: "http://evil.example"),
                body: article)
            #expect(crossSite.status == .forbidden)
            let stored = try await app.testing().sendRequest(
                .POST, "/ingest",
                headers: Self.formHeaders(token: fixture.tokens["analyst"], origin: "http://127.0.0.1:8080"),
                body: article)
            #expect(stored.status == .ok)
            #expect(stored.text.contains("candidates queued"))
            let queue = try await app.testing().sendRequest(.GET, "/review")
            #expect(!queue.text.contains("<script>alert"))
            #expect(!queue.text.contains("<img src=x"))
            let candidate = try #require(try await fixture.store.candidates(status: .candidate).first)
            let decided = try await app.testing().sendRequest(
                .POST, "/review/\(candidate.id)", headers: Self.formHeaders(token: nil),
                body: Self.form([
                    "decision": "accept", "level": "6", "scale": "full", "test": "cli-2020-attack", "threat": "",
                    "token": try #require(fixture.tokens["analyst"]),
                ]))
            #expect(decided.status == .ok)
            #expect(decided.text.contains("\(candidate.id) accepted"))
            let trail = try await fixture.store.auditTrail()
            #expect(trail.map(\.action).suffix(2) == ["article.ingest", "candidate.accept"])
            #expect(trail.last?.actor == "analyst-1")
        }
    }
}
