import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads an inline SVG chart as XML, which it must be to draw the same in every browser, and
/// counts its elements by class.
final class SVGInspector: NSObject, XMLParserDelegate {
    private(set) var classes: [String: Int] = [:]
    private(set) var elements: [String: Int] = [:]
    private(set) var texts: [String] = []
    private var text = ""

    /// Parses the SVG; nil when it is not well-formed XML.
    static func inspect(_ svg: String) -> SVGInspector? {
        let inspector = SVGInspector()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = inspector
        return parser.parse() ? inspector : nil
    }

    func count(class name: String) -> Int {
        classes[name, default: 0]
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        elements[elementName, default: 0] += 1
        for name in (attributes["class"] ?? "").split(separator: " ") {
            classes[String(name), default: 0] += 1
        }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        if elementName == "text" || elementName == "title" { texts.append(text) }
        text = ""
    }
}
