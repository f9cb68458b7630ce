/// How a document's text is marked up.
public enum DocumentFormat: String, Sendable, CaseIterable {
    /// Plain text: paragraphs separated by blank lines, or one paragraph a line.
    case plain
    /// An HTML page.
    case html
    /// A Markdown article.
    case markdown

    /// The format a file name's extension names: `.html`/`.htm` HTML, `.md`/`.markdown`
    /// Markdown, any other extension plain text; nil when the name has no extension. For an
    /// address (`https://...`) only the HTML and Markdown extensions count: `.php` or `.aspx`
    /// pages are sniffed.
    ///
    /// - Parameters:
    ///   - name: the file name, path or address.
    /// - Returns: the format, or nil to sniff the content.
    static func fromExtension(of name: String) -> DocumentFormat? {
        guard let range = name.range(of: "://") else { return format(ofExtension: name) }
        let address = name[range.upperBound...].prefix { $0 != "?" && $0 != "#" }
        guard let pathStart = address.firstIndex(of: "/") else { return nil }
        let format = format(ofExtension: address[pathStart...])
        return format == .plain ? nil : format
    }

    private static func format(ofExtension name: some StringProtocol) -> DocumentFormat? {
        let lastComponent = name.split(separator: "/").last ?? name[...]
        guard let dot = lastComponent.lastIndex(of: "."), dot != lastComponent.startIndex else { return nil }
        let fileExtension = lastComponent[lastComponent.index(after: dot)...].lowercased()
        guard !fileExtension.isEmpty, fileExtension.count <= 10,
            fileExtension.unicodeScalars.allSatisfy({ ScalarText.isASCIILetter($0) || ("0"..."9").contains($0) })
        else { return nil }
        switch fileExtension {
        case "html", "htm", "xhtml", "shtml": return .html
        case "md", "markdown": return .markdown
        default: return .plain
        }
    }

    /// The format a text looks like: HTML when it opens with a doctype or `<html>`, or when
    /// it holds many HTML tags; plain text otherwise.
    ///
    /// - Parameters:
    ///   - scalars: the text.
    /// - Returns: the sniffed format.
    static func sniffed(_ scalars: ArraySlice<Unicode.Scalar>) -> DocumentFormat {
        var start = scalars.startIndex
        while start < scalars.endIndex, ScalarText.isWhitespace(scalars[start]) || scalars[start] == "\u{FEFF}" {
            start += 1
        }
        let opening = ScalarText.string(scalars[start..<min(start + 14, scalars.endIndex)])
            .lowercased()
        if opening.hasPrefix("<!doctype html") || opening.hasPrefix("<html") { return .html }
        return knownTagCount(scalars[start..<min(start + 65_536, scalars.endIndex)]) >= 4 ? .html : .plain
    }

    private static let commonTags: Set<String> = [
        "p", "div", "span", "a", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td",
        "img", "strong", "em", "b", "i", "article", "section", "main", "script", "style", "meta", "link", "body",
        "head", "title", "figure", "figcaption", "blockquote", "nav", "header", "footer",
    ]

    private static func knownTagCount(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var count = 0
        var index = scalars.startIndex
        while index < scalars.endIndex {
            defer { index += 1 }
            guard scalars[index] == "<" else { continue }
            var nameStart = index + 1
            if nameStart < scalars.endIndex, scalars[nameStart] == "/" { nameStart += 1 }
            var nameEnd = nameStart
            while nameEnd < scalars.endIndex, nameEnd - nameStart < 12,
                ScalarText.isASCIILetter(scalars[nameEnd]) || ("1"..."6").contains(scalars[nameEnd])
            {
                nameEnd += 1
            }
            guard nameEnd < scalars.endIndex, nameEnd > nameStart,
                [">", " ", "/", "\n", "\t"].contains(scalars[nameEnd])
            else { continue }
            let name = ScalarText.string(scalars[nameStart..<nameEnd]).lowercased()
            if commonTags.contains(name) { count += 1 }
        }
        return count
    }
}
