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
    @Flag(name: .customLong("by-decade"), help: "One column per decade: each patron's reliability and tests then.")
    var byDecade = false
    @Flag(help: "The historical ledger: ATOP obligations judged by COW wars, honored share overall and by obligation.")
    var historical = false

    func run() async throws {
        if historical {
            let lastYear = try options.configuration().asOf.components.year
            let document = HistoricalReportDocument(
                try await HistoricalReport.ledger(options), from: from ?? HistoricalReport.firstYear,
                until: until ?? lastYear)
            print(format == .json ? try Formatting.json(document) : HistoricalReport.table(document))
            return
        }
        let reading = try await options.read()
        let board = Scoreboard(fromYear: from, untilYear: until)
        if byDecade {
            let profile = DecadeProfile(reading: reading, board: board)
            print(format == .json ? try Formatting.json(profile) : profile.render())
            return
        }
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

/// `steadfast report --by-decade`: the time profile of every patron's record.
struct DecadeProfile: Codable {
    struct Decade: Codable {
        var decade: Int
        var patrons: [PatronSummary]
    }

    var asOf: Day
    var decades: [Decade]

    init(reading: LedgerReading, board: Scoreboard) {
        asOf = reading.asOf
        let years = Dictionary(
            reading.ledger.tests.map { ($0.id, $0.started.year) }, uniquingKeysWith: { first, _ in first })
        let inPeriod = board.verdicts(in: reading.judgement.verdicts, ledger: reading.ledger)
        let byDecade = Dictionary(grouping: inPeriod) { (years[$0.testID] ?? 0) / 10 * 10 }
        decades = byDecade.keys.sorted().map { decade in
            let verdicts = byDecade[decade] ?? []
            let patrons = Dictionary(grouping: verdicts, by: \.patron).keys.sorted().map { patron in
                PatronSummary(
                    ReliabilityScore(patron: patron, verdicts: verdicts.filter { $0.patron == patron }),
                    name: reading.name(of: patron))
            }
            return Decade(decade: decade, patrons: patrons)
        }
    }

    func render() -> String {
        let patrons = Set(decades.flatMap { $0.patrons.map(\.patron) }).sorted()
        var table = TextTable([("patron", .left)] + decades.map { ("\($0.decade)s", .right) })
        for patron in patrons {
            table.add(
                [patron]
                    + decades.map { decade in
                        decade.patrons.first { $0.patron == patron }.map {
                            "\(Formatting.number($0.reliability.mean)) (\($0.honored)/\($0.partial)/\($0.abandoned))"
                        } ?? ""
                    })
        }
        return "Reliability by decade of the test's start as of \(asOf): mean (honored/partial/abandoned)\n\n"
            + table.render()
    }
}
