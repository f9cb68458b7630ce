import SteadfastStore

extension PageSite {
    /// The page of every change made through Steadfast, newest first, each naming and linking the
    /// thing changed; or the changes to one kind of thing, or to one thing.
    ///
    /// - Parameters:
    ///   - entries: the changes.
    ///   - entity: the kind of thing the list is limited to, if any.
    ///   - id: the thing the list is limited to, if any.
    ///   - limited: true when only the most recent entries are shown.
    /// - Returns: the page.
    public func changes(_ entries: [AuditEntry], entity: String? = nil, id: String? = nil, limited: Bool = false)
        -> RenderedPage
    {
        let scope: HTML
        switch (entity, id) {
        case (let entity?, let id?): scope = "Changes to \(entity) <code>\(id)</code>."
        case (let entity?, nil): scope = "Changes to every \(entity)."
        default:
            scope =
                "Every change made through Steadfast: articles ingested, candidates decided, tests and commitments edited, tokens created and revoked."
        }
        let more: HTML =
            limited
            ? " Only the \(entries.count) most recent are shown; <code>steadfast audit export</code> writes them all."
            : ""
        let filters = ["document", "candidate", "test", "commitment", "token"].map { kind -> HTML in
            let marker: HTML = kind == entity ? " aria-current=\"page\"" : ""
            return "<a href=\"\(SitePath.changes(entity: kind))\"\(marker)>\(kind)</a>"
        }
        let main: HTML = """
            <h1>Changes</h1>
            <p class="lede">\(scope)\(more)</p>
            <p class="filters">Only: \(HTML.joined(filters, separator: " · ")) · <a href="\(SitePath.changes())">all</a></p>
            \(AuditSection(entries: entries, namesThing: true, empty: "No change recorded.").render())
            """
        return RenderedPage(body: layout.document(title: "Changes", section: .changes, main: main))
    }
}
