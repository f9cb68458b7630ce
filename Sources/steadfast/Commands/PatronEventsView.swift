import SteadfastCore
import SteadfastStore

/// `steadfast patron CODE --events`: the monthly dyad profile from imported event data around
/// each of the patron's tests.
struct PatronEventsView {
    var document: PatronDocument
    var reading: LedgerReading
    var format: OutputFormat

    func render(_ options: LedgerOptions) async throws -> String {
        let configuration = try options.configuration()
        let (store, _) = try await Session.open(configuration)
        let byID = Dictionary(reading.ledger.tests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let tests = document.tests.compactMap { byID[$0.test] }
        do {
            let profile = try await store.patronEvents(
                document.patron, tests: tests, rules: reading.rules, asOf: reading.asOf)
            await store.close()
            return format == .json ? try Formatting.json(profile) : Self.text(profile)
        } catch {
            await store.close()
            throw error
        }
    }

    static func text(_ profile: PatronEventsDocument) -> String {
        var lines = ["\(profile.patron): monthly event profile around each test (imported event data)", ""]
        for entry in profile.tests {
            let adversary = entry.adversary.map { " vs \($0)" } ?? ""
            lines.append("\(entry.test) — client \(entry.client)\(adversary), \(entry.from) to \(entry.through)")
            let months = entry.clientMonths + entry.adversaryMonths
            guard !months.isEmpty else {
                lines += ["  (no events)", ""]
                continue
            }
            var table = TextTable([
                ("month", .left), ("from", .left), ("to", .left), ("root", .left), ("events", .right),
                ("goldstein", .right),
            ])
            for month in months.sorted(by: { ($0.month, $0.target, $0.root) < ($1.month, $1.target, $1.root) }) {
                table.add([
                    month.month, month.source, month.target, month.root, String(month.events),
                    Formatting.number(month.goldstein, digits: 1),
                ])
            }
            lines += [table.render(), ""]
        }
        return lines.joined(separator: "\n")
    }
}
