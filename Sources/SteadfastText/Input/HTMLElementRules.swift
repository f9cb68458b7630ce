/// What each HTML element does to the text: dropped with its content, ends a paragraph,
/// marks a heading or a caption.
enum HTMLElementRules {
    /// Elements dropped with everything inside them.
    static let dropped: Set<String> = [
        "script", "style", "noscript", "template", "svg", "nav", "footer", "aside", "form", "button", "iframe",
        "select", "object", "canvas", "dialog", "math",
    ]

    /// Elements that end a paragraph where they open and close.
    static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
        "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
    ]

    /// Elements with no content and no end tag.
    static let void: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
        "wbr",
    ]

    /// Elements never put on the stack of open elements: void elements, the document's frame,
    /// and raw-text elements whose content the tokenizer hands over whole.
    static let unstacked: Set<String> = void.union(["html", "head", "body", "script", "title"])

    /// Elements whose text is separated from its neighbours by a space (table cells).
    static let spaced: Set<String> = ["td", "th", "img"]

    /// Starting one of these closes an open `<p>`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "details", "div", "dl", "fieldset", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "main", "nav", "ol", "p", "pre",
        "section", "table", "ul",
    ]

    /// Starting one of these closes a heading left open (a tolerance real pages need).
    static let closesHeading: Set<String> = ["p", "ul", "ol", "table", "blockquote", "figure"]

    /// Searches for an element to close implicitly stop at these.
    static let scopeBoundaries: Set<String> = ["table", "td", "th", "caption", "template", "button", "object"]

    private static let captionNames = PhraseMatcher(["caption", "credit"])
    private static let hiddenStyles = PhraseMatcher(["display:none", "visibility:hidden"])

    /// Roles that mark navigation or page chrome.
    static let droppedRoles: Set<String> = ["navigation", "banner", "contentinfo", "complementary", "search"]

    /// The elements a start tag closes when still open, and where the search stops.
    ///
    /// - Parameters:
    ///   - name: the starting element.
    /// - Returns: the names it closes and the names that stop the search.
    static func implicitlyClosed(by name: String) -> (closes: Set<String>, stops: Set<String>)? {
        switch name {
        case "li": (["li"], ["ul", "ol"])
        case "dt", "dd": (["dt", "dd"], ["dl"])
        case "tr": (["tr", "td", "th"], ["table"])
        case "td", "th": (["td", "th"], ["tr", "table"])
        case "option": (["option"], ["select"])
        default: nil
        }
    }

    /// Whether an element is a heading.
    ///
    /// - Parameters:
    ///   - name: the element name.
    /// - Returns: true for h1 to h6.
    static func isHeading(_ name: String) -> Bool {
        name.count == 2 && name.hasPrefix("h") && ("1"..."6").contains(name.unicodeScalars.last ?? "0")
    }

    /// Whether a start tag opens a caption: `<figcaption>`, or a class or id naming a
    /// caption or credit.
    ///
    /// - Parameters:
    ///   - tag: the start tag.
    /// - Returns: true for captions.
    static func isCaption(_ tag: HTMLTag) -> Bool {
        if tag.name == "figcaption" { return true }
        return tag.attributes.contains { attribute in
            (attribute.name == "class" || attribute.name == "id")
                && captionNames.occurs(in: Array(attribute.value.lowercased().utf8))
        }
    }

    /// Whether a start tag's content is dropped.
    ///
    /// - Parameters:
    ///   - tag: the start tag.
    ///   - insideArticle: whether it lies in an `<article>` or `<main>` (where `<header>`
    ///     holds the headline and is kept).
    /// - Returns: true when dropped.
    static func isDropped(_ tag: HTMLTag, insideArticle: Bool) -> Bool {
        if dropped.contains(tag.name) || (tag.name == "header" && !insideArticle) { return true }
        if tag.attribute("hidden") != nil { return true }
        if let role = tag.attribute("role")?.lowercased(), droppedRoles.contains(role) {
            return !(insideArticle && role == "banner")
        }
        guard let style = tag.attribute("style") else { return false }
        return hiddenStyles.occurs(in: Array(style.lowercased().utf8).filter { $0 != 0x20 })
    }
}
