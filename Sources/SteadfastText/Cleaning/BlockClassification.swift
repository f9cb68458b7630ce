/// What the cleaner decided about one block.
struct BlockClassification: Sendable, Hashable {
    /// The block's kind.
    var kind: BlockKind
    /// The earlier block it repeats, if any.
    var repeatOf: Int?
    /// Which furniture it is, when it is furniture.
    var furniture: Furniture?
}
