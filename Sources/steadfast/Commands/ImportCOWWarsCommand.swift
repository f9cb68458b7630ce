import ArgumentParser
import Foundation
import SteadfastCore
import SteadfastStore

/// `steadfast import cow-wars FILE [--dyads FILE]`: Correlates of War inter-state war
/// participants and, optionally, who fought whom, for the historical ledger.
struct ImportCOWWarsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cow-wars",
        abstract: "Import COW inter-state war participants for the historical ledger (idempotent; all or nothing).",
        discussion: """
            Reads the participants file in the v4.0 layout (one row per state and side, up to two \
            spells, CR, LF or CRLF line endings, UTF-8 or Latin-1) and, with --dyads, the inter-state \
            war directed dyad-year file (warnum, ccode1, ccode2, year; numbers such as 220.0), whose \
            rows must name a war and two of its participants on opposite sides that year. Every bad \
            field is reported with file, line and column and nothing is written. The stored COW data \
            become exactly what was read: without --dyads, dyad-years stored earlier are removed. \
            `report --historical` and `export --format csv --historical` judge ATOP obligations by \
            these wars; with dyads, a partner joined against its ally only if the two fought each other.
            """)

    @OptionGroup var options: LedgerOptions
    @Argument(help: "The COW inter-state war participants CSV file (Inter-StateWarData_v4.0.csv).") var file: String
    @Option(
        help: ArgumentHelp(
            "The COW inter-state war directed dyad-year CSV file: who fought whom, year by year.",
            valueName: "file")) var dyads: String?
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        let imported = try COWWarImport.read(URL(fileURLWithPath: file))
        let fought = try dyads.map { try COWDyadImport.read(URL(fileURLWithPath: $0), participants: imported) }
        let (store, _) = try await Session.open(try options.configuration())
        do {
            let summary = try await store.merge(wars: imported, dyads: fought)
            await store.close()
            let report = COWWarImportReport(
                wars: imported.wars, participations: imported.records.count, dyadYears: fought?.records.count ?? 0,
                warsWithDyads: fought?.wars ?? 0, merge: summary)
            print(format == .json ? try Formatting.json(report) : report.text)
        } catch {
            await store.close()
            throw error
        }
    }
}

/// The summary `import cow-wars` prints.
struct COWWarImportReport: Codable {
    var wars: Int
    var participations: Int
    var dyadYears: Int
    var warsWithDyads: Int
    var merge: COWMergeSummary

    var text: String {
        "COW inter-state wars: \(wars) wars, \(participations) participations; "
            + "\(dyadYears) dyad-years in \(warsWithDyads) wars\n"
            + "  participations: \(Self.counts(merge.participants))\n"
            + "  dyad-years: \(Self.counts(merge.dyads))"
    }

    private static func counts(_ summary: MergeSummary) -> String {
        "added \(summary.added), changed \(summary.changed), unchanged \(summary.unchanged), removed \(summary.removed)"
    }
}
