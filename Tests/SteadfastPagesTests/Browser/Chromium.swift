import Foundation

/// Headless Chromium, found on the path or named by `STEADFAST_CHROMIUM`; run with `--no-sandbox`
/// when running as root (as CI does), a fresh profile each time, and a time limit.
struct Chromium {
    /// The executable.
    let executable: String

    /// The browser on this machine, or nil.
    static let installed: Chromium? = {
        let environment = ProcessInfo.processInfo.environment
        if let named = environment["STEADFAST_CHROMIUM"], !named.isEmpty {
            return FileManager.default.isExecutableFile(atPath: named) ? Chromium(executable: named) : nil
        }
        let directories = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
            for directory in directories where FileManager.default.isExecutableFile(atPath: "\(directory)/\(name)") {
                return Chromium(executable: "\(directory)/\(name)")
            }
        }
        return nil
    }()

    /// Why the browser checks are skipped when no browser is found.
    static let missing =
        "Chromium not found: install it (apt-get install chromium) or set STEADFAST_CHROMIUM to its path;"
        + " the headless browser check of the pages is skipped"

    /// The DOM after Chromium has parsed the page, serialized back to HTML.
    ///
    /// - Parameters:
    ///   - url: the page.
    /// - Returns: the serialized DOM.
    func dumpDOM(_ url: URL) async throws -> String {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("steadfast-dom-\(UUID()).html")
        defer { try? FileManager.default.removeItem(at: output) }
        try await run(["--dump-dom", url.absoluteString], stdout: output)
        return try String(contentsOf: output, encoding: .utf8)
    }

    /// Takes a screenshot of the top of a page.
    ///
    /// - Parameters:
    ///   - url: the page.
    ///   - file: where the PNG goes.
    ///   - width: the window's width in CSS pixels.
    ///   - height: the window's height.
    func screenshot(_ url: URL, to file: URL, width: Int, height: Int) async throws {
        try? FileManager.default.removeItem(at: file)
        try await run(
            ["--screenshot=\(file.path)", "--window-size=\(width),\(height)", url.absoluteString], stdout: nil)
        guard FileManager.default.fileExists(atPath: file.path) else { throw Failure.noScreenshot(file.path) }
    }

    enum Failure: Error, CustomStringConvertible {
        case timedOut([String])
        case exited(Int32, [String])
        case noScreenshot(String)

        var description: String {
            switch self {
            case .timedOut(let arguments): "chromium timed out: \(arguments.joined(separator: " "))"
            case .exited(let status, let arguments): "chromium exited \(status): \(arguments.joined(separator: " "))"
            case .noScreenshot(let path): "chromium wrote no screenshot at \(path)"
            }
        }
    }

    private func run(_ arguments: [String], stdout: URL?) async throws {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("steadfast-chromium-\(UUID())")
        defer { try? FileManager.default.removeItem(at: profile) }
        var all = [
            "--headless", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--no-default-browser-check",
            "--disable-dev-shm-usage", "--user-data-dir=\(profile.path)",
        ]
        if getuid() == 0 { all.append("--no-sandbox") }
        all += arguments
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = all
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        if let stdout {
            try Data().write(to: stdout)
            process.standardOutput = try FileHandle(forWritingTo: stdout)
        } else {
            process.standardOutput = FileHandle.nullDevice
        }
        let deadline = DispatchWorkItem { process.terminate() }
        let status: Int32 = try await withCheckedThrowingContinuation { continuation in
            process.terminationHandler = { finished in continuation.resume(returning: finished.terminationStatus) }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: deadline)
        }
        let timedOut = deadline.isCancelled == false && process.terminationReason == .uncaughtSignal
        deadline.cancel()
        if timedOut { throw Failure.timedOut(arguments) }
        guard status == 0 else { throw Failure.exited(status, arguments) }
    }
}
