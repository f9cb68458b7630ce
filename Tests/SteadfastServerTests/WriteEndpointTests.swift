import Foundation
import SteadfastServer
import SteadfastStore
import Testing
import VaporTesting

/// Ingesting, reviewing and editing through the API, each change in the audit trail.
@Suite("Write endpoints")
struct WriteEndpointTests {
    static var article: [String: Any] {
        [
            "text": "Adversaria attacked Clientia on September 27, 2020.\n\n"
                + "Patronia sent troops to Clientia on October 1, 2020, officials said.",
            "title": "Patronia sends troops", "publisher": "Example Wire", "published": "2020-10-02",
            "url": "https://wire.example.org/troops",
        ]
    }

    @Test("POST /api/articles answers 201 with the source id and candidates; the same text again is a duplicate")
    func ingest() async throws {
        try await withServer { fixture, app in
            let created = try await app.testing().sendRequest(
                .POST, "/api/articles", headers: fixture.headers("analyst"), body: jsonBody(Self.article))
            #expect(created.status == .created)
            let source = try #require(created.json["source"] as? String)
            #expect(source.hasPrefix("doc-"))
            #expect(created.headers.first(name: .location) == "/api/documents/\(source)")
            let candidates = try #require(created.json["candidates"] as? [[String: Any]])
            #expect(candidates.count == 2)
            #expect(candidates.allSatisfy { $0["testID"] as? String == "cli-2020-attack" })
            let again = try await app.testing().sendRequest(
                .POST, "/api/articles", headers: fixture.headers("analyst"), body: jsonBody(Self.article))
            #expect(again.status == .ok)
            #expect(again.json["duplicate"] as? Bool == true)
            let document = try await app.testing().sendRequest(.GET, "/api/documents/\(source)").json
            #expect(document["title"] as? String == "Patronia sends troops")
            #expect(document["publisher"] as? String == "Example Wire")
            let trail = try await fixture.store.auditTrail(entity: "document")
            #expect(trail.map(\.action) == ["article.ingest"])
            #expect(trail.first?.actor == "analyst-1" && trail.first?.entityID == source)
            #expect(trail.first?.before == nil && trail.first?.after?.contains("Example Wire") == true)
        }
    }

    @Test("hostile markup is stored as text and served inert")
    func hostile() async throws {
        try await withServer { fixture, app in
            let created = try await app.testing().sendRequest(
                .POST, "/api/articles", headers: fixture.headers("analyst"),
                body: jsonBody(["text": hostileArticle, "title": "<script>alert(1)</script>"]))
            #expect(created.status == .created)
            let source = try #require(created.json["source"] as? String)
            for path in ["/api/documents/\(source)", "/api/sources", "/api/review", "/api/audit"] {
                let response = try await app.testing().sendRequest(.GET, path)
                #expect(!response.text.contains("<script"), "\(path)")
                #expect(!response.text.contains("<img"), "\(path)")
                #expect(response.headers.first(name: "Content-Security-Policy")?.contains("default-src 'none'") == true)
            }
            let document = try await app.testing().sendRequest(.GET, "/api/documents/\(source)")
            #expect(document.text.contains("\\u003cscript\\u003e"))
            #expect((document.json["text"] as? String)?.contains("onerror=alert(1)") == true)
        }
    }

