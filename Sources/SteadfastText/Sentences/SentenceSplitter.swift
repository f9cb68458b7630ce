/// Splits news text into sentences without a regex engine, in one pass over its scalars.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis (with any closing quotes and brackets after
/// it) that is followed by white space and a word that can start a sentence, and at a blank
/// line. A block without final punctuation (a headline) is one sentence. How a period is judged
/// is described in `SentenceSplitter+Period.swift`.
public struct SentenceSplitter: Sendable {
    /// Creates a splitter.
    public init() {}

    /// Sentences of every block of the document, in order, with spans into document.text; a
    /// sentence never crosses a block boundary.
    ///
    /// - Parameters:
    ///   - document: the prepared document.
    /// - Returns: its sentences, block by block.
    public func sentences(in document: PreparedDocument) -> [Sentence] {
        let scalars = Array(document.text.unicodeScalars)
        var sentences: [Sentence] = []
        for (index, block) in document.blocks.enumerated() {
            let start = min(max(block.span.start, 0), scalars.count)
            let end = min(max(block.span.end, start), scalars.count)
            for span in spans(in: scalars, from: start, to: end) {
                let text = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
                sentences.append(
                    Sentence(span: span, text: text, block: index, kind: block.kind, isRepeat: block.repeatOf != nil))
            }
        }
        return sentences
    }

    /// Sentence spans of a text (scalar offsets).
    ///
    /// - Parameters:
    ///   - text: the text, usually one paragraph.
    /// - Returns: the spans of its sentences, without surrounding white space.
    public func split(_ text: String) -> [TextSpan] {
        let scalars = Array(text.unicodeScalars)
        return spans(in: scalars, from: 0, to: scalars.count)
    }

    /// Sentence spans of `scalars[start..<end]`, in offsets into `scalars`.
    func spans(in scalars: [Unicode.Scalar], from start: Int, to end: Int) -> [TextSpan] {
        var spans: [TextSpan] = []
        var sentenceStart = start
        var index = start
        while index < end {
            let scalar = scalars[index]
            if scalar == "\n", let resume = paragraphBreakEnd(scalars, after: index, end: end) {
                appendTrimmed(sentenceStart..<index, of: scalars, to: &spans)
                sentenceStart = resume
                index = resume
            } else if SentenceMark.isTerminator(scalar), let mark = SentenceMark(scalars, at: index, end: end) {
                if isBoundary(after: mark, in: scalars, from: start, to: end) {
                    appendTrimmed(sentenceStart..<mark.end, of: scalars, to: &spans)
                    sentenceStart = mark.end
                }
                index = mark.end
            } else {
                index += 1
            }
        }
        appendTrimmed(sentenceStart..<end, of: scalars, to: &spans)
        return spans
    }

    /// Where text resumes after a blank line starting at a newline, or nil for a single newline.
    private func paragraphBreakEnd(_ scalars: [Unicode.Scalar], after newline: Int, end: Int) -> Int? {
        var index = newline + 1
        var newlines = 1
        while index < end, SentenceScalar.isSpace(scalars[index]) {
            if scalars[index] == "\n" { newlines += 1 }
            index += 1
        }
        return newlines >= 2 ? index : nil
    }

    private func appendTrimmed(_ range: Range<Int>, of scalars: [Unicode.Scalar], to spans: inout [TextSpan]) {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, SentenceScalar.isSpace(scalars[start]) { start += 1 }
        while end > start, SentenceScalar.isSpace(scalars[end - 1]) { end -= 1 }
        if start < end { spans.append(TextSpan(start: start, end: end)) }
    }
}
