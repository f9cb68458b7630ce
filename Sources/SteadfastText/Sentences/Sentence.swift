/// A sentence of a prepared document.
public struct Sentence: Sendable, Hashable, Codable {
    /// Where it lies in the stored text.
    public var span: TextSpan
    /// Its text.
    public var text: String
    /// The index of the block it belongs to.
    public var block: Int
    /// What that block is (body, heading, caption).
    public var kind: BlockKind
    /// True when the block repeats an earlier one (a caption shown twice): code it once.
    public var isRepeat: Bool

    /// Creates a sentence.
    ///
    /// - Parameters:
    ///   - span: where it lies.
    ///   - text: its text.
    ///   - block: its block's index.
    ///   - kind: its block's kind.
    ///   - isRepeat: whether its block repeats an earlier one.
    public init(span: TextSpan, text: String, block: Int, kind: BlockKind, isRepeat: Bool) {
        self.span = span
        self.text = text
        self.block = block
        self.kind = kind
        self.isRepeat = isRepeat
    }
}
