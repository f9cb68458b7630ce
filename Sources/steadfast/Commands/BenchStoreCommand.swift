import ArgumentParser
import Dispatch
import Foundation
import Logging
import SteadfastCaseBase
import SteadfastStore

/// `steadfast bench store`: how long the store takes to load the case base and read the ledger back,
/// on the database `--database` names (SQLite or PostgreSQL).
struct BenchStoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Time case-base loads (every row deleted and rewritten) and ledger reads on a database.")

    @OptionGroup var options: LedgerOptions
    @Option(help: "How many full loads and reads.") var repeats = 5

    func run() async throws {
        let configuration = try options.configuration()
        let caseBase = try CaseBase.load(
            directory: configuration.caseBase, rules: configuration.rules, asOf: configuration.asOf)
        let openStart = DispatchTime.now()
        let store = try await SQLLedgerStore.open(configuration.location, logger: Logger(label: "steadfast.bench"))
        let open = seconds(since: openStart)
        do {
            try await measure(store, caseBase: caseBase, open: open)
            await store.close()
        } catch {
            await store.close()
            throw error
        }
    }

    private func measure(_ store: SQLLedgerStore, caseBase: CaseBase, open: Double) async throws {
        var loads: [Double] = []
        var reads: [Double] = []
        var rows = 0
        for pass in 0..<max(1, repeats) {
            var changed = caseBase
            changed.fingerprint += "-bench-\(pass)"
            let loadStart = DispatchTime.now()
            rows = try await store.synchronize(with: changed).written.values.reduce(0, +)
            loads.append(seconds(since: loadStart))
            let readStart = DispatchTime.now()
            _ = try await store.ledger()
            reads.append(seconds(since: readStart))
        }
        _ = try await store.synchronize(with: caseBase)
        let load = median(loads)
        print("database: \(store.location)")
        print("open and migrate: \(Formatting.number(open, digits: 3)) s")
        print(
            "case-base load (\(rows) rows, one transaction): median \(Formatting.number(load, digits: 3)) s, \(Int(Double(rows) / load)) rows/s"
        )
        print("ledger read: median \(Formatting.number(median(reads), digits: 3)) s")
    }

    private func median(_ values: [Double]) -> Double {
        values.sorted()[values.count / 2]
    }

    private func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
