import Foundation
import SteadfastCore

/// A temporary copy of the valid fixture case base that a test may break on purpose.
struct CaseBaseFixture {
    let directory: URL

    static var valid: URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent("valid")
    }

    static let asOf = Day(year: 2026, month: 11, day: 27)!

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("steadfast-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.valid, to: directory)
    }

    func write(_ text: String, to name: String) throws {
        let url = directory.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try text.write(to: url, atomically: true, encoding: .utf8)
    }

    func replace(_ old: String, with new: String, in name: String) throws {
        let url = directory.appendingPathComponent(name)
        let text = try String(contentsOf: url, encoding: .utf8)
        precondition(text.contains(old), "fixture \(name) lacks \(old)")
        try text.replacingOccurrences(of: old, with: new).write(to: url, atomically: true, encoding: .utf8)
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
