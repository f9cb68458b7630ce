/// A start tag with its attributes (names lower-cased, values with references decoded).
struct HTMLTag: Sendable {
    /// An attribute.
    struct Attribute: Sendable {
        var name: String
        var value: String
    }

    /// The element name, lower-cased.
    var name: String
    /// The attributes in order.
    var attributes: [Attribute]
    /// True for `<br/>`.
    var isSelfClosing: Bool

    /// The value of an attribute, if present.
    ///
    /// - Parameters:
    ///   - name: the lower-case attribute name.
    /// - Returns: its value.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}

/// A piece of an HTML page.
enum HTMLToken: Sendable {
    /// Character data, references not yet decoded.
    case text(ArraySlice<Unicode.Scalar>)
    /// The content of a raw-text element (`script`, `style`, `title`, `textarea`, `noscript`).
    case rawText(ArraySlice<Unicode.Scalar>)
    /// A start tag.
    case startTag(HTMLTag)
    /// An end tag, by its lower-case name.
    case endTag(String)
}

/// A tolerant HTML tokenizer: no tree, no validation, never fails. Comments, doctypes and
/// processing instructions are skipped; a `<` that does not open a tag is text; a tag left
/// open at the end of the input ends there.
struct HTMLTokenizer {
    private let scalars: ArraySlice<Unicode.Scalar>
    private var index: Int
    private var rawTextElement: [Unicode.Scalar]?
    private var quotesMissingFrom: [Unicode.Scalar: Int] = [:]

    private static let rawTextElements: Set<String> = [
        "script", "style", "title", "textarea", "noscript", "iframe", "xmp", "noembed", "noframes",
    ]

    /// Creates a tokenizer.
    ///
    /// - Parameters:
    ///   - scalars: the page.
    init(_ scalars: ArraySlice<Unicode.Scalar>) {
        self.scalars = scalars
        index = scalars.startIndex
    }

    /// The next token, or nil at the end.
    ///
    /// - Returns: the token.
    mutating func next() -> HTMLToken? {
        if let element = rawTextElement {
            rawTextElement = nil
            let end = endTagStart(of: element, from: index)
            defer { index = end }
            return .rawText(scalars[index..<end])
        }
        while index < scalars.endIndex {
            guard scalars[index] == "<", index + 1 < scalars.endIndex else { return text() }
            let following = scalars[index + 1]
            if following == "!" || following == "?" {
                skipDeclaration()
            } else if following == "/", index + 2 < scalars.endIndex, ScalarText.isASCIILetter(scalars[index + 2]) {
                index += 2
                let name = tagName()
                skip(past: ">")
                return .endTag(name)
            } else if ScalarText.isASCIILetter(following) {
                return .startTag(startTag())
            } else {
                return text()
            }
        }
        return nil
    }

    private mutating func text() -> HTMLToken {
        let start = index
        index += 1
        while index < scalars.endIndex, scalars[index] != "<" { index += 1 }
        return .text(scalars[start..<index])
    }

    private mutating func skipDeclaration() {
        if index + 3 < scalars.endIndex, scalars[index + 1] == "!", scalars[index + 2] == "-", scalars[index + 3] == "-"
        {
            index += 4
            while index < scalars.endIndex {
                if scalars[index] == ">", index - 2 >= scalars.startIndex, scalars[index - 1] == "-",
                    scalars[index - 2] == "-"
                {
                    index += 1
                    return
                }
                index += 1
            }
            return
        }
        skip(past: ">")
    }

    private mutating func skip(past terminator: Unicode.Scalar) {
        while index < scalars.endIndex, scalars[index] != terminator { index += 1 }
        index = min(index + 1, scalars.endIndex)
    }

    private mutating func tagName() -> String {
        var name: [Unicode.Scalar] = []
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard ScalarText.isASCIILetter(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == ":"
            else { break }
            name.append(ScalarText.asciiLowercased(scalar))
            index += 1
        }
        return ScalarText.string(name)
    }

    private mutating func startTag() -> HTMLTag {
        index += 1
        var tag = HTMLTag(name: tagName(), attributes: [], isSelfClosing: false)
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == ">" {
                index += 1
                break
            }
            if ScalarText.isWhitespace(scalar) || scalar == "/" {
                tag.isSelfClosing = scalar == "/"
                index += 1
                continue
            }
            tag.isSelfClosing = false
            tag.attributes.append(attribute())
        }
        if Self.rawTextElements.contains(tag.name), !tag.isSelfClosing {
            rawTextElement = Array(tag.name.unicodeScalars)
        }
        return tag
    }

    private mutating func attribute() -> HTMLTag.Attribute {
        var name: [Unicode.Scalar] = []
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if ScalarText.isWhitespace(scalar) || scalar == "=" || scalar == ">" || (scalar == "/" && !name.isEmpty) {
                break
            }
            name.append(ScalarText.asciiLowercased(scalar))
            index += 1
        }
        var lookahead = index
        while lookahead < scalars.endIndex, ScalarText.isWhitespace(scalars[lookahead]) { lookahead += 1 }
        guard lookahead < scalars.endIndex, scalars[lookahead] == "=" else {
            return HTMLTag.Attribute(name: ScalarText.string(name), value: "")
        }
        index = lookahead + 1
        while index < scalars.endIndex, ScalarText.isWhitespace(scalars[index]) { index += 1 }
        return HTMLTag.Attribute(name: ScalarText.string(name), value: HTMLEntities.decoded(attributeValue()))
    }

    private mutating func attributeValue() -> ArraySlice<Unicode.Scalar> {
        guard index < scalars.endIndex else { return [] }
        let quote = scalars[index]
        if quote == "\"" || quote == "'" {
            let start = index + 1
            if let close = closingQuote(quote, from: start) {
                index = close + 1
                return scalars[start..<close]
            }
            index = start
            while index < scalars.endIndex, scalars[index] != ">" { index += 1 }
            return scalars[start..<index]
        }
        let start = index
        while index < scalars.endIndex, !ScalarText.isWhitespace(scalars[index]), scalars[index] != ">" { index += 1 }
        return scalars[start..<index]
    }

    /// The next `quote` from a position; a quote never closed ends at the tag's `>` instead.
    /// Remembers a failed search so that many unclosed quotes stay linear.
    private mutating func closingQuote(_ quote: Unicode.Scalar, from start: Int) -> Int? {
        if let missing = quotesMissingFrom[quote], missing <= start { return nil }
        guard let close = scalars[start...].firstIndex(of: quote) else {
            quotesMissingFrom[quote] = start
            return nil
        }
        return close
    }

    private func endTagStart(of element: [Unicode.Scalar], from start: Int) -> Int {
        var position = start
        while position + 1 + element.count < scalars.endIndex {
            if scalars[position] == "<", scalars[position + 1] == "/", matchesName(element, at: position + 2) {
                return position
            }
            position += 1
        }
        return scalars.endIndex
    }

    private func matchesName(_ element: [Unicode.Scalar], at start: Int) -> Bool {
        for (offset, scalar) in element.enumerated() where ScalarText.asciiLowercased(scalars[start + offset]) != scalar
        {
            return false
        }
        let after = start + element.count
        return after >= scalars.endIndex || scalars[after] == ">" || scalars[after] == "/"
            || ScalarText.isWhitespace(scalars[after])
    }
}
