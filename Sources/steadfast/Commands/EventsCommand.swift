import ArgumentParser
import Foundation
import SteadfastCaseBase
import SteadfastCore
import SteadfastEvents

/// `steadfast events`: work on GDELT and ICEWS event files directly, without the ledger.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events", abstract: "Aggregate GDELT and ICEWS event files.",
        subcommands: [EventsAggregateCommand.self])
}

/// How `events aggregate` groups.
enum EventGrouping: String, ExpressibleByArgument, CaseIterable {
    case dyadMonthRoot = "dyad-month-root"
}

extension EventDataset: ExpressibleByArgument {}

/// `steadfast events aggregate FILE... --by dyad-month-root`: counts and Goldstein sums as TSV.
struct EventsAggregateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "aggregate",
        abstract: "Count events and sum Goldstein scores by dyad, month and CAMEO root code, as TSV.",
        discussion: """
            Prints Actor1CountryCode, Actor2CountryCode, MonthYear, EventRootCode, count and Goldstein sum, \
            one group a line with a header, empty codes as their own group. Plain tab-separated GDELT files \
            are scanned in parallel; zipped, comma-separated and ICEWS files row by row. Rows read and \
            malformed rows (with line numbers) go to standard error.
            """)

    @Argument(help: "GDELT or ICEWS event files (plain or .zip).") var files: [String]
    @Option(help: "The grouping: dyad-month-root.") var by: EventGrouping = .dyadMonthRoot
    @Option(help: "The dataset: gdelt or icews.") var dataset: EventDataset = .gdelt
    @Option(help: "Cores to use (default: all).") var threads = ProcessInfo.processInfo.activeProcessorCount
    @Flag(help: "Print only the totals (groups, rows, Goldstein sum), not the groups.") var totals = false

    func run() throws {
        let names = try dataset == .icews ? EventsReport.countryNames() : nil
        let aggregation = DyadMonthRootAggregation(threads: threads, dataset: dataset) { names?.code($0) }
        let table = try aggregation.aggregate(files)
        if totals {
            print(
                "groups \(table.groups)\trows \(table.events)\tgoldstein \(Formatting.number(table.goldstein, digits: 1))"
            )
        } else {
            FileHandle.standardOutput.write(Data(table.tsv()))
        }
        EventsReport.malformed(table.files)
    }
}

/// Reports on standard error what reading event files found.
enum EventsReport {
    static func malformed(_ files: [EventFileSummary]) {
        for file in files {
            var line = "\(file.file): \(file.rows) rows, \(file.malformed) malformed"
            if let layout = file.layout { line += " (\(layout.rawValue)\(file.header ? ", header" : ""))" }
            standardError(line)
            for row in file.malformedRows { standardError("  line \(row.line): \(row.reason)") }
            if file.malformed > file.malformedRows.count {
                standardError("  … and \(file.malformed - file.malformedRows.count) more")
            }
        }
    }

    /// ICEWS country names from the built-in case base's states.
    static func countryNames() throws -> CountryNames {
        let caseBase = try CaseBase.load(directory: try CaseBase.builtInDirectory(), asOf: Day(Date()))
        return CountryNames(registry: caseBase.ledger.registry)
    }

    static func standardError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
