import SteadfastCore

/// Collects what a page says about itself: `<title>`, Open Graph and article meta tags,
/// `<link rel=canonical>`, the first `<time datetime>`, and JSON-LD article objects.
struct HTMLMetadataCollector: Sendable {
    private var titleElement: String?
    private var metaTitle: String?
    private var siteName: String?
    private var published: PartialDate?
    private var authors: [String] = []
    private var canonical: String?
    private var pageURL: String?
    private var timeElement: PartialDate?
    private var linkedData = DocumentMetadata()
    private var scriptIsLinkedData = false

    private static let titleKeys: Set<String> = ["og:title", "twitter:title"]
    private static let siteKeys: Set<String> = ["og:site_name", "application-name", "publisher"]
    private static let dateKeys: Set<String> = [
        "article:published_time", "datepublished", "date", "pubdate", "publish-date", "publishdate",
        "dc.date", "dc.date.issued", "dcterms.created", "og:published_time", "parsely-pub-date", "sailthru.date",
    ]
    private static let authorKeys: Set<String> = [
        "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl",
    ]

    /// Notes a start tag: `meta`, `link`, `time` and `script` matter.
    ///
    /// - Parameters:
    ///   - tag: the start tag.
    ///   - inArticle: whether it lies inside the article.
    ///   - isDropped: whether it lies in dropped content (navigation, an inline SVG).
    mutating func see(_ tag: HTMLTag, inArticle: Bool, isDropped: Bool) {
        switch tag.name {
        case "meta": see(meta: tag)
        case "link":
            if tag.attribute("rel")?.lowercased() == "canonical", canonical == nil { canonical = tag.attribute("href") }
        case "time":
            if timeElement == nil, inArticle, !isDropped, let value = tag.attribute("datetime") {
                timeElement = PublicationDate.parse(value)
            }
        case "script":
            scriptIsLinkedData = tag.attribute("type")?.lowercased().contains("ld+json") ?? false
        default: return
        }
    }

    /// Notes the text of the page's `<title>`.
    ///
    /// - Parameters:
    ///   - title: the title, white space collapsed.
    mutating func see(title: String) {
        if titleElement == nil, !title.isEmpty { titleElement = title }
    }

    /// Notes the text of a `<script>`; only JSON-LD is read.
    ///
    /// - Parameters:
    ///   - scriptText: the script's text.
    mutating func see(scriptText: String) {
        guard scriptIsLinkedData else { return }
        LinkedDataMetadata.merge(scriptText, into: &linkedData)
    }

    /// What the page says about itself, meta tags first, then JSON-LD, then `<title>` and
    /// `<time>`. A `<title>` ending in " | " and the site's name loses that ending.
    ///
    /// - Returns: the metadata.
    func metadata() -> DocumentMetadata {
        let publisher = siteName ?? linkedData.publisher
        return DocumentMetadata(
            title: metaTitle ?? linkedData.title ?? titleElement.map { Self.withoutSiteName($0, publisher) },
            publisher: publisher,
            url: canonical ?? pageURL ?? linkedData.url,
            published: published ?? linkedData.published ?? timeElement,
            authors: authors.isEmpty ? linkedData.authors : authors)
    }

    private mutating func see(meta tag: HTMLTag) {
        guard let key = (tag.attribute("property") ?? tag.attribute("name") ?? tag.attribute("itemprop"))?.lowercased(),
            let content = tag.attribute("content").map({ ScalarText.collapsed($0.unicodeScalars) }), !content.isEmpty
        else { return }
        if Self.titleKeys.contains(key), metaTitle == nil { metaTitle = content }
        if Self.siteKeys.contains(key), siteName == nil { siteName = content }
        if Self.dateKeys.contains(key), published == nil { published = PublicationDate.parse(content) }
        if Self.authorKeys.contains(key), !content.hasPrefix("http") {
            let names = content.lowercased().hasPrefix("by ") ? String(content.dropFirst(3)) : content
            for name in AuthorList.names(names) where !authors.contains(name) { authors.append(name) }
        }
        if key == "og:url", pageURL == nil { pageURL = content }
    }

    private static func withoutSiteName(_ title: String, _ site: String?) -> String {
        guard let site else { return title }
        for separator in [" | ", " - ", " \u{2013} ", " \u{2014} ", " :: "] where title.hasSuffix(separator + site) {
            return String(title.dropLast(separator.count + site.count))
        }
        return title
    }
}
