import Foundation
import Logging
import SteadfastCaseBase
import SteadfastCore
import SteadfastServer
import SteadfastStore
import Testing
import VaporTesting

/// A fresh SQLite ledger with the test case base (Patronia, Clientia), one token per role, and the
/// application built the way `steadfast serve` builds it.
struct ServerFixture {
    static let asOf = Day(year: 2026, month: 11, day: 27)!

    static var caseBaseDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SteadfastCaseBaseTests/Fixtures/valid")
    }

    let directory: URL
    let store: SQLLedgerStore
    let service: LedgerService
    /// Tokens by role name: viewer, analyst, admin.
    let tokens: [String: String]

    static func make(builtIn: Bool = false) async throws -> ServerFixture {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "steadfast-server-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let caseBase = try CaseBase.load(
            directory: builtIn ? try CaseBase.builtInDirectory() : caseBaseDirectory, asOf: asOf)
        let store = try await SQLLedgerStore.open(
            .sqliteFile(directory.appendingPathComponent("ledger.sqlite").path), logger: Logger(label: "test"))
        _ = try await store.synchronize(with: caseBase)
        var tokens: [String: String] = [:]
        for role in Account.Role.allCases {
            tokens[role.rawValue] = try await TokenIssuer.create(
                name: "\(role.rawValue)-1", role: role, in: store, actor: "test"
            ).token
        }
        let service = try LedgerService(store: store, caseBase: caseBase, rules: .standard, asOf: asOf)
        return ServerFixture(directory: directory, store: store, service: service, tokens: tokens)
    }

    func close() async {
        await store.close()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Opens the ledger's file a second time, as the `steadfast` CLI in another process does, runs
    /// `body` with that store, and closes it.
    func withOtherProcess<Result>(_ body: (SQLLedgerStore) async throws -> Result) async throws -> Result {
        let other = try await SQLLedgerStore.open(
            .sqliteFile(directory.appendingPathComponent("ledger.sqlite").path), logger: Logger(label: "cli"))
        do {
            let result = try await body(other)
            await other.close()
            return result
        } catch {
            await other.close()
            throw error
        }
    }

    func configure(_ configuration: ServerConfiguration = ServerConfiguration()) -> (Application) async throws -> Void {
        { app in ServerApplication.configure(app, service: service, configuration: configuration) }
    }

    func headers(_ role: String?, json: Bool = true) -> HTTPHeaders {
        var headers = HTTPHeaders()
        if let role, let token = tokens[role] { headers.bearerAuthorization = BearerAuthorization(token: token) }
        if json { headers.contentType = .json }
        return headers
    }
}

/// Runs a test against the application in process, with a fresh ledger, and cleans up.
func withServer(
    builtIn: Bool = false, _ configuration: ServerConfiguration = ServerConfiguration(),
    _ test: (ServerFixture, Application) async throws -> Void
) async throws {
    let fixture = try await ServerFixture.make(builtIn: builtIn)
    do {
        try await withApp(configure: fixture.configure(configuration)) { app in try await test(fixture, app) }
    } catch {
        await fixture.close()
        throw error
    }
    await fixture.close()
}

extension TestingHTTPResponse {
    /// The body as JSON.
    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any] ?? [:]
    }

    /// The error code of a JSON error body.
    var errorCode: String? {
        (json["error"] as? [String: Any])?["code"] as? String
    }

    /// The field of a JSON error body.
    var errorField: String? {
        (json["error"] as? [String: Any])?["field"] as? String
    }

    var text: String {
        String(buffer: body)
    }
}

/// A JSON body from a literal.
func jsonBody(_ object: [String: Any]) -> ByteBuffer {
    ByteBuffer(data: try! JSONSerialization.data(withJSONObject: object))
}

/// An article with hostile markup, in the test case base's invented states.
let hostileArticle = """
    Patronia sent troops to Clientia on October 1, 2020, officials said.

    <script>alert('x')</script><img src=x onerror=alert(1)>
    """
