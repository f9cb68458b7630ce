import ArgumentParser
import SteadfastCore
import SteadfastStore

/// `steadfast patron CODE`: a patron's tests in time order with their verdicts.
struct PatronCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "patron", abstract: "A patron's tests in time order, with verdicts and the at-war split.")

    @OptionGroup var options: LedgerOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table
    @Argument(help: "The patron's code, e.g. RUS.") var code: String
    @Flag(help: "Split the record by whether the patron was at war elsewhere when each test began.")
    var distracted = false
    @Flag(help: "Show the monthly event profile (imported GDELT/ICEWS) around each test.")
    var events = false

    func run() async throws {
        let reading = try await options.read()
        let patron = code.uppercased()
        guard let document = PatronDocument(patron: patron, reading: reading) else {
            throw CLIError.unknownPatron(patron, known: reading.judgedPatrons)
        }
        if events {
            print(try await PatronEventsView(document: document, reading: reading, format: format).render(options))
            return
        }
        switch (format, distracted) {
        case (.json, false): print(try Formatting.json(document))
        case (.json, true): print(try Formatting.json(document.split))
        case (.table, false): print(Self.render(document))
        case (.table, true): print(Self.renderSplit(document))
        }
    }

    /// The at-war-elsewhere view: the two sides' tests and posteriors, and the probability that
    /// reliability is lower while at war elsewhere.
    static func renderSplit(_ document: PatronDocument) -> String {
        var lines = ["\(document.patron) — \(document.name), split by war elsewhere at each test's start", ""]
        for (label, atWar) in [("At war elsewhere", true), ("Otherwise", false)] {
            let entries = document.tests.filter { $0.verdict != nil && ($0.atWarElsewhere != nil) == atWar }
            let score = atWar ? document.split.atWar : document.split.atPeace
            lines.append(
                "\(label): \(score.judged) judged, reliability \(Formatting.number(score.mean)) "
                    + Formatting.interval(score.low, score.high))
            var table = TextTable([("started", .left), ("test", .left), ("verdict", .left), ("war", .left)])
            for entry in entries {
                table.add([
                    entry.started.description, entry.test, entry.verdict?.rawValue ?? "-", entry.atWarElsewhere ?? "",
                ])
            }
            lines += entries.isEmpty ? ["  (none)", ""] : [table.render(), ""]
        }
        lines.append(
            document.split.probabilityLowerAtWar.map {
                "P(reliability lower while at war elsewhere) = \(Formatting.number($0, digits: 3))"
            } ?? "P(reliability lower while at war elsewhere): needs judged tests on both sides")
        return lines.joined(separator: "\n")
    }

    static func render(_ document: PatronDocument) -> String {
        let summary = document.summary
        var lines = [
            "\(document.patron) — \(document.name): \(summary.tests) tests, reliability "
                + "\(Formatting.number(summary.reliability.mean)) "
                + Formatting.interval(summary.reliability.low, summary.reliability.high)
                + ", mean fulfillment \(Formatting.fulfillment(summary.meanFulfillment))",
            "",
        ]
        var table = TextTable([
            ("started", .left), ("test", .left), ("client", .left), ("expected", .right), ("realized", .right),
            ("verdict", .left), ("note", .left),
        ])
        for entry in document.tests {
            let note =
                entry.verdict == nil ? "no commitment covered it" : entry.atWarElsewhere.map { "at war: \($0)" } ?? ""
            table.add([
                entry.started.description, entry.test, entry.client, entry.expected.map(String.init) ?? "-",
                entry.realized.map(String.init) ?? "-", entry.verdict?.rawValue ?? "-", note,
            ])
        }
        lines.append(table.render())
        lines.append("")
        lines.append(splitLine(document.split))
        return lines.joined(separator: "\n")
    }

    static func splitLine(_ split: DistractionSplit) -> String {
        func part(_ label: String, _ score: ReliabilityScore) -> String {
            "\(label): \(score.judged) judged, \(Formatting.number(score.mean)) \(Formatting.interval(score.low, score.high))"
        }
        let probability =
            split.probabilityLowerAtWar.map { "P(lower while at war elsewhere) = \(Formatting.number($0))" }
            ?? "P(lower while at war elsewhere): needs judged tests on both sides"
        return [part("at war elsewhere", split.atWar), part("otherwise", split.atPeace), probability]
            .joined(separator: "; ")
    }
}
