import SteadfastCore
import SteadfastStore

/// The historical ledger for `report --historical` and `export --historical`.
enum HistoricalReport {
    /// The first year of Leeds, Long and Mitchell's period, the default start.
    static let firstYear = 1816

    /// Opens the store and builds the historical ledger from its COW and ATOP rows.
    static func ledger(_ options: LedgerOptions) async throws -> HistoricalLedger {
        let (store, _) = try await Session.open(try options.configuration())
        do {
            let ledger = try await store.historicalLedger()
            await store.close()
            return ledger
        } catch {
            await store.close()
            throw error
        }
    }

    /// The report as a table.
    static func table(_ document: HistoricalReportDocument) -> String {
        var table = TextTable([
            ("obligation", .left), ("tests", .right), ("honored", .right), ("broken", .right),
            ("not scored", .right), ("share", .right), ("posterior", .right), ("90% interval", .left),
        ])
        let lines = [HistoricalReportDocument.Line(obligation: "all", score: document.overall)] + document.byObligation
        for line in lines {
            let score = line.score
            table.add([
                line.obligation, String(score.tests), String(score.honored), String(score.broken),
                String(score.notScored), score.share.map { percent($0) } ?? "-", Formatting.number(score.mean),
                Formatting.interval(score.low, score.high),
            ])
        }
        let responses = PartnerResponse.allCases.map { "\($0.rawValue) \(document.responses[$0.rawValue] ?? 0)" }
        let skipped = document.notCheckable.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
        var text =
            "Historical ledger \(document.from)-\(document.until): ATOP obligations tested by COW inter-state wars\n\n"
        text += table.render() + "\n\n"
        text +=
            "honored share \(document.overall.share.map { percent($0) } ?? "-") of \(document.overall.scored) scored"
        text += " tests (90% interval \(Formatting.interval(document.overall.low, document.overall.high)))\n"
        text += "each case weighted once: \(document.byCase.share.map { percent($0) } ?? "-") of "
        text += "\(document.byCase.cases) cases (war, alliance, member, obligation)\n"
        text += "published: \(percent(document.publishedShare)) (\(document.publishedSource))\n"
        text += "responses in scored tests: \(responses.joined(separator: ", "))\n"
        text += "wars judged by who fought whom (COW dyads): \(document.warsWithDyads); "
        text += "by sides alone: \(document.warsBySides)"
        if !skipped.isEmpty { text += "\nnot checkable, not counted: \(skipped.joined(separator: ", "))" }
        return text
    }

    private static func percent(_ value: Double) -> String {
        Formatting.number(value * 100, digits: 1) + "%"
    }
}
