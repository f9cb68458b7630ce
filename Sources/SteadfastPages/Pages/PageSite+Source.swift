import SteadfastCore
import SteadfastStore

extension PageSite {
    /// A source's page: its citation, the stored article when it was ingested (its text in a fold),
    /// the candidates read from it with their status, the tests that cite it, and its changes.
    ///
    /// - Parameters:
    ///   - document: the source's record.
    ///   - audit: the changes to the stored article and to the candidates read from it.
    /// - Returns: the page.
    public func source(_ document: SourceDocument, audit: [AuditEntry] = []) -> RenderedPage {
        let title = document.source?.title ?? document.stored?.title ?? document.stored?.name ?? document.id
        let citation: HTML = document.source.map { "<p class=\"lede\">\(Fragments.citation($0))</p>" } ?? ""
        let main: HTML = """
            <h1>\(title)</h1>
            \(citation)
            \(stored(document.stored))
            <h2>Cited by</h2>
            \(citing(document.citedBy))
            <h2>Candidates read from it</h2>
            \(candidates(document.candidates))
            <h2 id="changes">Changes</h2>
            \(AuditSection(entries: audit, empty: Fragments.noChanges("source")).render())
            """
        return RenderedPage(body: layout.document(title: title, section: .none, main: main))
    }

    private func stored(_ stored: StoredDocument?) -> HTML {
        guard let stored else {
            return "<p class=\"muted\">Not an ingested article: the case base or an import cites it.</p>"
        }
        let address: HTML =
            stored.url.map { url in
                SitePath.external(url).map { "<a href=\"\($0)\" rel=\"noopener noreferrer\">\(url)</a>" }
                    ?? "<code>\(url)</code>"
            } ?? "–"
        let facts = Fragments.facts([
            ("Stored as", stored.name), ("Publisher", stored.publisher), ("Published", stored.published?.description),
            ("Authors", stored.authors.isEmpty ? nil : stored.authors.joined(separator: ", ")),
            ("Ingested", AuditSection.shown(stored.ingestedAt)), ("Fingerprint", stored.fingerprint),
        ])
        let text: HTML =
            stored.text.map { text in
                "<details class=\"stored-text\"><summary>Stored text (\(text.count) characters)</summary><pre>\(text)</pre></details>"
            } ?? ""
        return "\(facts)<p class=\"cite\">Address: \(address)</p>\(text)"
    }

    private func citing(_ entries: [SourceDocument.Citing]) -> HTML {
        guard !entries.isEmpty else { return "<p class=\"muted\">No test cites it.</p>" }
        let items = entries.map { entry -> HTML in
            "<li>\(Fragments.test(entry.test, title: entry.title)) <span class=\"muted\">(\(entry.places.joined(separator: ", ")))</span></li>"
        }
        return "<ul class=\"citing\">\(items)</ul>"
    }

    /// The most candidates a source page lists: a dataset's source holds every event group queued from it.
    static let candidatesShown = 500

    private func candidates(_ candidates: [ReviewCandidate]) -> HTML {
        guard !candidates.isEmpty else { return "<p class=\"muted\">None.</p>" }
        let more: HTML =
            candidates.count > Self.candidatesShown
            ? """
            <p class="muted">The first \(Self.candidatesShown) of \(candidates.count); \
            <code>steadfast review list --status all --format json</code> lists them all.</p>
            """
            : ""
        let rows = candidates.prefix(Self.candidatesShown).map { candidate -> HTML in
            let test: HTML = candidate.testID.map { "<a href=\"\(SitePath.test($0))\">\($0)</a>" } ?? "–"
            return """
                <tr id="candidate-\(candidate.id)" data-status="\(candidate.status.rawValue)"><td><code>\(candidate.id)</code></td>\
                <td>\(candidate.status.rawValue)</td><td>\(candidate.source) → \(candidate.target)</td>\
                <td><time>\(candidate.date?.description ?? "–")</time></td><td>\(test)</td>\
                <td>\(candidate.text)\(candidate.note.map { "<br><span class=\"muted\">\($0)</span>" as HTML } ?? "")</td></tr>
                """
        }
        return """
            <div class="table-wrap"><table class="candidates"><thead><tr><th>Candidate</th><th>Status</th>\
            <th>Who → whom</th><th>Date</th><th>Test</th><th>Sentence</th></tr></thead><tbody>\(rows)</tbody></table></div>\
            \(more)
            """
    }
}
