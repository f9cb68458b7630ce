/// The web pages: one function per page, each taking the store's document and returning the page
/// with its status and content type, so that a server only routes and fetches.
///
/// Paths are in `SitePath`. The forms are plain HTML, `application/x-www-form-urlencoded`, for the
/// server to map onto the same store calls as its JSON API:
/// - `POST /review/{id}`: `decision` (`accept` or `reject`), `level` (0–7, empty to keep the coded
///   level), `scale` (token, limited, full), `date` (`YYYY[-MM[-DD]]`, empty to keep the coded date),
///   `test` (a test identifier, empty for none), `threat`
///   (the threat of a test to create for help linked to none, empty otherwise), `token`;
/// - `POST /ingest`: `title`, `url`, `publisher`, `published` (`YYYY[-MM[-DD]]`), `text`, `token`.
///
/// `token` is the analyst's token typed into a password field, since a plain form cannot send an
/// `Authorization` header; the server checks it as it checks a bearer token.
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
