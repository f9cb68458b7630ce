import SteadfastCore
import SteadfastStore

extension PageSite {
    /// A patron's page: its score, a timeline of its tests coloured by verdict, its reliability
    /// while at war elsewhere against otherwise, and the list of its tests.
    ///
    /// - Parameters:
    ///   - document: the patron's record.
    /// - Returns: the page.
    public func patron(_ document: PatronDocument) -> RenderedPage {
        let summary = document.summary
        let main: HTML = """
            <h1>\(document.name) <span class="muted">(\(document.patron))</span></h1>
            <p class="lede">Reliability \(Format.share(summary.reliability.mean)) (90% interval \
            \(Format.share(summary.reliability.low))–\(Format.share(summary.reliability.high))) over \
            \(summary.tests) tests: \(summary.honored) honored, \(summary.partial) partial, \(summary.abandoned) \
            abandoned, \(summary.pending) pending.</p>
            <h2>Timeline</h2>
            <figure>\(TimelineChart(entries: document.tests, patronName: document.name).render())\
            <figcaption>\(Fragments.verdictLegend)<ul class="legend"><li><span class="swatch" \
            style="background:#f6e9e4;border-radius:0"></span>began while at war elsewhere</li></ul></figcaption></figure>
            <h2>At war elsewhere</h2>
            \(split(document.split))
            <h2>Tests</h2>
            \(testTable(document.tests))
            """
        return RenderedPage(body: layout.document(title: document.name, section: .none, main: main))
    }

    private func split(_ split: DistractionSplit) -> HTML {
        let sides: [(String, ReliabilityScore)] = [
            ("While at war elsewhere", split.atWar), ("Otherwise", split.atPeace),
        ]
        let rows = sides.map { label, score in
            IntervalChart.Row(
                label: "\(label) (\(score.judged))", link: nil, estimate: score.mean, low: score.low, high: score.high,
                tests: score.judged,
                detail: "\(label): \(Format.share(score.mean)) (90% \(Format.share(score.low))–"
                    + "\(Format.share(score.high))), \(score.judged) judged tests")
        }
        let chart = IntervalChart(
            id: "split", kind: "split", title: "Reliability while at war elsewhere and otherwise",
            description: "Two intervals on a 0 to 1 axis: the posterior mean and 90% interval of the patron's"
                + " reliability in tests that began while it fought a war elsewhere, and in the others.",
            rows: rows)
        let probability: HTML =
            split.probabilityLowerAtWar.map {
                "P(lower while at war elsewhere) = <strong class=\"p-lower\">\(Format.share($0))</strong>"
            } ?? "P(lower while at war elsewhere): not enough judged tests on both sides."
        return "<figure>\(chart.render())<figcaption>\(probability)</figcaption></figure>"
    }

    private func testTable(_ entries: [PatronDocument.Entry]) -> HTML {
        let rows = entries.map { entry -> HTML in
            let levels: HTML =
                entry.expected.map { expected in "\(expected) → \(entry.realized.map(String.init) ?? "–")" } ?? "–"
            let note: HTML =
                entry.verdict == nil
                ? "<span class=\"muted\">\(entry.uncoveredReasons.joined(separator: "; "))</span>"
                : entry.atWarElsewhere.map { "at war elsewhere: \($0)" } ?? ""
            return """
                <tr><td><time>\(entry.started.description)</time></td><td>\(Fragments.test(entry.test, title: entry.title))\
                </td><td>\(entry.client)</td><td>\(Fragments.badge(entry.verdict))</td><td>\(levels)</td><td>\(note)</td></tr>
                """
        }
        return """
            <div class="table-wrap"><table class="tests"><thead><tr><th>Began</th><th>Test</th><th>Client</th>\
            <th>Verdict</th><th>Expected → realized</th><th>Notes</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
    }
}
