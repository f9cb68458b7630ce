/// Strips Markdown's inline markup: emphasis, code spans, links (their text stays), images
/// (their alt text becomes a caption), autolinks, inline HTML tags and backslash escapes.
struct MarkdownInline {
    /// Text, or an image's alt text.
    enum Piece: Sendable, Hashable {
        case text([Unicode.Scalar])
        case image(alt: [Unicode.Scalar])
    }

    private static let searchLimit = 2_000
    private static let escapable = Set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars)

    private let scalars: ArraySlice<Unicode.Scalar>
    private var index: Int
    private var pieces: [Piece] = []
    private var current: [Unicode.Scalar] = []

    private init(_ scalars: ArraySlice<Unicode.Scalar>) {
        self.scalars = scalars
        index = scalars.startIndex
    }

    /// The blocks of a paragraph: its text, split where an image stands, with each image's
    /// alt text as a caption block.
    ///
    /// - Parameters:
    ///   - scalars: the paragraph.
    ///   - markup: what the paragraph is (a heading, or nil for a paragraph).
    /// - Returns: the blocks.
    static func blocks(_ scalars: ArraySlice<Unicode.Scalar>, markup: BlockKind?) -> [RawBlock] {
        pieces(scalars).compactMap { piece in
            switch piece {
            case .text(let text): RawBlock(collapsing: decoded(text), markup: markup)
            case .image(let alt): RawBlock(collapsing: decoded(alt), markup: .caption)
            }
        }
    }

    /// The pieces of a text.
    ///
    /// - Parameters:
    ///   - scalars: the text.
    /// - Returns: text and image pieces in order.
    static func pieces(_ scalars: ArraySlice<Unicode.Scalar>) -> [Piece] {
        var scanner = MarkdownInline(scalars)
        while scanner.index < scalars.endIndex { scanner.step() }
        if !scanner.current.isEmpty { scanner.pieces.append(.text(scanner.current)) }
        return scanner.pieces
    }

    private static func flattened(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        pieces(scalars).flatMap { piece in
            switch piece {
            case .text(let text): text
            case .image(let alt): alt
            }
        }
    }

    private static func decoded(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var output: [Unicode.Scalar] = []
        HTMLEntities.decode(scalars[...], into: &output)
        return output
    }

    private mutating func step() {
        let scalar = scalars[index]
        switch scalar {
        case "\\": escape()
        case "`": codeSpan()
        case "!" where index + 1 < scalars.endIndex && scalars[index + 1] == "[": image()
        case "[": link()
        case "<": angleBracket()
        case "*", "_", "~": emphasis(scalar)
        default:
            current.append(scalar)
            index += 1
        }
    }

    private mutating func escape() {
        let next: Unicode.Scalar = index + 1 < scalars.endIndex ? scalars[index + 1] : " "
        if Self.escapable.contains(next) {
            current.append(next)
            index += 2
        } else {
            current.append("\\")
            index += 1
        }
    }

    private mutating func codeSpan() {
        let start = index
        while index < scalars.endIndex, scalars[index] == "`" { index += 1 }
        let length = index - start
        var probe = index
        while probe < min(scalars.endIndex, index + Self.searchLimit) {
            if scalars[probe] == "`" {
                let runStart = probe
                while probe < scalars.endIndex, scalars[probe] == "`" { probe += 1 }
                if probe - runStart == length {
                    current.append(contentsOf: scalars[index..<runStart])
                    index = probe
                    return
                }
            } else {
                probe += 1
            }
        }
        current.append(contentsOf: scalars[start..<index])
    }

    private mutating func image() {
        guard let link = linkParts(at: index + 1) else {
            current.append("!")
            index += 1
            return
        }
        if !current.isEmpty { pieces.append(.text(current)) }
        current = []
        pieces.append(.image(alt: Self.flattened(scalars[link.label])))
        index = link.end
    }

    private mutating func link() {
        guard let link = linkParts(at: index) else {
            current.append("[")
            index += 1
            return
        }
        current.append(contentsOf: Self.flattened(scalars[link.label]))
        index = link.end
    }

    private mutating func angleBracket() {
        let next = index + 1 < scalars.endIndex ? scalars[index + 1] : " "
        guard ScalarText.isASCIILetter(next) || next == "/" || next == "!",
            let close = scalars[index..<min(scalars.endIndex, index + Self.searchLimit)].firstIndex(of: ">")
        else {
            current.append("<")
            index += 1
            return
        }
        let inside = ScalarText.string(scalars[(index + 1)..<close])
        if inside.hasPrefix("http://") || inside.hasPrefix("https://") || inside.hasPrefix("mailto:") {
            current.append(contentsOf: inside.unicodeScalars)
        }
        index = close + 1
    }

    private mutating func emphasis(_ marker: Unicode.Scalar) {
        let start = index
        while index < scalars.endIndex, scalars[index] == marker { index += 1 }
        let before = start > scalars.startIndex ? scalars[start - 1] : " "
        let after = index < scalars.endIndex ? scalars[index] : " "
        let isMarkup: Bool
        switch marker {
        case "*": isMarkup = !(ScalarText.isWhitespace(before) && ScalarText.isWhitespace(after))
        case "_": isMarkup = !(Self.isWordScalar(before) && Self.isWordScalar(after))
        default: isMarkup = index - start >= 2
        }
        if !isMarkup { current.append(contentsOf: scalars[start..<index]) }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private func linkParts(at open: Int) -> (label: Range<Int>, end: Int)? {
        guard open < scalars.endIndex, scalars[open] == "[", let close = matching(from: open, "[", "]"),
            close + 1 < scalars.endIndex
        else { return nil }
        let label = (open + 1)..<close
        switch scalars[close + 1] {
        case "(": return matching(from: close + 1, "(", ")").map { (label, $0 + 1) }
        case "[": return matching(from: close + 1, "[", "]").map { (label, $0 + 1) }
        default: return nil
        }
    }

    private func matching(from open: Int, _ opener: Unicode.Scalar, _ closer: Unicode.Scalar) -> Int? {
        var depth = 0
        var position = open
        let limit = min(scalars.endIndex, open + Self.searchLimit)
        while position < limit {
            let scalar = scalars[position]
            if scalar == "\\" {
                position += 2
                continue
            }
            if scalar == opener { depth += 1 }
            if scalar == closer {
                depth -= 1
                if depth == 0 { return position }
            }
            position += 1
        }
        return nil
    }
}
