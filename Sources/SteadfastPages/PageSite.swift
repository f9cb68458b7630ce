/// The web pages: one function per page, each taking the store's document and returning the page
/// with its status and content type, so that a server only routes and fetches.
///
/// Paths are in `SitePath`. Forms post to `POST /review/{id}` (fields `decision` = `accept` or
/// `reject`, `level` 0–7, `scale` token/limited/full, `test`) and `POST /ingest` (fields `title`,
/// `url`, `publisher`, `published`, `text`), both `application/x-www-form-urlencoded`.
public struct PageSite: Sendable {
    /// The site's name, in every title and the header.
    public var siteName: String

    /// Creates the pages.
    ///
    /// - Parameters:
    ///   - siteName: the site's name.
    public init(siteName: String = "Steadfast") {
        self.siteName = siteName
    }

    var layout: Layout { Layout(siteName: siteName) }

    /// The page a server answers for an unknown path, with status 404.
    ///
    /// - Parameters:
    ///   - path: the path asked for, shown escaped.
    /// - Returns: the page.
    public func notFound(path: String) -> RenderedPage {
        let main: HTML = """
            <h1>Page not found</h1>
            <p>There is no page at <code>\(path)</code>. Patrons are at <code>/patrons/CODE</code> and tests at \
            <code>/tests/ID</code>.</p>
            <p><a href="\(SitePath.leaderboard)">Back to the leaderboard</a></p>
            """
        return RenderedPage(status: 404, body: layout.document(title: "Not found", section: .none, main: main))
    }
}
