import SteadfastStore

/// What the ingest form shows in its fields: empty at first, the submitted values after an error.
public struct IngestForm: Sendable, Hashable {
    /// The headline.
    public var title: String
    /// The address.
    public var url: String
    /// The publisher.
    public var publisher: String
    /// The publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    public var published: String
    /// The article's text.
    public var text: String

    /// Creates the form's values.
    ///
    /// - Parameters:
    ///   - title: the headline.
    ///   - url: the address.
    ///   - publisher: the publisher.
    ///   - published: the publication date.
    ///   - text: the text.
    public init(title: String = "", url: String = "", publisher: String = "", published: String = "", text: String = "")
    {
        self.title = title
        self.url = url
        self.publisher = publisher
        self.published = published
        self.text = text
    }
}

extension PageSite {
    /// The ingest form (`POST /ingest` with `title`, `url`, `publisher`, `published`, `text` and `token`),
    /// with the result of the last ingest or an error above it.
    ///
    /// - Parameters:
    ///   - form: the values to show in the fields.
    ///   - result: what the last ingest did, if the form was just posted.
    ///   - error: what was wrong with the last post, if anything.
    /// - Returns: the page.
    public func ingest(_ form: IngestForm = IngestForm(), result: IngestResult? = nil, error: String? = nil)
        -> RenderedPage
    {
        let main: HTML = """
            <h1>Ingest an article</h1>
            \(notice(result: result, error: error))\
            <p class="lede">Paste an article's text. Steadfast stores it once (the same text twice is one source), \
            codes its events and queues them for review.</p>
            <form class="ingest" method="post" action="\(SitePath.ingest)">
            <label>Title<input name="title" value="\(form.title)"></label>
            <label>Address (URL)<input name="url" type="url" value="\(form.url)"></label>
            <label>Publisher<input name="publisher" value="\(form.publisher)"></label>
            <label>Published (YYYY-MM-DD)<input name="published" value="\(form.published)" \
            pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"></label>
            <label>Text<textarea name="text" required>\(form.text)</textarea></label>
            <label>Analyst token<input name="token" type="password" autocomplete="current-password"></label>
            <button type="submit">Ingest</button>
            </form>
            """
        return RenderedPage(body: layout.document(title: "Ingest", section: .ingest, main: main))
    }

    private func notice(result: IngestResult?, error: String?) -> HTML {
        if let error {
            return "<p class=\"notice card error\" role=\"alert\">\(error)</p>"
        }
        guard let result else { return .empty }
        let what: HTML =
            result.duplicate
            ? "was already stored; nothing was added"
            : "stored: \(result.candidates) candidates queued, \(result.linked) linked to tests"
        return """
            <p class="notice card" role="status">\(result.title ?? result.documentID) (\(result.documentID)) \(what). \
            <a href="\(SitePath.review)">Review them</a>.</p>
            """
    }
}
