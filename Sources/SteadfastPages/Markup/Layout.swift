/// The document around every page: head with the viewport and the shared stylesheet, the site
/// navigation, and a footer.
struct Layout {
    /// Which navigation entry is the current page.
    enum Section: String, CaseIterable {
        case leaderboard
        case network
        case review
        case ingest
        case changes
        case none

        var path: String {
            switch self {
            case .leaderboard: SitePath.leaderboard
            case .network: SitePath.network
            case .review: SitePath.review
            case .ingest: SitePath.ingest
            case .changes: SitePath.changes()
            case .none: ""
            }
        }

        var label: String {
            switch self {
            case .leaderboard: "Leaderboard"
            case .network: "Commitments"
            case .review: "Review"
            case .ingest: "Ingest"
            case .changes: "Changes"
            case .none: ""
            }
        }
    }

    /// The site's name, in the title and the header.
    var siteName: String

    /// The whole document.
    ///
    /// - Parameters:
    ///   - title: the page's title.
    ///   - section: the navigation entry to mark as current.
    ///   - main: the page's content.
    /// - Returns: the HTML document.
    func document(title: String, section: Section, main: HTML) -> String {
        let page: HTML = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title) · \(siteName)</title>
            <style>\(Stylesheet.css)</style>
            </head>
            <body>
            <header class="site"><a class="brand" href="/">\(siteName)</a>\(navigation(section))</header>
            <main>
            \(main)
            </main>
            <footer class="site">Verdicts are derived by the same rules for every patron; each links to its evidence.</footer>
            </body>
            </html>

            """
        return page.rendered
    }

    private func navigation(_ current: Section) -> HTML {
        let links = Section.allCases.filter { $0 != .none }.map { section -> HTML in
            let marker: HTML = section == current ? " aria-current=\"page\"" : ""
            return "<a href=\"\(section.path)\"\(marker)>\(section.label)</a>"
        }
        return "<nav>\(links)</nav>"
    }
}
