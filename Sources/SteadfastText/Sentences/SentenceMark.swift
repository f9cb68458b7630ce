/// A run of sentence-final punctuation (`.`, `!`, `?`, `...`, `…`) with the closing quotes and
/// brackets that follow it: a place where a sentence may end.
struct SentenceMark {
    /// What the run says about the end of a sentence.
    enum Strength {
        /// A single period: it may also end an abbreviation or an initial.
        case period
        /// Two or more periods or `…`: a pause that ends a sentence before a capital.
        case ellipsis
        /// A question or exclamation mark.
        case strong
    }

    /// The first punctuation scalar.
    let start: Int
    /// One past the last punctuation or closing scalar: where the sentence would end.
    let end: Int
    /// What kind of run it is.
    let strength: Strength
    /// True when closing quotes or brackets follow the run (`."`, `?)`).
    let hasClosers: Bool

    /// Reads the run starting at `index`, or returns nil when `index` holds no final punctuation.
    init?(_ scalars: [Unicode.Scalar], at index: Int, end: Int) {
        guard SentenceMark.isTerminator(scalars[index]) else { return nil }
        var cursor = index
        var periods = 0
        var isStrong = false
        var isEllipsis = false
        while cursor < end, SentenceMark.isTerminator(scalars[cursor]) {
            switch scalars[cursor] {
            case ".": periods += 1
            case "\u{2026}": isEllipsis = true
            default: isStrong = true
            }
            cursor += 1
        }
        let marksEnd = cursor
        while cursor < end, SentenceMark.isCloser(scalars[cursor]) { cursor += 1 }
        start = index
        self.end = cursor
        hasClosers = cursor > marksEnd
        strength = isStrong ? .strong : (isEllipsis || periods > 1) ? .ellipsis : .period
    }

    static func isTerminator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ".", "!", "?", "\u{2026}", "\u{203C}", "\u{2047}", "\u{2048}", "\u{2049}", "\u{FF01}", "\u{FF1F}": true
        default: false
        }
    }

    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", "}", "\u{00BB}", "\u{203A}": true
        default: false
        }
    }

    static func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{201C}", "\u{2018}", "(", "[", "{", "\u{00AB}", "\u{2039}": true
        default: false
        }
    }
}
