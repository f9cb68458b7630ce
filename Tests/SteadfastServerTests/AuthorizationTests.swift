import Foundation
import SteadfastServer
import SteadfastStore
import Testing
import VaporTesting

/// Writes need a token, and a role high enough.
@Suite("Tokens and roles")
struct AuthorizationTests {
    struct Write: Sendable, CustomStringConvertible {
        var method: HTTPMethod
        var path: String
        var role: String
        var description: String { "\(method) \(path)" }
    }

    static let writes = [
        Write(method: .POST, path: "/api/articles", role: "analyst"),
        Write(method: .POST, path: "/api/review/c-x-1/accept", role: "analyst"),
        Write(method: .POST, path: "/api/review/c-x-1/reject", role: "analyst"),
        Write(method: .PUT, path: "/api/commitments/api-1", role: "admin"),
        Write(method: .DELETE, path: "/api/commitments/api-1", role: "admin"),
        Write(method: .GET, path: "/api/tokens", role: "admin"),
        Write(method: .POST, path: "/api/tokens", role: "admin"),
        Write(method: .DELETE, path: "/api/tokens/viewer-1", role: "admin"),
    ]

    @Test("no token, a bad token or a revoked one: 401; a lower role: 403", arguments: writes)
    func refused(write: Write) async throws {
        try await withServer { fixture, app in
            let none = try await app.testing().sendRequest(write.method, write.path, headers: fixture.headers(nil))
            #expect(none.status == .unauthorized)
            #expect(none.errorCode == "unauthorized")
            var forged = fixture.headers(nil)
            forged.bearerAuthorization = BearerAuthorization(token: "sf_forged")
            #expect(
                try await app.testing().sendRequest(write.method, write.path, headers: forged).status == .unauthorized)
            let lower = write.role == "admin" ? "analyst" : "viewer"
            let weak = try await app.testing().sendRequest(write.method, write.path, headers: fixture.headers(lower))
            #expect(weak.status == .forbidden)
            #expect(weak.errorCode == "forbidden")
            _ = try await fixture.store.revokeToken(name: "\(write.role)-1", actor: "test")
            let revoked = try await app.testing().sendRequest(
                write.method, write.path, headers: fixture.headers(write.role))
            #expect(revoked.status == .unauthorized)
        }
    }

    @Test("an admin creates a token through the API: it works, is listed without the token, and is revoked")
    func tokenLifecycle() async throws {
        try await withServer { fixture, app in
            let created = try await app.testing().sendRequest(
                .POST, "/api/tokens", headers: fixture.headers("admin"),
                body: jsonBody(["name": "maria", "role": "analyst"]))
            #expect(created.status == .created)
            let token = try #require(created.json["token"] as? String)
            let list = try await app.testing().sendRequest(.GET, "/api/tokens", headers: fixture.headers("admin"))
            #expect(!list.text.contains(token))
            #expect(list.text.contains("maria"))
            let stored = try await fixture.store.accounts()
            #expect(stored.contains { $0.name == "maria" && $0.role == .analyst })
            var headers = fixture.headers(nil)
            headers.bearerAuthorization = BearerAuthorization(token: token)
            let reject = try await app.testing().sendRequest(.POST, "/api/review/c-x-1/reject", headers: headers)
            #expect(reject.status == .notFound)
            let revoked = try await app.testing().sendRequest(
                .DELETE, "/api/tokens/maria", headers: fixture.headers("admin"))
            #expect(revoked.status == .ok)
            #expect(
                try await app.testing().sendRequest(.POST, "/api/review/c-x-1/reject", headers: headers).status
                    == .unauthorized)
            let trail = try await fixture.store.auditTrail(entity: "token", entityID: "maria")
            #expect(trail.map(\.action) == ["token.create", "token.revoke"])
            #expect(trail.allSatisfy { $0.actor == "admin-1" })
        }
    }

    @Test("only the token's SHA-256 is stored")
    func hashOnly() async throws {
        let fixture = try await ServerFixture.make()
        await fixture.store.close()
        let token = try #require(fixture.tokens["admin"])
        let database = try String(
            decoding: Data(contentsOf: fixture.directory.appendingPathComponent("ledger.sqlite")), as: UTF8.self)
        try? FileManager.default.removeItem(at: fixture.directory)
        #expect(!database.contains(token))
        #expect(database.contains(TokenIssuer.hash(token)))
        #expect(TokenIssuer.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
