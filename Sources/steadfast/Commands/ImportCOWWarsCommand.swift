import ArgumentParser
import Foundation
import SteadfastCore
import SteadfastStore

/// `steadfast import cow-wars FILE`: Correlates of War inter-state war participants, for the
/// historical ledger.
struct ImportCOWWarsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cow-wars",
        abstract: "Import COW inter-state war participants for the historical ledger (idempotent; all or nothing).",
        discussion: """
            Reads the participants file in the v4.0 layout (one row per state and side, up to two \
            spells, CR, LF or CRLF line endings, UTF-8 or Latin-1). Every bad field is reported with \
            file, line and column and nothing is written. `report --historical` and \
            `export --format csv --historical` judge ATOP obligations by these wars.
            """)

    @OptionGroup var options: LedgerOptions
    @Argument(help: "The COW inter-state war participants CSV file (Inter-StateWarData_v4.0.csv).") var file: String
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        let imported = try COWWarImport.read(URL(fileURLWithPath: file))
        let (store, _) = try await Session.open(try options.configuration())
        do {
            let summary = try await store.merge(wars: imported)
            await store.close()
            let report = COWWarImportReport(wars: imported.wars, participations: imported.records.count, merge: summary)
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
    var merge: MergeSummary

    var text: String {
        "COW inter-state wars: \(wars) wars, \(participations) participations\n"
            + "  added \(merge.added), changed \(merge.changed), unchanged \(merge.unchanged), removed \(merge.removed)"
    }
}
