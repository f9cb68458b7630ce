import Foundation

/// Runs the built `steadfast` executable as a separate process against its own database file.
struct CommandRunner {
    struct Result {
        var status: Int32
        var output: String
        var error: String
    }

    let directory: URL
    var database: String { directory.appendingPathComponent("ledger.sqlite").path }

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("steadfast-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    /// The executable next to the test bundle (SwiftPM builds it because the tests depend on it).
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["STEADFAST_BINARY"] {
            return URL(fileURLWithPath: path)
        }
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        for directory in candidates {
            let url = directory.appendingPathComponent("steadfast")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/steadfast")
    }

    /// Runs `steadfast ARGUMENTS` with the test's database and a fixed day.
    func run(_ arguments: [String], database: String? = nil, asOf: String? = "2026-11-27", input: String? = nil)
        throws -> Result
    {
        let process = Process()
        process.executableURL = Self.executable
        var environment = ProcessInfo.processInfo.environment
        environment["STEADFAST_DATABASE"] = database ?? self.database
        process.environment = environment
        process.arguments = arguments + (asOf.map { ["--as-of", $0] } ?? [])
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        let feed = Pipe()
        if input != nil { process.standardInput = feed }
        try process.run()
        if let input {
            feed.fileHandleForWriting.write(Data(input.utf8))
            try feed.fileHandleForWriting.close()
        }
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
