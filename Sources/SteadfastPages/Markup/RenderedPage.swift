/// A page ready to send: the status, the content type and the body.
public struct RenderedPage: Sendable, Hashable {
    /// The HTTP status: 200, or 404 for the not-found page.
    public var status: Int
    /// The content type: `text/html; charset=utf-8`.
    public var contentType: String
    /// The HTML document.
    public var body: String

    /// Creates a page.
    ///
    /// - Parameters:
    ///   - status: the HTTP status.
    ///   - contentType: the content type.
    ///   - body: the body.
    public init(status: Int = 200, contentType: String = RenderedPage.html, body: String) {
        self.status = status
        self.contentType = contentType
        self.body = body
    }

    /// The content type of every page.
    public static let html = "text/html; charset=utf-8"
}
