import ArgumentParser
import Foundation
import SteadfastCore
import SteadfastStore
import SteadfastText

/// `steadfast ingest FILE|DIR|-`: store articles and queue their events for review.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Store articles (text, HTML, Markdown) and queue their coded events for review.",
        discussion: "The same article twice is one source. A directory ingests every .txt, .html, .htm and .md file.")

    @OptionGroup var options: LedgerOptions
    @Argument(help: "A file, a directory, or - for standard input.") var input: String
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        let configuration = try options.configuration()
        let (store, caseBase) = try await Session.open(configuration)
        var results: [IngestResult] = []
        var failures: [String] = []
        do {
            let ledger = try await store.ledger()
            let pipeline = try TextPipeline.standard(registry: caseBase.ledger.registry)
            let linker = CandidateLinker(tests: ledger.tests, rules: configuration.rules, asOf: configuration.asOf)
            let files = try Self.files(input)
            for (index, file) in files.enumerated() {
                if files.count > 1 { Progress.show(index + 1, of: files.count, file.lastPathComponent) }
                do {
                    let (data, name) = try CoderSetup.read(file.path == "-" ? "-" : file.path)
                    results.append(
                        try await store.ingest(
                            pipeline.code(data, name: name), name: name, linker: linker, actor: TokenCommand.actor))
                } catch {
                    let reason = String(describing: error)
                    let name = file.lastPathComponent
                    failures.append(reason.hasPrefix(name) ? reason : "\(name): \(reason)")
                }
            }
            if files.count > 1 { Progress.finish() }
            await store.close()
        } catch {
            await store.close()
            throw error
        }
        let report = IngestReport(documents: results, failures: failures)
        print(format == .json ? try Formatting.json(report) : report.render())
        if !failures.isEmpty { throw CLIError.problemsFound(failures.count) }
    }

    static func files(_ input: String) throws -> [URL] {
        if input == "-" { return [URL(fileURLWithPath: "-")] }
        let url = URL(fileURLWithPath: input)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
            throw ValidationError("\(input): no such file or directory")
        }
        guard isDirectory.boolValue else { return [url] }
        let entries = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?.allObjects ?? []
        return entries.compactMap { $0 as? URL }
            .filter { ["txt", "html", "htm", "md", "markdown"].contains($0.pathExtension.lowercased()) }
            .sorted { $0.path < $1.path }
    }
}

/// A one-line progress bar on standard error.
enum Progress {
    static func show(_ done: Int, of total: Int, _ name: String) {
        let width = 30
        let filled = width * done / max(total, 1)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        FileHandle.standardError.write(Data("\r[\(bar)] \(done)/\(total) \(name.prefix(40))\u{1B}[K".utf8))
    }

    static func finish() {
        FileHandle.standardError.write(Data("\n".utf8))
    }
}

/// What `ingest` prints.
struct IngestReport: Encodable {
    var documents: [IngestResult]
    var failures: [String]

    func render() -> String {
        var lines = documents.map { result in
            result.duplicate
                ? "\(result.documentID) already ingested: \(result.title ?? "")"
                : "\(result.documentID) \(result.title ?? ""): \(result.candidates) candidates, \(result.linked) linked to tests"
        }
        let added = documents.filter { !$0.duplicate }
        lines.append(
            "ingested \(added.count) of \(documents.count + failures.count) articles "
                + "(\(documents.count - added.count) already known, \(failures.count) failed); "
                + "\(added.reduce(0) { $0 + $1.candidates }) candidates queued: see `steadfast review`")
        lines += failures.map { "failed: \($0)" }
        return lines.joined(separator: "\n")
    }
}
