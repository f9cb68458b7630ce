import ArgumentParser
import Foundation
import SteadfastStore

/// `steadfast audit export`: the audit trail of every change, for keeping or reviewing elsewhere.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit", abstract: "The audit trail: who changed what, when, before and after.",
        subcommands: [AuditExportCommand.self])
}

/// `steadfast audit export --format csv|json`.
struct AuditExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Print the audit trail, oldest first, as CSV or JSON.")

    @OptionGroup var options: LedgerOptions
    @Option(help: "Output format: csv or json.") var format: ExportCommand.Format = .csv
    @Option(help: "Only changes to this kind of thing: commitment, candidate, document or token.") var entity: String?
    @Option(help: "Only changes to the thing with this identifier.") var id: String?

    func run() async throws {
        let entries = try await TokenCommand.withStore(options) {
            try await $0.auditTrail(entity: entity, entityID: id)
        }
        switch format {
        case .csv:
            print(AuditCSV.render(entries), terminator: "")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(entries), as: UTF8.self))
        }
    }
}
