import ArgumentParser
import SteadfastCore
import SteadfastStore

/// `steadfast compare CODE CODE...`: patrons side by side, and how likely each is more reliable.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare", abstract: "Compare patrons side by side, with P(row more reliable than column).")

    @OptionGroup var options: LedgerOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table
    @Argument(help: "Two or more patron codes, e.g. RUS USA CHN.") var codes: [String]

    func validate() throws {
        guard codes.count >= 2 else { throw ValidationError("compare needs at least two patron codes") }
    }

    func run() async throws {
        let reading = try await options.read()
        let patrons = codes.map { $0.uppercased() }
        let documents = try patrons.map { patron in
            guard let document = PatronDocument(patron: patron, reading: reading) else {
                throw CLIError.unknownPatron(patron, known: reading.judgedPatrons)
            }
            return document
        }
        let comparison = Comparison(documents)
        switch format {
        case .json: print(try Formatting.json(comparison))
        case .table: print(comparison.render())
        }
    }
}

/// The comparison of several patrons.
struct Comparison: Codable {
    var patrons: [PatronSummary]
    var splits: [DistractionSplit]
    /// `moreReliable[a][b]`: the posterior probability that a is more reliable than b.
    var moreReliable: [String: [String: Double]]

    init(_ documents: [PatronDocument]) {
        patrons = documents.map(\.summary)
        splits = documents.map(\.split)
        var matrix: [String: [String: Double]] = [:]
        for row in documents {
            for column in documents where column.patron != row.patron {
                matrix[row.patron, default: [:]][column.patron] =
                    Self.posterior(column).probabilityBelow(Self.posterior(row))
            }
        }
        moreReliable = matrix
    }

    private static func posterior(_ document: PatronDocument) -> BetaDistribution {
        BetaDistribution(alpha: document.summary.alpha, beta: document.summary.beta)
    }

    func render() -> String {
        var table = TextTable([
            ("patron", .left), ("tests", .right), ("reliability", .right), ("90% interval", .left),
            ("at war elsewhere", .left), ("otherwise", .left), ("P(lower at war)", .right),
        ])
        for (summary, split) in zip(patrons, splits) {
            table.add([
                summary.patron, String(summary.tests), Formatting.number(summary.reliability.mean),
                Formatting.interval(summary.reliability.low, summary.reliability.high),
                "\(split.atWar.judged): \(Formatting.number(split.atWar.mean))",
                "\(split.atPeace.judged): \(Formatting.number(split.atPeace.mean))",
                split.probabilityLowerAtWar.map { Formatting.number($0) } ?? "-",
            ])
        }
        let codes = patrons.map(\.patron)
        var matrix = TextTable([("P(row > column)", .left)] + codes.map { ($0, .right) })
        for row in codes {
            matrix.add([row] + codes.map { column in moreReliable[row]?[column].map { Formatting.number($0) } ?? "-" })
        }
        return table.render() + "\n\n" + matrix.render()
    }
}
