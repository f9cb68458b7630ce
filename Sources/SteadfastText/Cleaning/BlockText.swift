/// A block's text with what the cleaning rules look at worked out once.
struct BlockText: Sendable {
    /// The text, white space collapsed.
    let text: String
    /// The text in lower case.
    let lowercased: String
    /// The lower-case text's UTF-8 bytes, for `PhraseMatcher`.
    let bytes: [UInt8]
    /// The number of words (runs between single spaces).
    let wordCount: Int
    /// True when the text ends like a sentence: `.`, `!`, `?` or `…`, perhaps followed by a
    /// closing quote or bracket.
    let endsSentence: Bool

    /// Prepares a block's text.
    ///
    /// - Parameters:
    ///   - text: the text, white space collapsed.
    init(_ text: String) {
        self.text = text
        lowercased = text.lowercased()
        bytes = Array(lowercased.utf8)
        wordCount = bytes.isEmpty ? 0 : bytes.reduce(1) { $0 + ($1 == 0x20 ? 1 : 0) }
        var scalars = text.unicodeScalars.reversed().drop { Self.closers.contains($0) }.makeIterator()
        endsSentence = scalars.next().map { Self.terminators.contains($0) } ?? false
    }

    /// The words, split at spaces.
    var words: [Substring] { text.split(separator: " ") }

    /// The first word in lower case, without trailing punctuation.
    var firstWord: String {
        Self.trimmed(lowercased.prefix { $0 != " " }, dropping: Self.trailingPunctuation)
    }

    /// The text in lower case without trailing colons, arrows and similar decoration; empty
    /// for blocks of more than eight words, which are never labels.
    var label: String {
        wordCount <= 8 ? Self.trimmed(lowercased, dropping: Self.trailingPunctuation) : ""
    }

    /// A string without the given characters at either end.
    ///
    /// - Parameters:
    ///   - text: the string.
    ///   - characters: the characters to drop.
    /// - Returns: the trimmed string.
    static func trimmed(_ text: some StringProtocol, dropping characters: Set<Character>) -> String {
        guard let first = text.firstIndex(where: { !characters.contains($0) }),
            let last = text.lastIndex(where: { !characters.contains($0) })
        else { return "" }
        return String(text[first...last])
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{BB}"]
    private static let terminators: Set<Unicode.Scalar> = [".", "!", "?", "\u{2026}"]
    private static let trailingPunctuation: Set<Character> = [
        ":", " ", ".", ",", ">", "\u{BB}", "\u{203A}", "\u{2192}", "|", "-", "\u{2014}", "\u{2013}", "\u{2022}",
    ]
}
