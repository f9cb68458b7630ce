import ArgumentParser
import Foundation
import Logging
import SteadfastCaseBase
import SteadfastCore
import SteadfastStore

/// `steadfast import`: bring external datasets into the ledger.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Import external datasets into the ledger.",
        subcommands: [
            ImportATOPCommand.self, ImportGDELTCommand.self, ImportICEWSCommand.self, ImportCOWWarsCommand.self,
        ])
}

/// `steadfast import atop`: formal alliance obligations from ATOP, one commitment per member pair.
struct ImportATOPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atop",
        abstract: "Import ATOP alliance obligations as commitments (idempotent; all or nothing).",
        discussion: """
            Each member's defence, offence, neutrality, non-aggression and consultation obligations \
            towards each other member become commitments, dated from when both were members, with the \
            ATOP id as source and ATOP's adversary conditions as scope. Pairs that the curated case \
            base already records with the same ATOP id are left to the case base. Every member row is \
            also kept with its COW number, obligations and conditions for the historical ledger \
            (`report --historical`).
            """)

    @OptionGroup var options: LedgerOptions
    @Option(help: "The ATOP alliance-level CSV file.") var alliances: String
    @Option(help: "The ATOP member-level CSV file.") var members: String
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        let configuration = try options.configuration()
        let (store, caseBase) = try await Session.open(configuration)
        do {
            let imported = try ATOPImport.read(
                alliances: URL(fileURLWithPath: alliances), members: URL(fileURLWithPath: members),
                registry: caseBase.ledger.registry, curated: caseBase.ledger.commitments)
            let summary = try await store.merge(atop: imported)
            await store.close()
            print(try render(ATOPImportReport(imported: imported, merge: summary)))
        } catch {
            await store.close()
            throw error
        }
    }

    private func render(_ report: ATOPImportReport) throws -> String {
        if format == .json { return try Formatting.json(report) }
        var lines = [
            "ATOP: \(report.alliances) alliances, \(report.memberRows) member rows → \(report.commitments) commitments",
            "  added \(report.merge.added), changed \(report.merge.changed), unchanged \(report.merge.unchanged), "
                + "removed \(report.merge.removed); \(report.matchedCurated) pairs left to the curated case base",
            "  \(report.memberships.added + report.memberships.changed + report.memberships.unchanged) memberships "
                + "for the historical ledger: added \(report.memberships.added), changed \(report.memberships.changed), "
                + "unchanged \(report.memberships.unchanged), removed \(report.memberships.removed)",
        ]
        if !report.unknownStates.isEmpty {
            let codes = report.unknownStates.keys.sorted().map(String.init).joined(separator: " ")
            lines.append("  skipped member rows of COW states the registry does not know: \(codes)")
        }
        return lines.joined(separator: "\n")
    }
}

/// The summary `import atop` prints.
struct ATOPImportReport: Codable {
    var alliances: Int
    var memberRows: Int
    var commitments: Int
    var matchedCurated: Int
    var unknownStates: [Int: Int]
    var merge: MergeSummary
    var memberships: MergeSummary

    init(imported: ATOPImport, merge: ATOPMergeSummary) {
        alliances = imported.alliances
        memberRows = imported.memberRows
        commitments = imported.commitments.count
        matchedCurated = imported.matchedCurated
        unknownStates = imported.unknownStates
        self.merge = merge.commitments
        memberships = merge.memberships
    }
}
