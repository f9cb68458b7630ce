import ArgumentParser
import SteadfastCore
import SteadfastStore

/// `steadfast export`: the whole judged ledger for scripts, as JSON or CSV.
struct ExportCommand: AsyncParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case csv
    }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export patrons, tests with verdicts and commitments (JSON), or one row per verdict (CSV).")

    @OptionGroup var options: LedgerOptions
    @Option(help: "Output format: json or csv.") var format: Format = .json
    @Flag(
        help: "The historical ledger instead (CSV): one row per COW war, ATOP alliance, member, partner and obligation."
    )
    var historical = false

    func run() async throws {
        if historical {
            guard format == .csv else { throw ValidationError("--historical exports CSV: add --format csv") }
            print(HistoricalCSV.render(try await HistoricalReport.ledger(options)), terminator: "")
            return
        }
        let reading = try await options.read()
        switch format {
        case .json: print(try Formatting.json(ExportDocument(reading)))
        case .csv: print(VerdictCSV.render(reading), terminator: "")
        }
    }
}
