/// Turns a Markdown article into blocks: ATX and setext headings become heading blocks;
/// paragraphs, list items, block quotes and table rows become body blocks without their
/// markers; fenced code keeps its text; link reference definitions and rules are dropped.
struct MarkdownConverter {
    private struct Fence {
        var marker: Unicode.Scalar
        var length: Int
    }

    private var blocks: [RawBlock] = []
    private var paragraph: [Unicode.Scalar] = []
    private var paragraphIsQuote = false
    private var paragraphIsItem = false
    private var fence: Fence?
    private var code: [Unicode.Scalar] = []

    /// The blocks of a Markdown text.
    ///
    /// - Parameters:
    ///   - scalars: the text, with LF line endings.
    /// - Returns: the blocks in order.
    static func blocks(_ scalars: ArraySlice<Unicode.Scalar>) -> [RawBlock] {
        var converter = MarkdownConverter()
        for line in ScalarText.lines(scalars) { converter.consume(line) }
        converter.flushParagraph()
        converter.flushCode()
        return converter.blocks
    }

    private mutating func consume(_ line: ArraySlice<Unicode.Scalar>) {
        var trimmed = ScalarText.trimmed(line)
        if let open = fence {
            if Self.fenceMarker(trimmed).map({ $0.marker == open.marker && $0.length >= open.length }) == true {
                flushCode()
            } else {
                code.append(contentsOf: line)
                code.append("\n")
            }
            return
        }
        if let marker = Self.fenceMarker(trimmed) {
            flushParagraph()
            fence = marker
            return
        }
        let isQuote = trimmed.first == ">"
        while trimmed.first == ">" { trimmed = ScalarText.trimmed(trimmed.dropFirst()) }
        if isQuote != paragraphIsQuote { flushParagraph() }
        paragraphIsQuote = isQuote
        consumeContent(trimmed)
    }

    private mutating func consumeContent(_ trimmed: ArraySlice<Unicode.Scalar>) {
        if trimmed.isEmpty || Self.isReferenceDefinition(trimmed) {
            flushParagraph()
        } else if let heading = Self.atxHeading(trimmed) {
            flushParagraph()
            blocks += MarkdownInline.blocks(heading, markup: .heading)
        } else if !paragraph.isEmpty, let underline = trimmed.first, underline == "=" || underline == "-",
            trimmed.allSatisfy({ $0 == underline })
        {
            blocks += MarkdownInline.blocks(paragraph[...], markup: .heading)
            paragraph = []
        } else if Self.isThematicBreak(trimmed) {
            flushParagraph()
        } else if trimmed.first == "|" {
            flushParagraph()
            paragraph = trimmed.filter { $0 != "|" }
            if !paragraph.allSatisfy({ $0 == "-" || $0 == ":" || ScalarText.isWhitespace($0) }) { flushParagraph() }
            paragraph = []
        } else if let item = Self.listItemText(trimmed) {
            flushParagraph()
            paragraph.append(contentsOf: item)
            paragraphIsItem = true
        } else {
            if !paragraph.isEmpty { paragraph.append(" ") }
            paragraph.append(contentsOf: trimmed)
        }
    }

    private mutating func flushParagraph() {
        blocks += MarkdownInline.blocks(paragraph[...], markup: paragraphIsItem || paragraphIsQuote ? .body : nil)
        paragraph = []
        paragraphIsItem = false
    }

    private mutating func flushCode() {
        if let block = RawBlock(collapsing: code, markup: .body) { blocks.append(block) }
        code = []
        fence = nil
    }

    private static func fenceMarker(_ trimmed: ArraySlice<Unicode.Scalar>) -> Fence? {
        guard let marker = trimmed.first, marker == "`" || marker == "~" else { return nil }
        let length = trimmed.prefix { $0 == marker }.count
        return length >= 3 ? Fence(marker: marker, length: length) : nil
    }

    private static func atxHeading(_ trimmed: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
        let level = trimmed.prefix { $0 == "#" }.count
        guard (1...6).contains(level) else { return nil }
        var text = trimmed.dropFirst(level)
        guard text.isEmpty || ScalarText.isWhitespace(text[text.startIndex]) else { return nil }
        while text.last == "#" { text = text.dropLast() }
        return ScalarText.trimmed(text)
    }

    private static func isThematicBreak(_ trimmed: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let marker = trimmed.first, marker == "*" || marker == "-" || marker == "_" else { return false }
        let markers = trimmed.filter { !ScalarText.isWhitespace($0) }
        return markers.count >= 3 && markers.allSatisfy { $0 == marker }
    }

    private static func isReferenceDefinition(_ trimmed: ArraySlice<Unicode.Scalar>) -> Bool {
        guard trimmed.first == "[", let close = trimmed.firstIndex(of: "]"), close + 1 < trimmed.endIndex else {
            return false
        }
        return trimmed[close + 1] == ":" && close > trimmed.startIndex + 1
    }

    private static func listItemText(_ trimmed: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar>? {
        guard let first = trimmed.first else { return nil }
        var markerEnd = trimmed.startIndex
        if first == "-" || first == "*" || first == "+" {
            markerEnd += 1
        } else {
            while markerEnd < trimmed.endIndex, markerEnd - trimmed.startIndex < 3,
                ("0"..."9").contains(trimmed[markerEnd])
            {
                markerEnd += 1
            }
            guard markerEnd > trimmed.startIndex, markerEnd < trimmed.endIndex,
                trimmed[markerEnd] == "." || trimmed[markerEnd] == ")"
            else { return nil }
            markerEnd += 1
        }
        guard markerEnd < trimmed.endIndex, ScalarText.isWhitespace(trimmed[markerEnd]) else { return nil }
        return ScalarText.trimmed(trimmed[markerEnd...])
    }
}
