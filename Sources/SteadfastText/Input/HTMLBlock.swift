/// A block of an HTML page with the containers it lies in.
struct HTMLBlock: Sendable {
    /// The block.
    var block: RawBlock
    /// The outermost `<article>` it lies in, by order of appearance.
    var article: Int?
    /// The outermost `<main>` it lies in.
    var main: Int?
    /// True for the text of an `<h1>`.
    var isTopHeading: Bool

    /// The share of its surroundings (its `<main>`, else the page) an article must hold to
    /// stand for the page: pages also use `<article>` for teasers of other stories and for
    /// each entry of a live blog.
    static let articleShare = 0.5

    /// The share of the page a `<main>` must hold to stand for it.
    static let mainShare = 0.3

    /// The blocks that make up a page's story: its largest `<article>` when that holds most
    /// of the text around it, else its largest `<main>` when that holds a fair share of the
    /// page, else every block. When the chosen container has no `<h1>`, the last `<h1>`
    /// before it (the headline above the article) is kept.
    ///
    /// - Parameters:
    ///   - blocks: every kept block of the page, in order.
    /// - Returns: the story's blocks, in order.
    static func selectArticle(_ blocks: [HTMLBlock]) -> [RawBlock] {
        let total = size(blocks[...])
        if let article = largest(blocks, by: \.article) {
            let main = blocks.first { $0.article == article.identifier }?.main
            let surroundings = main.map { main in size(blocks.filter { $0.main == main }[...]) } ?? total
            if Double(article.size) >= articleShare * Double(surroundings) {
                return withHeadline(blocks, inside: { $0.article == article.identifier })
            }
        }
        if let main = largest(blocks, by: \.main), Double(main.size) >= mainShare * Double(total) {
            return withHeadline(blocks, inside: { $0.main == main.identifier })
        }
        return blocks.map(\.block)
    }

    private static func size(_ blocks: ArraySlice<HTMLBlock>) -> Int {
        blocks.reduce(0) { $0 + $1.block.text.utf8.count }
    }

    private static func largest(
        _ blocks: [HTMLBlock], by container: KeyPath<HTMLBlock, Int?>
    ) -> (identifier: Int, size: Int)? {
        var sizes: [Int: Int] = [:]
        for block in blocks {
            if let identifier = block[keyPath: container] {
                sizes[identifier, default: 0] += block.block.text.utf8.count
            }
        }
        return sizes.max { ($0.value, -$0.key) < ($1.value, -$1.key) }.map { ($0.key, $0.value) }
    }

    private static func withHeadline(_ blocks: [HTMLBlock], inside: (HTMLBlock) -> Bool) -> [RawBlock] {
        guard let first = blocks.firstIndex(where: inside) else { return [] }
        let chosen = blocks[first...].filter(inside)
        var result = chosen.map(\.block)
        if !chosen.contains(where: \.isTopHeading),
            let headline = blocks[..<first].last(where: \.isTopHeading)
        {
            result.insert(headline.block, at: 0)
        }
        return result
    }
}
