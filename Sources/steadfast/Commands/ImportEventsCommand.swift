import ArgumentParser
import Dispatch
import Foundation
import SteadfastCaseBase
import SteadfastCore
import SteadfastEvents
import SteadfastStore

/// `steadfast import gdelt FILE...`: GDELT 1.0 and 2.0 event exports into the ledger's event tables.
struct ImportGDELTCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gdelt", abstract: "Import GDELT event exports (1.0: 57 or 58 columns; 2.0: 61; plain or .zip).",
        discussion: EventImportRun.discussion)

    @OptionGroup var options: EventImportOptions
    @Argument(help: "GDELT export files.") var files: [String]

    func run() async throws {
        try await options.run(files, dataset: .gdelt)
    }
}

/// `steadfast import icews FILE...`: ICEWS event files (tab-separated with a header) into the event tables.
struct ImportICEWSCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "icews", abstract: "Import ICEWS event files (read by their header's column names).",
        discussion: EventImportRun.discussion)

    @OptionGroup var options: EventImportOptions
    @Argument(help: "ICEWS event files.") var files: [String]

    func run() async throws {
        try await options.run(files, dataset: .icews)
    }
}

/// The options every event import takes.
struct EventImportOptions: ParsableArguments {
    @OptionGroup var ledger: LedgerOptions
    @Option(help: "Rows per transaction.") var batch = 20000
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table
    @Flag(help: "No progress bar on standard error.") var quiet = false

    func run(_ files: [String], dataset: EventDataset) async throws {
        try await EventImportRun(files: files, dataset: dataset, batch: batch, quiet: quiet, format: format)
            .run(try ledger.configuration())
    }
}

/// One event import: opens the store, streams the files in, prints the summary.
struct EventImportRun {
    static let discussion = """
        Rows become event groups by dyad (country codes), day and CAMEO code, with counts, Goldstein sums, \
        NumSources/NumArticles and a sample of source URLs. A row with a dataset id already seen, or the same \
        report re-issued under a new id, collapses into the first and is recorded with its file and line \
        (docs/EVENTS.md). Malformed rows are counted and listed with their line numbers; they never stop a file.
        """

    var files: [String]
    var dataset: EventDataset
    var batch: Int
    var quiet: Bool
    var format: OutputFormat

    func run(_ configuration: SessionConfiguration) async throws {
        let (store, caseBase) = try await Session.open(configuration)
        let names = CountryNames(registry: caseBase.ledger.registry)
        let bar = ProgressBar(enabled: !quiet)
        let start = DispatchTime.now()
        do {
            let summary = try await store.importEvents(
                files, dataset: dataset, countryCode: { names.code($0) }, batchSize: batch, progress: bar.update)
            bar.finish()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
            let queued = try await store.queueEventCandidates(
                ledger: try await store.ledger(), rules: configuration.rules, asOf: configuration.asOf)
            await store.close()
            print(try render(EventImportReport(summary: summary, seconds: seconds, candidates: queued)))
        } catch {
            await store.close()
            bar.finish()
            throw error
        }
    }

    private func render(_ report: EventImportReport) throws -> String {
        if format == .json { return try Formatting.json(report) }
        let summary = report.summary
        let duplicates = summary.duplicates.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }
        var lines = [
            "\(summary.dataset.rawValue): \(summary.files.count) file(s), \(summary.rows) rows read → \(summary.events) events "
                + "in \(summary.groupWrites) group writes",
            "  duplicates collapsed: \(summary.collapsed)\(duplicates.isEmpty ? "" : " (\(duplicates.joined(separator: ", ")))")",
            "  malformed: \(summary.malformed)",
        ]
        for file in summary.files where file.malformed > 0 {
            let shown = file.malformedRows.prefix(20).map { "\($0.line): \($0.reason)" }
            lines.append("    \(file.file): lines " + shown.joined(separator: "; "))
            if file.malformed > shown.count { lines.append("    … and \(file.malformed - shown.count) more") }
        }
        lines.append(
            "  review queue: \(report.candidates.queued) new candidate responses from \(report.candidates.groups) "
                + "patron event groups in \(report.candidates.tests) tests' windows (steadfast review)")
        lines.append(
            "  \(Formatting.number(report.seconds)) s, \(Int(report.rowsPerSecond)) rows/s, "
                + "\(Formatting.number(report.megabytesPerSecond, digits: 1)) MB/s")
        return lines.joined(separator: "\n")
    }
}

/// The summary `import gdelt` and `import icews` print.
struct EventImportReport: Codable {
    var summary: EventImportSummary
    var seconds: Double
    var rowsPerSecond: Double
    var megabytesPerSecond: Double
    var candidates: EventCandidateSummary

    init(summary: EventImportSummary, seconds: Double, candidates: EventCandidateSummary) {
        self.summary = summary
        self.candidates = candidates
        self.seconds = seconds
        rowsPerSecond = Double(summary.rows) / max(seconds, 1e-9)
        megabytesPerSecond = Double(summary.bytes) / 1e6 / max(seconds, 1e-9)
    }
}

/// A one-line progress bar on standard error, redrawn at most ten times a second.
final class ProgressBar: @unchecked Sendable {
    // Only touched from the importing task, one call at a time.
    private let enabled: Bool
    private var last = DispatchTime.now().uptimeNanoseconds
    private var drawn = false

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func update(_ progress: EventImportProgress) {
        let now = DispatchTime.now().uptimeNanoseconds
        guard enabled, now - last > 100_000_000 else { return }
        last = now
        let share = progress.totalBytes > 0 ? min(1, Double(progress.bytes) / Double(progress.totalBytes)) : 0
        let filled = Int(share * 30)
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
        let text = "\r[\(bar)] \(Int(share * 100))%  \(progress.rows) rows  file \(progress.file + 1)"
        FileHandle.standardError.write(Data(text.utf8))
        drawn = true
    }

    func finish() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
