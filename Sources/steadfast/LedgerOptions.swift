import ArgumentParser
import Foundation
import Logging
import SteadfastCaseBase
import SteadfastCore
import SteadfastStore

/// How to print: tables for people, JSON for scripts.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table
    case json
}

/// The options every ledger command shares: where the database is, which rules, as of when.
struct LedgerOptions: ParsableArguments {
    @Option(
        help:
            "The ledger database: a file path, :memory: or postgres://user:password@host:port/database[?schema=NAME] (default: $STEADFAST_DATABASE, else ~/.local/share/steadfast/steadfast.sqlite)."
    )
    var database: String?

    @Option(help: "A YAML file overriding the verdict rules (see docs/VERDICTS.md).")
    var rules: String?

    @Option(name: .customLong("as-of"), help: "Judge as of this day, YYYY-MM-DD (default: today).")
    var asOf: String?

    @Option(
        name: .customLong("case-base"),
        help: "Load this case base directory instead of the built-in one (for editing a case base before it ships).")
    var caseBase: String?

    /// The configuration these options describe, with the environment filling the gaps.
    func configuration(environment: [String: String] = ProcessInfo.processInfo.environment) throws
        -> SessionConfiguration
    {
        let location =
            try (database ?? environment["STEADFAST_DATABASE"]).map(DatabaseLocation.parse)
            ?? DatabaseLocation.standard(environment: environment)
        let verdictRules = try rules.map { try RulesFile.load(URL(fileURLWithPath: $0)) } ?? .standard
        var day = Day(Date())
        if let asOf {
            guard let date = PartialDate(iso: asOf), date.precision == .day else {
                throw ValidationError("--as-of: '\(asOf)' is not a day in the form YYYY-MM-DD")
            }
            day = date.earliest
        }
        let directory = try caseBase.map { URL(fileURLWithPath: $0) } ?? CaseBase.builtInDirectory()
        return SessionConfiguration(location: location, rules: verdictRules, asOf: day, caseBase: directory)
    }

    /// Opens the store, brings the built-in case base up to date and judges the ledger.
    func read() async throws -> LedgerReading {
        try await Session.read(try configuration())
    }
}

/// Everything a session needs, filled from flags and environment by the executable, or directly.
struct SessionConfiguration {
    var location: DatabaseLocation
    var rules: VerdictRules
    var asOf: Day
    var caseBase: URL
}

/// The one place the executable opens the store.
enum Session {
    /// Opens the store with the case base brought up to date.
    static func open(_ configuration: SessionConfiguration) async throws -> (SQLLedgerStore, CaseBase) {
        let caseBase = try CaseBase.load(
            directory: configuration.caseBase, rules: configuration.rules, asOf: configuration.asOf)
        let store = try await SQLLedgerStore.open(configuration.location, logger: Logger(label: "steadfast"))
        do {
            _ = try await store.synchronize(with: caseBase)
            return (store, caseBase)
        } catch {
            await store.close()
            throw error
        }
    }

    static func read(_ configuration: SessionConfiguration) async throws -> LedgerReading {
        let (store, _) = try await open(configuration)
        do {
            let ledger = try await store.ledger()
            await store.close()
            return LedgerReading(ledger: ledger, rules: configuration.rules, asOf: configuration.asOf)
        } catch {
            await store.close()
            throw error
        }
    }
}
