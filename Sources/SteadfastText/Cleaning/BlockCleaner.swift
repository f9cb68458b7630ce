/// Tells article text from page furniture and captions, and finds repeated blocks.
///
/// The rules, in order: a block that repeats an earlier one (the same text once white space
/// is collapsed) takes that block's kind and points to it; a block the markup marks as a
/// caption is a caption; furniture wording (bylines, read times, appeals, cookie and copyright
/// notices, lone timestamps) makes furniture; caption wording (photo credits) makes a caption;
/// a block the markup marks as a heading, or the document's title, is a heading; a bare label
/// is furniture; a short line that does not end like a sentence is a heading, unless the markup
/// makes it a list item or quote; anything else is body.
enum BlockCleaner {
    /// Headings without markup are at most this many words long.
    static let headingWordLimit = 20

    /// Classifies a document's blocks.
    ///
    /// - Parameters:
    ///   - blocks: the blocks, in order.
    ///   - title: the document's title, if known.
    /// - Returns: one classification per block.
    static func classify(_ blocks: [RawBlock], title: String?) -> [BlockClassification] {
        var firstIndex: [String: Int] = [:]
        var results: [BlockClassification] = []
        results.reserveCapacity(blocks.count)
        let foldedTitle = title.map { ScalarText.collapsed($0.unicodeScalars).lowercased() }
        for (index, block) in blocks.enumerated() {
            if let earlier = firstIndex[block.text] {
                let original = results[earlier]
                results.append(
                    BlockClassification(kind: original.kind, repeatOf: earlier, furniture: original.furniture))
                continue
            }
            firstIndex[block.text] = index
            results.append(classify(block, title: foldedTitle))
        }
        return results
    }

    private static func classify(_ block: RawBlock, title: String?) -> BlockClassification {
        if block.markup == .caption { return BlockClassification(kind: .caption) }
        let text = BlockText(block.text)
        if let furniture = FurnitureRules.furniture(text) {
            return BlockClassification(kind: .furniture, furniture: furniture)
        }
        if CaptionRules.isCaption(text) { return BlockClassification(kind: .caption) }
        if block.markup == .heading || text.lowercased == title { return BlockClassification(kind: .heading) }
        if FurnitureRules.isLabel(text) { return BlockClassification(kind: .furniture, furniture: .label) }
        if block.markup == nil, isHeadingLike(text) { return BlockClassification(kind: .heading) }
        return BlockClassification(kind: .body)
    }

    private static func isHeadingLike(_ block: BlockText) -> Bool {
        guard block.wordCount <= headingWordLimit, !block.endsSentence,
            let first = block.text.first, first.isUppercase || first.isNumber || first.isPunctuation,
            let last = block.text.last
        else { return false }
        return !",;:".contains(last)
    }
}
