/// Splits plain text into paragraph blocks.
///
/// Two layouts are told apart. Hard-wrapped text (lines of at most 120 characters, bar a
/// stray long one such as an address, that often break mid-sentence, the next line going on
/// in lower case) has paragraphs separated by blank lines. Inside one, a line shorter than
/// half the wrap width ends the paragraph (a title or byline typed without a blank line
/// after it), and such a short line that does not end like a sentence, after one that does,
/// starts a new one (a heading). Anything else (pages scraped to text, one paragraph a line)
/// has one block a line.
enum PlainTextSplitter {
    private static let maximumWrapWidth = 120

    /// The blocks of a plain text.
    ///
    /// - Parameters:
    ///   - scalars: the text, with LF line endings.
    /// - Returns: the blocks in order.
    static func blocks(_ scalars: ArraySlice<Unicode.Scalar>) -> [RawBlock] {
        let lines = ScalarText.lines(scalars).map(ScalarText.trimmed)
        guard let width = wrapWidth(lines) else {
            return lines.compactMap { RawBlock(collapsing: $0) }
        }
        var blocks: [RawBlock] = []
        var paragraph: [Unicode.Scalar] = []
        for (number, line) in lines.enumerated() {
            if !line.isEmpty {
                if !paragraph.isEmpty { paragraph.append(" ") }
                paragraph.append(contentsOf: line)
            }
            let next = number + 1 < lines.count ? lines[number + 1] : []
            if line.isEmpty || next.isEmpty || isShort(line, width)
                || (endsSentence(line) && startsHeading(next, width))
            {
                if let block = RawBlock(collapsing: paragraph) { blocks.append(block) }
                paragraph = []
            }
        }
        return blocks
    }

    private static func isShort(_ line: ArraySlice<Unicode.Scalar>, _ width: Int) -> Bool {
        line.count * 2 < width
    }

    /// A short line that does not end like a sentence, after one that does: a heading typed
    /// without blank lines around it.
    private static func startsHeading(_ line: ArraySlice<Unicode.Scalar>, _ width: Int) -> Bool {
        isShort(line, width) && !endsSentence(line)
    }

    private static func endsSentence(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let last = line.last { !"\"'\u{201D}\u{2019})]".unicodeScalars.contains($0) }
        return last.map { ".!?\u{2026}".unicodeScalars.contains($0) } ?? false
    }

    /// The width text is wrapped at, or nil when it is not hard-wrapped.
    ///
    /// - Parameters:
    ///   - lines: the trimmed lines.
    /// - Returns: the widest line's length up to 120, in scalars, when the text is
    ///   hard-wrapped.
    static func wrapWidth(_ lines: [ArraySlice<Unicode.Scalar>]) -> Int? {
        var width = 0
        var longLines = 0
        var filledLines = 0
        var pairs = 0
        var continuations = 0
        for (number, line) in lines.enumerated() {
            if !line.isEmpty { filledLines += 1 }
            if line.count > maximumWrapWidth {
                longLines += 1
            } else {
                width = max(width, line.count)
            }
            guard number + 1 < lines.count, !line.isEmpty, let next = lines[number + 1].first else { continue }
            pairs += 1
            if let last = line.last, !".!?:;\"\u{201D})".unicodeScalars.contains(last),
                next.properties.isLowercase
            {
                continuations += 1
            }
        }
        guard longLines * 10 <= filledLines, pairs > 0, continuations * 5 >= pairs else { return nil }
        return width
    }
}
