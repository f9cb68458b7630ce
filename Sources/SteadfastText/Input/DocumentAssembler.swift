import SteadfastCore

/// Joins a reader's blocks into the stored text, classifies them, and fills metadata the
/// text itself gives (a title from the first heading, authors from a byline, a date from a
/// lone date line) where the markup gave none.
enum DocumentAssembler {
    /// The separator between blocks in the stored text.
    static let blockSeparator = "\n\n"

    /// A prepared document from blocks.
    ///
    /// - Parameters:
    ///   - blocks: the blocks, white space already collapsed.
    ///   - metadata: what the header and markup say.
    ///   - name: the document's name, for errors.
    /// - Returns: the document.
    /// - Throws: `TextError.empty` when every block is furniture, or there is none.
    static func assemble(_ blocks: [RawBlock], metadata: DocumentMetadata, name: String) throws -> PreparedDocument {
        let classes = BlockCleaner.classify(blocks, title: metadata.title)
        guard classes.contains(where: { $0.kind != .furniture }) else { throw TextError.empty(name) }
        var text = ""
        var textBlocks: [TextBlock] = []
        textBlocks.reserveCapacity(blocks.count)
        var offset = 0
        for (block, classification) in zip(blocks, classes) {
            if offset > 0 {
                text += blockSeparator
                offset += 2
            }
            let length = block.text.unicodeScalars.count
            text += block.text
            let span = TextSpan(start: offset, end: offset + length)
            textBlocks.append(TextBlock(kind: classification.kind, span: span, repeatOf: classification.repeatOf))
            offset += length
        }
        let filled = filledMetadata(metadata, blocks: blocks, classes: classes)
        return PreparedDocument(text: text, blocks: textBlocks, metadata: filled)
    }

    private static func filledMetadata(
        _ metadata: DocumentMetadata, blocks: [RawBlock], classes: [BlockClassification]
    ) -> DocumentMetadata {
        var filled = metadata
        let pairs = zip(blocks, classes).filter { $0.1.repeatOf == nil }
        if filled.title == nil { filled.title = pairs.first { $0.1.kind == .heading }?.0.text }
        if filled.authors.isEmpty, let byline = pairs.first(where: { $0.1.furniture == .byline })?.0 {
            filled.authors = bylineNames(byline.text)
        }
        if filled.published == nil {
            filled.published =
                pairs.lazy.filter { $0.1.furniture == .timestamp }
                .compactMap { TimestampRule.date(in: BlockText($0.0.text)) }.first
        }
        return filled
    }

    /// The names in a byline: "By Jane Doe and John Roe in Yerevan | January 5, 2026" gives
    /// Jane Doe and John Roe.
    ///
    /// - Parameters:
    ///   - byline: the byline's text.
    /// - Returns: the names.
    static func bylineNames(_ byline: String) -> [String] {
        var words = byline.split(separator: " ")[...]
        guard let first = words.first?.lowercased(), first == "by" else { return [] }
        words = words.dropFirst()
        let stops: Set<String> = ["|", "\u{B7}", "\u{2022}", "\u{2014}", "\u{2013}", "-", "in", "for", "at", "on"]
        let names = words.prefix { !stops.contains($0.lowercased()) && !($0.first?.isNumber ?? false) }
        return AuthorList.names(names.joined(separator: " "))
    }
}
