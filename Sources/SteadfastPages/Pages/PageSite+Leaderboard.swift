import SteadfastCore
import SteadfastStore

extension PageSite {
    /// The leaderboard: a forest plot of every patron's reliability with its 90% interval, the
    /// table behind it, and every test with its verdicts.
    ///
    /// - Parameters:
    ///   - export: the judged ledger.
    /// - Returns: the page.
    public func leaderboard(_ export: ExportDocument) -> RenderedPage {
        let main: HTML = """
            <h1>Do patrons stand by their clients?</h1>
            <p class="lede">Reliability of each patron in the crises that tested its commitments, judged by the same \
            rules for everyone as of \(export.asOf.description): the posterior mean and its 90% credible interval.</p>
            \(forestPlot(export.patrons))
            \(scoreTable(export.patrons))
            <h2>Tests</h2>
            \(testTable(export.tests))
            """
        return RenderedPage(body: layout.document(title: "Leaderboard", section: .leaderboard, main: main))
    }

    private func forestPlot(_ patrons: [PatronSummary]) -> HTML {
        let rows = patrons.map { summary in
            IntervalChart.Row(
                label: summary.name, link: SitePath.patron(summary.patron), estimate: summary.reliability.mean,
                low: summary.reliability.low, high: summary.reliability.high, tests: summary.tests,
                detail: "\(summary.name): \(Format.share(summary.reliability.mean)) "
                    + "(90% \(Format.share(summary.reliability.low))–\(Format.share(summary.reliability.high))), "
                    + "\(summary.tests) tests")
        }
        let chart = IntervalChart(
            id: "forest", kind: "forest-plot", title: "Reliability by patron",
            description: "Forest plot: for each patron, most reliable first, a dot at the posterior mean reliability"
                + " (0 to 1) and a line over its 90% credible interval; the dot's area grows with the number of tests.",
            rows: rows)
        return """
            <figure>\(chart.render())<figcaption>Dot: posterior mean; line: 90% interval; larger dots stand on more \
            tests. A patron with few tests has a wide interval.</figcaption></figure>
            """
    }

    private func scoreTable(_ patrons: [PatronSummary]) -> HTML {
        let rows = patrons.enumerated().map { index, summary -> HTML in
            let fulfillment = summary.meanFulfillment.map(Format.share) ?? "–"
            return """
                <tr><td class="num">\(index + 1)</td><td>\(Fragments.patron(summary.patron, name: summary.name))</td>\
                <td class="num">\(summary.tests)</td><td class="num">\(summary.honored)</td>\
                <td class="num">\(summary.partial)</td><td class="num">\(summary.abandoned)</td>\
                <td class="num">\(summary.pending)</td><td class="num">\(Format.share(summary.reliability.mean))</td>\
                <td class="num">\(Format.share(summary.reliability.low))–\(Format.share(summary.reliability.high))</td>\
                <td class="num">\(fulfillment)</td></tr>
                """
        }
        return """
            <div class="table-wrap"><table class="scores"><thead><tr><th class="num">#</th><th>Patron</th>\
            <th class="num">Tests</th><th class="num">Honored</th><th class="num">Partial</th>\
            <th class="num">Abandoned</th><th class="num">Pending</th><th class="num">Reliability</th>\
            <th class="num">90% interval</th><th class="num">Fulfillment</th></tr></thead><tbody>\(rows)</tbody>\
            </table></div>
            """
    }

    private func testTable(_ tests: [ExportDocument.TestEntry]) -> HTML {
        let rows = tests.reversed().map { test -> HTML in
            let verdicts = test.verdicts.map { verdict -> HTML in
                """
                <span class="nowrap"><a href="\(SitePath.patron(verdict.patron))">\(verdict.patron)</a> \
                \(Fragments.badge(verdict.verdict))</span>
                """
            }
            return """
                <tr><td><time>\(test.started.description)</time></td><td>\(Fragments.test(test.id, title: test.title))\
                </td><td>\(test.client)</td><td>\(HTML.joined(verdicts, separator: "<br>"))</td></tr>
                """
        }
        return """
            <div class="table-wrap"><table class="tests"><thead><tr><th>Began</th><th>Test</th><th>Client</th>\
            <th>Verdicts</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
    }
}
