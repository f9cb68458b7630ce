import Foundation
import SteadfastServer
import Testing
import VaporTesting

/// Bad requests get a JSON error naming what is wrong, never a stack trace.
@Suite("Limits and errors")
struct LimitTests {
    @Test("a body over --max-body is 413")
    func tooLarge() async throws {
        try await withServer(ServerConfiguration(maxBodyBytes: 1024)) { fixture, app in
            let text = String(repeating: "Patronia sent troops. ", count: 100)
            let response = try await app.testing().sendRequest(
                .POST, "/api/articles", headers: fixture.headers("analyst"), body: jsonBody(["text": text]))
            #expect(response.status == .payloadTooLarge)
            #expect(response.errorCode == "body_too_large")
        }
    }

    struct BadBody: Sendable, CustomStringConvertible {
        var body: String
        var code: String
        var field: String?
        var description: String { body }
    }

    static let badBodies = [
        BadBody(body: "{\"text\": ", code: "malformed_json", field: nil),
        BadBody(body: "[1, 2]", code: "malformed_json", field: nil),
        BadBody(body: "{\"title\": \"no text\"}", code: "missing_field", field: "text"),
        BadBody(body: "{\"text\": 42}", code: "invalid_field", field: "text"),
        BadBody(
            body: "{\"text\": \"Patronia.\", \"published\": \"yesterday\"}", code: "invalid_field", field: "published"),
        BadBody(body: "{\"text\": \"Patronia.\", \"format\": \"pdf\"}", code: "invalid_field", field: "format"),
        BadBody(body: "{\"text\": \"   \"}", code: "invalid_field", field: "text"),
        BadBody(body: "", code: "missing_body", field: nil),
    ]

    @Test("malformed JSON or a bad field is 400 naming the field", arguments: badBodies)
    func badRequest(bad: BadBody) async throws {
        try await withServer { fixture, app in
            let response = try await app.testing().sendRequest(
                .POST, "/api/articles", headers: fixture.headers("analyst"), body: ByteBuffer(string: bad.body))
            #expect(response.status == .badRequest)
            #expect(response.errorCode == bad.code)
            #expect(response.errorField == bad.field)
        }
    }

    @Test("a nested field is named with its path")
    func nestedField() async throws {
        try await withServer { fixture, app in
            let response = try await app.testing().sendRequest(
                .PUT, "/api/commitments/x", headers: fixture.headers("admin"),
                body: ByteBuffer(
                    string: "{\"patron\":\"PAT\",\"client\":\"CLI\",\"kind\":\"armsSupply\",\"started\":\"2021\","
                        + "\"scope\":{\"threats\":[\"invasion\",\"picnic\"]}}"))
            #expect(response.status == .badRequest)
            #expect(response.errorField == "scope.threats[1]")
        }
    }

    @Test("an unknown API route is 404 JSON; an unknown page is a 404 page", arguments: [HTTPMethod.GET, .POST])
    func notFound(method: HTTPMethod) async throws {
        try await withServer { fixture, app in
            let api = try await app.testing().sendRequest(method, "/api/nothing/here")
            #expect(api.status == .notFound)
            #expect(api.headers.contentType == .json)
            #expect(api.errorCode == "not_found")
            var browser = HTTPHeaders()
            browser.replaceOrAdd(name: .accept, value: "text/html")
            let page = try await app.testing().sendRequest(method, "/no/such/page", headers: browser)
            #expect(page.status == .notFound)
            #expect(page.headers.contentType == .html)
            #expect(page.text.contains("Page not found"))
        }
    }

    @Test("a known path with a method it does not take is 405 with Allow")
    func methodNotAllowed() async throws {
        try await withServer { fixture, app in
            let response = try await app.testing().sendRequest(.PATCH, "/api/commitments/pat-cli-pact")
            #expect(response.status == .methodNotAllowed)
            #expect(response.errorCode == "method_not_allowed")
            #expect(response.headers.first(name: .allow) == "DELETE, GET, PUT")
            let leaderboard = try await app.testing().sendRequest(.POST, "/api/leaderboard")
            #expect(leaderboard.headers.first(name: .allow) == "GET")
        }
    }

    @Test("an unexpected failure is a generic 500 without internals")
    func noStackTrace() async throws {
        try await withServer { fixture, app in
            await fixture.store.close()
            let response = try await app.testing().sendRequest(.GET, "/api/review")
            #expect(response.status.code >= 500)
            #expect(response.errorCode != nil)
            #expect(!response.text.contains("SQLLedgerStore"))
            #expect(!response.text.contains(".swift"))
        }
    }
}
