import ArgumentParser
import SteadfastCore
import SteadfastStore

/// `steadfast report`: the leaderboard, most reliable first, with 90% credible intervals.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "The leaderboard: every patron's reliability with its 90% interval.")

    @OptionGroup var options: LedgerOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table
    @Option(help: "Count only tests that started in or after this year.") var from: Int?
    @Option(help: "Count only tests that started in or before this year.") var until: Int?

    func run() async throws {
        let reading = try await options.read()
        let board = Scoreboard(fromYear: from, untilYear: until)
        let summaries = board.scores(reading.judgement.verdicts, ledger: reading.ledger)
            .map { PatronSummary($0, name: reading.name(of: $0.patron)) }
        switch format {
        case .json:
            print(
                try Formatting.json(
                    LeaderboardDocument(asOf: reading.asOf, from: from, until: until, patrons: summaries)))
        case .table:
            print(Self.table(summaries, asOf: reading.asOf, period: board))
        }
    }

    static func table(_ summaries: [PatronSummary], asOf: Day, period: Scoreboard) -> String {
        var table = TextTable([
            ("patron", .left), ("name", .left), ("tests", .right), ("hon", .right), ("part", .right),
            ("aband", .right), ("pend", .right), ("reliability", .right), ("90% interval", .left),
            ("0 ......... 1", .left), ("fulfil", .right),
        ])
        for summary in summaries {
            let reliability = summary.reliability
            table.add([
                summary.patron, summary.name, String(summary.tests), String(summary.honored), String(summary.partial),
                String(summary.abandoned), String(summary.pending), Formatting.number(reliability.mean),
                Formatting.interval(reliability.low, reliability.high),
                Formatting.bar(mean: reliability.mean, low: reliability.low, high: reliability.high),
                Formatting.fulfillment(summary.meanFulfillment),
            ])
        }
        let span = [period.fromYear.map { "from \($0)" }, period.untilYear.map { "until \($0)" }].compactMap { $0 }
        let title = "Reliability of patrons as of \(asOf)" + (span.isEmpty ? "" : " (\(span.joined(separator: " ")))")
        return title + "\n\n" + table.render()
            + "\n\nreliability: posterior mean of Beta(1 + kept, 1 + broken), weighted by evidence confidence;"
            + " fulfil: mean realized/expected level."
    }
}

/// `steadfast report --format json`.
struct LeaderboardDocument: Codable {
    var asOf: Day
    var from: Int?
    var until: Int?
    var patrons: [PatronSummary]
}
