import SteadfastCore
import SteadfastStore

extension PageSite {
    /// A test's page: what happened, each verdict with its derivation, the responses on the ladder
    /// with their evidence, and contested claims side by side.
    ///
    /// - Parameters:
    ///   - document: the test's record.
    ///   - quotes: verbatim sentences for evidence in stored articles.
    ///   - audit: the changes made to the test through Steadfast (tests created and responses added
    ///     by accepting review candidates).
    /// - Returns: the page.
    public func test(_ document: TestDocument, quotes: EvidenceQuotes = EvidenceQuotes(), audit: [AuditEntry] = [])
        -> RenderedPage
    {
        let test = document.test
        let sources = Dictionary(document.sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let main: HTML = """
            <h1>\(test.title)</h1>
            \(overview(test))
            <h2>Verdicts</h2>
            \(verdicts(document))
            <h2>Responses on the ladder</h2>
            <figure>\(LadderChart(document).render())<figcaption>Dashed box: expected level; bar: realized level in \
            the verdict's colour; dots: recorded responses (blue support, orange ring withdrawal, red defection; \
            faded when not accepted).</figcaption></figure>
            \(responses(test.responses, sources: sources, quotes: quotes))
            <h2>Claims</h2>
            \(TestClaims(claims: test.claims, sources: sources).render())
            <h2>Sources</h2>
            <ul class="sources">\(document.sources.map { source -> HTML in "<li id=\"source-\(source.id)\">\(Fragments.source(source))</li>" })</ul>
            <h2 id="changes">Changes</h2>
            \(AuditSection(entries: audit, empty: Fragments.noChanges("test")).render())
            """
        return RenderedPage(body: layout.document(title: test.title, section: .none, main: main))
    }

    private func overview(_ test: AllianceTest) -> HTML {
        let facts = Fragments.facts([
            ("Client", test.client), ("Adversary", test.adversary), ("Threat", test.threat.rawValue),
            ("Place", test.place), ("Period", Format.period(test.started, test.ended)),
            ("Severity", test.severity?.rawValue), ("Outcome", test.outcome?.rawValue),
        ])
        let summary: HTML = test.summary.map { "<p>\($0)</p>" } ?? ""
        return "\(summary)\(facts)"
    }

    private func verdicts(_ document: TestDocument) -> HTML {
        let judged = document.verdicts.map { verdict -> HTML in
            let steps = verdict.derivation.steps.map { step -> HTML in "<li>\(step)</li>" }
            let flags = verdict.derivation.redFlags.map { flag -> HTML in "<li>red flag: \(flag)</li>" }
            let war: HTML = verdict.derivation.atWarElsewhere.map { "<p>At war elsewhere: \($0).</p>" } ?? ""
            let commitment = verdict.derivation.expectingCommitment
            let expecting: HTML = """
                <p class="muted">Expected under commitment <a href="\(SitePath.commitment(commitment))">\(commitment)</a>.</p>
                """
            return """
                <section class="verdict-block"><h3>\(Fragments.patron(verdict.patron)) \(Fragments.badge(verdict.verdict)) \
                <span class="muted">expected \(verdict.expected), realized \(verdict.realized)</span></h3>\
                \(expecting)<ol class="steps">\(steps)</ol>\(flags.isEmpty ? HTML.empty : "<ul class=\"flags\">\(flags)</ul>")\(war)</section>
                """
        }
        let uncovered = document.uncovered.map { record -> HTML in
            let reasons = record.commitments.map { "\($0.commitmentID): \($0.reason)" }.joined(separator: "; ")
            return "<li>\(Fragments.patron(record.patron)): no commitment covered this test (\(reasons))</li>"
        }
        let unrecorded = document.unrecorded.map { record -> HTML in
            """
            <li>\(Fragments.patron(record.patron)): expected \(record.expected.description) under \
            \(record.expectingCommitment); no response recorded yet</li>
            """
        }
        let others: HTML =
            uncovered.isEmpty && unrecorded.isEmpty ? "" : "<ul class=\"others\">\(uncovered)\(unrecorded)</ul>"
        let none: HTML = judged.isEmpty ? "<p class=\"muted\">No verdict on this test.</p>" : ""
        return "\(none)\(judged)\(others)"
    }

    private func responses(_ responses: [Response], sources: [String: Source], quotes: EvidenceQuotes) -> HTML {
        guard !responses.isEmpty else { return "<p class=\"muted\">No response recorded.</p>" }
        let items = responses.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map { response -> HTML in
            let evidence = response.evidence.map { piece in
                self.evidence(piece, source: sources[piece.sourceID], quote: quotes.quote(for: piece))
            }
            return """
                <li class="response" id="response-\(response.id)"><p><time>\(response.date.description)</time> \
                \(Fragments.patron(response.patron)): <strong>\(response.level.description)</strong> \
                (\(response.scale.rawValue) \(response.direction.rawValue), \(response.status.rawValue), \
                confidence \(Format.share(response.confidence))). \(response.summary)</p>\(evidence)</li>
                """
        }
        return "<ul class=\"responses\">\(items)</ul>"
    }

    private func evidence(_ evidence: Evidence, source: Source?, quote: String?) -> HTML {
        let citation: HTML = source.map(Fragments.source) ?? "\(evidence.sourceID)"
        let note: HTML = evidence.note.map { " — \($0)" } ?? ""
        if let quote {
            return "<blockquote class=\"evidence stored\">\(quote)</blockquote><p class=\"cite\">\(citation)</p>"
        }
        if let span = evidence.span {
            return """
                <p class="evidence stored cite">Stored text, characters \(span.lowerBound)–\(span.upperBound) of \
                \(citation)\(note)</p>
                """
        }
        return "<p class=\"evidence external cite\">\(citation)\(note)</p>"
    }
}
