/// A paragraph-level block as a reader found it, before cleaning: its text with white space
/// collapsed, and what the markup says it is, if anything.
struct RawBlock: Sendable, Hashable {
    /// The text, white space collapsed.
    var text: String
    /// `.heading` or `.caption` when the markup says so, `.body` for list items, quotes and
    /// code (never headings, whatever their wording); nil when the markup says nothing.
    var markup: BlockKind?

    /// Creates a block from text that may hold white space runs; nil when nothing remains.
    ///
    /// - Parameters:
    ///   - scalars: the text.
    ///   - markup: what the markup says the block is.
    init?(collapsing scalars: some Sequence<Unicode.Scalar>, markup: BlockKind? = nil) {
        let text = ScalarText.collapsed(scalars)
        guard !text.isEmpty else { return nil }
        self.text = text
        self.markup = markup
    }
}
