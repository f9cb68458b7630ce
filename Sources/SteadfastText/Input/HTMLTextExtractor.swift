import SteadfastCore

/// Turns an HTML page into blocks and metadata in one pass over its tokens.
///
/// A stack of open elements, closed tolerantly (an end tag closes everything opened after its
/// element; a stray inline end tag is ignored; `<p>`, `<li>` and cells close their open
/// siblings), tells where text belongs: dropped (navigation, scripts, forms), a heading, a
/// caption, or an article's or main element's body.
struct HTMLTextExtractor {
    private struct Context: Sendable {
        var isDropped = false
        var isHeading = false
        var isTopHeading = false
        var isCaption = false
        var isListItem = false
        var article: Int?
        var main: Int?
    }

    private struct OpenElement: Sendable {
        var name: String
        var context: Context
    }

    private var stack: [OpenElement] = []
    private var buffer: [Unicode.Scalar] = []
    private var bufferContext = Context()
    private var blocks: [HTMLBlock] = []
    private var containerCount = 0
    private var collector = HTMLMetadataCollector()
    private var lastStartTag = ""

    /// The blocks of a page worth keeping (its article's, when it has one) and its metadata.
    ///
    /// - Parameters:
    ///   - scalars: the page.
    /// - Returns: the blocks in order and the metadata the page declares.
    static func extract(_ scalars: ArraySlice<Unicode.Scalar>) -> (blocks: [RawBlock], metadata: DocumentMetadata) {
        var extractor = HTMLTextExtractor()
        var tokenizer = HTMLTokenizer(scalars)
        while let token = tokenizer.next() {
            extractor.consume(token)
        }
        extractor.flush()
        return (HTMLBlock.selectArticle(extractor.blocks), extractor.collector.metadata())
    }

    private var context: Context { stack.last?.context ?? Context() }

    private mutating func consume(_ token: HTMLToken) {
        switch token {
        case .text(let text):
            guard !context.isDropped else { return }
            if buffer.isEmpty || buffer.allSatisfy(ScalarText.isWhitespace) { bufferContext = context }
            HTMLEntities.decode(text, into: &buffer)
        case .rawText(let text):
            consumeRawText(text)
        case .startTag(let tag):
            lastStartTag = tag.name
            open(tag)
        case .endTag(let name):
            close(name)
        }
    }

    private mutating func consumeRawText(_ text: ArraySlice<Unicode.Scalar>) {
        guard !context.isDropped else { return }
        if lastStartTag == "title" {
            collector.see(title: ScalarText.collapsed(HTMLEntities.decoded(text).unicodeScalars))
        } else if lastStartTag == "script" {
            collector.see(scriptText: ScalarText.string(text))
        }
    }

    private mutating func open(_ tag: HTMLTag) {
        collector.see(tag, inArticle: context.article != nil || context.main != nil, isDropped: context.isDropped)
        if tag.name == "br" || tag.name == "hr" { flush() }
        if HTMLElementRules.spaced.contains(tag.name), !context.isDropped { buffer.append(" ") }
        if HTMLElementRules.unstacked.contains(tag.name) || tag.isSelfClosing { return }
        closeImplicitly(before: tag.name)
        let parent = context
        let element = OpenElement(name: tag.name, context: childContext(of: parent, for: tag))
        if HTMLElementRules.blocks.contains(tag.name) || element.context.isCaption != parent.isCaption
            || element.context.isHeading != parent.isHeading
        {
            flush()
        }
        stack.append(element)
    }

    private mutating func childContext(of parent: Context, for tag: HTMLTag) -> Context {
        var child = parent
        let inArticle = parent.article != nil || parent.main != nil
        child.isDropped = parent.isDropped || HTMLElementRules.isDropped(tag, insideArticle: inArticle)
        child.isCaption = parent.isCaption || HTMLElementRules.isCaption(tag)
        child.isHeading = parent.isHeading || HTMLElementRules.isHeading(tag.name)
        child.isTopHeading = parent.isTopHeading || tag.name == "h1"
        child.isListItem = parent.isListItem || tag.name == "li" || tag.name == "blockquote"
        if tag.name == "article", parent.article == nil {
            containerCount += 1
            child.article = containerCount
        }
        if tag.name == "main" || tag.attribute("role") == "main", parent.main == nil {
            containerCount += 1
            child.main = containerCount
        }
        return child
    }

    private mutating func closeImplicitly(before name: String) {
        if HTMLElementRules.closesParagraph.contains(name) {
            popOpen(["p"], stoppingAt: HTMLElementRules.scopeBoundaries)
        }
        if HTMLElementRules.closesHeading.contains(name) || HTMLElementRules.isHeading(name) {
            popOpen(["h1", "h2", "h3", "h4", "h5", "h6"], stoppingAt: HTMLElementRules.scopeBoundaries)
        }
        if let rule = HTMLElementRules.implicitlyClosed(by: name) {
            popOpen(rule.closes, stoppingAt: rule.stops.union(HTMLElementRules.scopeBoundaries))
        }
    }

    private mutating func popOpen(_ names: Set<String>, stoppingAt stops: Set<String>) {
        for position in stack.indices.reversed() {
            let name = stack[position].name
            if names.contains(name) {
                pop(downTo: position)
                return
            }
            if stops.contains(name) { return }
        }
    }

    private mutating func close(_ name: String) {
        if name == "br" || name == "p" { flush() }
        let isBlock = HTMLElementRules.blocks.contains(name)
        for position in stack.indices.reversed() {
            let open = stack[position].name
            if open == name {
                pop(downTo: position)
                return
            }
            if !isBlock, HTMLElementRules.blocks.contains(open) { return }
        }
    }

    private mutating func pop(downTo position: Int) {
        while stack.count > position {
            let element = stack.removeLast()
            if HTMLElementRules.blocks.contains(element.name) || element.context.isCaption != context.isCaption
                || element.context.isHeading != context.isHeading
            {
                flush()
            }
        }
    }

    private mutating func flush() {
        defer { buffer.removeAll(keepingCapacity: true) }
        let markup: BlockKind? =
            bufferContext.isCaption
            ? .caption : bufferContext.isHeading ? .heading : bufferContext.isListItem ? .body : nil
        guard let block = RawBlock(collapsing: buffer, markup: markup) else { return }
        blocks.append(
            HTMLBlock(
                block: block, article: bufferContext.article, main: bufferContext.main,
                isTopHeading: bufferContext.isTopHeading))
    }
}