    @Test("accepting and rejecting candidates change the ledger and the audit trail, with before and after")
    func review() async throws {
        try await withServer { fixture, app in
            let created = try await app.testing().sendRequest(
                .POST, "/api/articles", headers: fixture.headers("analyst"), body: jsonBody(Self.article))
            let candidates = try #require(created.json["candidates"] as? [[String: Any]])
            let ids = candidates.compactMap { $0["id"] as? String }
            let accept = try await app.testing().sendRequest(
                .POST, "/api/review/\(ids[1])/accept", headers: fixture.headers("analyst"),
                body: jsonBody(["level": 6, "scale": "limited"]))
            #expect(accept.status == .ok)
            #expect(accept.json["status"] as? String == "accepted")
            #expect(accept.json["scale"] as? String == "limited")
            let reject = try await app.testing().sendRequest(
                .POST, "/api/review/\(ids[0])/reject", headers: fixture.headers("analyst"))
            #expect(reject.json["status"] as? String == "rejected")
            let twice = try await app.testing().sendRequest(
                .POST, "/api/review/\(ids[0])/reject", headers: fixture.headers("analyst"))
            #expect(twice.status == .conflict)
            let badLevel = try await app.testing().sendRequest(
                .POST, "/api/review/\(ids[0])/accept", headers: fixture.headers("analyst"),
                body: jsonBody(["level": 9]))
            #expect(badLevel.status == .badRequest && badLevel.errorField == "level")
            let test = try await app.testing().sendRequest(.GET, "/api/tests/cli-2020-attack").text
            #expect(test.contains("officials said"))
            let trail = try await app.testing().sendRequest(.GET, "/api/audit?entity=candidate").json
            let entries = try #require(trail["entries"] as? [[String: Any]])
            #expect(entries.map { $0["action"] as? String } == ["candidate.accept", "candidate.reject"])
            #expect((entries[0]["before"] as? String)?.contains("\"status\":\"candidate\"") == true)
            #expect((entries[0]["after"] as? String)?.contains("\"status\":\"accepted\"") == true)
        }
    }

    @Test("an admin adds, replaces and removes a commitment; case-base commitments are refused")
    func commitments() async throws {
        try await withServer { fixture, app in
            let body: [String: Any] = [
                "patron": "PAT", "client": "CLI", "kind": "armsSupply", "started": "2021-02",
                "scope": ["note": "small arms"], "sources": ["cli-wire-2020-10-01"],
            ]
            let admin = fixture.headers("admin")
            let created = try await app.testing().sendRequest(
                .PUT, "/api/commitments/pat-cli-arms", headers: admin, body: jsonBody(body))
            #expect(created.status == .created)
            var changed = body
            changed["ended"] = "2024"
            let replaced = try await app.testing().sendRequest(
                .PUT, "/api/commitments/pat-cli-arms", headers: admin, body: jsonBody(changed))
            #expect(replaced.status == .ok)
            #expect((replaced.json["before"] as? [String: Any])?["ended"] == nil)
            #expect((replaced.json["after"] as? [String: Any])?["ended"] as? String == "2024")
            let listed = try await app.testing().sendRequest(.GET, "/api/commitments/pat-cli-arms").json
            #expect(listed["kind"] as? String == "armsSupply")
            let caseBase = try await app.testing().sendRequest(
                .PUT, "/api/commitments/pat-cli-pact", headers: admin, body: jsonBody(body))
            #expect(caseBase.status == .conflict)
            let unknownActor = try await app.testing().sendRequest(
                .PUT, "/api/commitments/x", headers: admin, body: jsonBody(body.merging(["client": "ZZZ"]) { $1 }))
            #expect(unknownActor.status == .badRequest && unknownActor.errorField == "client")
            let badKind = try await app.testing().sendRequest(
                .PUT, "/api/commitments/x", headers: admin, body: jsonBody(body.merging(["kind": "love"]) { $1 }))
            #expect(badKind.status == .badRequest && badKind.errorField == "kind")
            let removed = try await app.testing().sendRequest(.DELETE, "/api/commitments/pat-cli-arms", headers: admin)
            #expect(removed.status == .ok)
            #expect(try await app.testing().sendRequest(.GET, "/api/commitments/pat-cli-arms").status == .notFound)
            let trail = try await fixture.store.auditTrail(entity: "commitment", entityID: "pat-cli-arms")
            #expect(trail.map(\.action) == ["commitment.put", "commitment.put", "commitment.delete"])
            #expect(trail[0].before == nil && trail[2].after == nil)
            #expect(trail.allSatisfy { $0.actor == "admin-1" })
        }
    }
}
