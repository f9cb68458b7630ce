import SteadfastCore
import SteadfastStore

extension PageSite {
    /// A commitment's page: its terms and scope, the sources that record it, the tests judged under
    /// it, and every change made to it through Steadfast.
    ///
    /// - Parameters:
    ///   - document: the commitment's record.
    ///   - audit: the changes to it.
    /// - Returns: the page.
    public func commitment(_ document: CommitmentDocument, audit: [AuditEntry] = []) -> RenderedPage {
        let commitment = document.commitment
        let title = "\(document.patronName) to \(document.clientName): \(commitment.kind.rawValue)"
        let scope = commitment.scope
        let threats = scope.threats.map { $0.map(\.rawValue).sorted().joined(separator: ", ") }
        let facts = Fragments.facts([
            ("Identifier", commitment.id), ("Patron", "\(document.patronName) (\(commitment.patron))"),
            ("Client", "\(document.clientName) (\(commitment.client))"), ("Kind", commitment.kind.rawValue),
            ("Via", commitment.via), ("ATOP", commitment.atopID.map(String.init)),
            ("In force", Format.period(commitment.started, commitment.ended)), ("Scope", scope.note),
            ("Threats", threats ?? "the kind's default"),
            ("Places", scope.includes.isEmpty ? nil : scope.includes.joined(separator: ", ")),
            ("Excluded", scope.excludes.isEmpty ? nil : scope.excludes.joined(separator: ", ")),
            ("Regime", scope.regime.map { $0 ? "backs the ruling regime" : "does not back the regime" }),
            ("Against", scope.adversaries.isEmpty ? nil : scope.adversaries.joined(separator: ", ")),
        ])
        let sources: HTML =
            document.sources.isEmpty
            ? "<p class=\"muted\">No source recorded.</p>"
            : "<ul class=\"sources\">\(document.sources.map { "<li>\(Fragments.source($0))</li>" as HTML })</ul>"
        let main: HTML = """
            <h1>\(title)</h1>
            <p class="lede">\(Fragments.patron(commitment.patron, name: document.patronName)) to \
            \(document.clientName); <a href="\(SitePath.network)#commitment-\(commitment.id)">all commitments</a>.</p>
            \(facts)
            <h2>Tests judged under it</h2>
            \(judged(document.judged))
            <h2>Sources</h2>
            \(sources)
            <h2 id="changes">Changes</h2>
            \(AuditSection(entries: audit, empty: Fragments.noChanges("commitment")).render())
            """
        return RenderedPage(body: layout.document(title: title, section: .none, main: main))
    }

    private func judged(_ entries: [CommitmentDocument.Judged]) -> HTML {
        guard !entries.isEmpty else {
            return "<p class=\"muted\">No verdict was decided by this commitment's expectation.</p>"
        }
        let rows = entries.map { entry -> HTML in
            """
            <tr><td><time>\(entry.started.description)</time></td><td>\(Fragments.test(entry.test, title: entry.title))\
            </td><td>\(Fragments.badge(entry.verdict))</td><td>\(entry.expected) → \(entry.realized)</td></tr>
            """
        }
        return """
            <div class="table-wrap"><table class="tests"><thead><tr><th>Began</th><th>Test</th><th>Verdict</th>\
            <th>Expected → realized</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
    }
}
