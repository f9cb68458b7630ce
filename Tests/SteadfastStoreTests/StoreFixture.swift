import Foundation
import Logging
import SteadfastCaseBase
import SteadfastCore
import SteadfastStore

/// A fresh SQLite file per test, and the small case base the case base tests use.
struct StoreFixture {
    static let asOf = Day(year: 2026, month: 11, day: 27)!

    static var caseBaseDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SteadfastCaseBaseTests/Fixtures/valid")
    }

    static func caseBase() throws -> CaseBase {
        try CaseBase.load(directory: caseBaseDirectory, asOf: asOf)
    }

    let directory: URL
    var path: String { directory.appendingPathComponent("ledger.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(
            "steadfast-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func open() async throws -> SQLLedgerStore {
        try await SQLLedgerStore.open(.sqliteFile(path), logger: Logger(label: "test"))
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
