import SteadfastCore

/// Small pieces several pages share: verdict badges, links, citations.
enum Fragments {
    /// A verdict in its colour, or "not covered".
    static func badge(_ verdict: VerdictKind?) -> HTML {
        let color = Palette.color(verdict)
        let ink: HTML = verdict == .partial || verdict == nil ? "#1d232a" : "#fff"
        return """
            <span class="badge verdict" data-verdict="\(Palette.label(verdict))" \
            style="background:\(color);color:\(ink)">\(Palette.label(verdict))</span>
            """
    }

    /// The legend of verdict colours.
    static var verdictLegend: HTML {
        let kinds: [VerdictKind?] = [.honored, .partial, .abandoned, .pending, nil]
        return Palette.legend(kinds.map { (Palette.color($0), Palette.label($0)) }, caption: "Verdict colours")
    }

    /// A link to a patron's page.
    static func patron(_ code: String, name: String? = nil) -> HTML {
        let text = name.map { "\($0) (\(code))" } ?? code
        return "<a href=\"\(SitePath.patron(code))\">\(text)</a>"
    }

    /// A link to a test's page.
    static func test(_ id: String, title: String) -> HTML {
        "<a href=\"\(SitePath.test(id))\">\(title)</a>"
    }

    /// A source as a citation: publisher, linked title, date; an address that is not http(s) is
    /// shown as text, never linked.
    static func citation(_ source: Source) -> HTML {
        let title: HTML =
            source.url.flatMap(SitePath.external).map {
                "<a href=\"\($0)\" rel=\"noopener noreferrer\">\(source.title)</a>"
            }
            ?? "\(source.title)"
        let unsafe: HTML = source.url.map { SitePath.external($0) == nil ? " <code>\($0)</code>" : "" } ?? ""
        let date: HTML = source.date.map { ", <time>\($0.description)</time>" } ?? ""
        return "<span class=\"citation\">\(source.publisher), “\(title)”\(date)\(unsafe)</span>"
    }

    /// A source as a citation followed by a link to its page, where the stored article, the candidates
    /// read from it and its changes are.
    static func source(_ source: Source) -> HTML {
        "\(citation(source)) <a class=\"source-page\" href=\"\(SitePath.source(source.id))\">source record</a>"
    }

    /// What a page says when a thing has no recorded change.
    static func noChanges(_ kind: String) -> String {
        "No change to this \(kind) was made through Steadfast. Rows from the case base files and from imports"
            + " change with those files; their history is the files' own."
    }

    /// A definition list of label and value pairs, skipping empty values.
    static func facts(_ pairs: [(String, String?)]) -> HTML {
        let rows = pairs.compactMap { label, value -> HTML? in
            value.map { "<tr><th scope=\"row\">\(label)</th><td>\($0)</td></tr>" }
        }
        return "<table class=\"facts\">\(rows)</table>"
    }
}
