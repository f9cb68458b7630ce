import Foundation
import SteadfastServer
import Testing
import VaporTesting

/// The pages of SteadfastPages, served at their paths; their forms need an analyst token.
@Suite("Pages")
struct PageRouteTests {
    static let pages = [
        "/", "/network", "/patrons/PAT", "/tests/cli-2020-attack", "/commitments/pat-cli-pact",
        "/sources/cli-wire-2020-10-01", "/changes", "/changes?entity=test&id=cli-2020-attack", "/review", "/ingest",
    ]

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
            for path in ["/patrons/ZZZ", "/tests/nope", "/commitments/nope", "/sources/nope", "/nowhere"] {
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
            let badDate = try await app.testing().sendRequest(
                .POST, "/review/\(candidate.id)", headers: Self.formHeaders(token: nil),
                body: Self.form([
                    "decision": "accept", "date": "2020-13-45", "token": try #require(fixture.tokens["analyst"]),
                ]))
            #expect(badDate.status == .badRequest)
            #expect(
                badDate.text.contains("\(candidate.id) not decided: date is YYYY[-MM[-DD]], not &#39;2020-13-45&#39;"))
            #expect(try await fixture.store.candidates(status: .candidate).contains { $0.id == candidate.id })
            let decided = try await app.testing().sendRequest(
                .POST, "/review/\(candidate.id)", headers: Self.formHeaders(token: nil),
                body: Self.form([
                    "decision": "accept", "level": "6", "scale": "full", "test": "cli-2020-attack", "threat": "",
                    "date": "2020-10-03",
                    "token": try #require(fixture.tokens["analyst"]),
                ]))
            #expect(decided.status == .ok)
            #expect(decided.text.contains("\(candidate.id) accepted"))
            let accepted = try #require(try await fixture.store.candidates(status: .accepted).first)
            #expect(accepted.date?.description == "2020-10-03" && accepted.dateBasis == .reviewer)
            let trail = try await fixture.store.auditTrail()
            #expect(
                trail.map(\.action).filter { !$0.hasPrefix("test.") }.suffix(2) == [
                    "article.ingest", "candidate.accept",
                ])
            #expect(trail.last?.actor == "analyst-1")
        }
    }

    @Test("each change shows on the page of the thing changed, with who made it, escaped")
    func changesOnPages() async throws {
        try await withServer { fixture, app in
            let created = try await app.testing().sendRequest(
                .POST, "/api/articles", headers: fixture.headers("analyst"),
                body: jsonBody(["text": hostileArticle, "title": "<script>alert(1)</script> wire"]))
            let source = try #require(created.json["source"] as? String)
            let candidates = try #require(created.json["candidates"] as? [[String: Any]])
            let help = try #require(candidates.first { $0["testID"] as? String == "cli-2020-attack" }?["id"] as? String)
            let ingested = try await app.testing().sendRequest(.GET, "/sources/\(source)").text
            #expect(ingested.count(of: "class=\"audit-entry\"") == 1)
            #expect(ingested.contains("data-action=\"article.ingest\""))
            #expect(ingested.contains("<tr id=\"candidate-\(help)\" data-status=\"candidate\">"))

            let accepted = try await app.testing().sendRequest(
                .POST, "/api/review/\(help)/accept", headers: fixture.headers("analyst"))
            #expect(accepted.status == .ok)
            let test = try await app.testing().sendRequest(.GET, "/tests/cli-2020-attack").text
            #expect(test.count(of: "data-action=\"test.update\"") == 1)
            #expect(test.contains("<strong class=\"actor\">analyst-1</strong>"))
            #expect(test.contains("<li><code>responses</code>:"))
            #expect(
                test.contains("<blockquote class=\"evidence stored\">Patronia sent troops to Clientia on October 1"))
            let decided = try await app.testing().sendRequest(.GET, "/sources/\(source)").text
            #expect(decided.contains("data-action=\"candidate.accept\""))
            #expect(decided.contains("<tr id=\"candidate-\(help)\" data-status=\"accepted\">"))
            #expect(decided.contains("href=\"/tests/cli-2020-attack\""))

            let commitment: [String: Any] = [
                "patron": "PAT", "client": "CLI", "kind": "armsSupply", "started": "2021-02",
                "scope": ["note": "<img src=x onerror=alert(1)>"], "sources": ["cli-wire-2020-10-01"],
            ]
            let put = try await app.testing().sendRequest(
                .PUT, "/api/commitments/pat-cli-arms", headers: fixture.headers("admin"), body: jsonBody(commitment))
            #expect(put.status == .created)
            let edited = try await app.testing().sendRequest(.GET, "/commitments/pat-cli-arms").text
            #expect(edited.contains("data-action=\"commitment.put\""))
            #expect(edited.contains("<strong class=\"actor\">admin-1</strong>"))
            let untouched = try await app.testing().sendRequest(.GET, "/commitments/pat-cli-pact").text
            #expect(untouched.contains("audit-empty"))

            let all = try await app.testing().sendRequest(.GET, "/changes").text
            for action in ["article.ingest", "candidate.accept", "test.update", "commitment.put"] {
                #expect(all.contains("data-action=\"\(action)\""), "\(action)")
            }
            let commitments = try await app.testing().sendRequest(.GET, "/changes?entity=commitment").text
            #expect(commitments.count(of: "class=\"audit-entry\"") == 1)
            for page in [ingested, decided, test, edited, all] {
                #expect(!page.contains("<script"))
                #expect(!page.contains("<img"))
            }
        }
    }
}

extension String {
    /// How many times a needle occurs, not overlapping.
    fileprivate func count(of needle: String) -> Int {
        components(separatedBy: needle).count - 1
    }
}
