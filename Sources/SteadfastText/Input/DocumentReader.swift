import Foundation
import SteadfastCore

/// Reads an article (plain text, HTML or Markdown, with an optional header block) into a
/// prepared document: its stored text, one block per paragraph, each block classified as
/// body, heading, caption or furniture, and its metadata.
public struct DocumentReader: Sendable {
    /// The largest input read: 20 MiB.
    public static let maximumBytes = 20 * 1024 * 1024

    /// Creates a reader.
    public init() {}

    /// Reads a document from bytes, which must be UTF-8 text.
    ///
    /// The format is `format` when given, else the one the name's extension names (`.html`
    /// and `.htm` HTML, `.md` and `.markdown` Markdown, any other extension plain text), else
    /// the one the content looks like (a leading `<!doctype html` or `<html`, or many tags,
    /// mean HTML).
    ///
    /// - Parameters:
    ///   - data: the bytes.
    ///   - name: the file name or address, for the format and for errors.
    ///   - format: the format, when known.
    /// - Returns: the prepared document.
    /// - Throws: `TextError.tooLarge` over `maximumBytes`; `TextError.notText` for NUL
    ///   bytes, invalid UTF-8 or binary control characters; `TextError.badHeader` for a
    ///   header field that cannot be read; `TextError.empty` when no article text remains.
    public func read(_ data: Data, name: String, format: DocumentFormat? = nil) throws -> PreparedDocument {
        guard data.count <= Self.maximumBytes else {
            throw TextError.tooLarge(name, bytes: data.count, limit: Self.maximumBytes)
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else { throw TextError.notText(name) }
        return try read(text: text, name: name, format: format)
    }

    /// Reads a document from text.
    ///
    /// - Parameters:
    ///   - text: the text.
    ///   - name: the file name or address, for the format and for errors; an address is
    ///     the document's URL unless its header or markup gives one.
    ///   - format: the format, when known; see `read(_:name:format:)`.
    /// - Returns: the prepared document.
    /// - Throws: `TextError.tooLarge`, `TextError.notText` (NUL or binary control
    ///   characters), `TextError.badHeader` or `TextError.empty`.
    public func read(text: String, name: String, format: DocumentFormat? = nil) throws -> PreparedDocument {
        let bytes = text.utf8.count
        guard bytes <= Self.maximumBytes else {
            throw TextError.tooLarge(name, bytes: bytes, limit: Self.maximumBytes)
        }
        var scalars = ScalarText.normalizedScalars(text)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        guard !Self.looksBinary(scalars) else { throw TextError.notText(name) }
        let header = try HeaderBlock.parse(scalars, name: name)
        let content = scalars[(header?.contentStart ?? 0)...]
        let chosenFormat = format ?? DocumentFormat.fromExtension(of: name) ?? DocumentFormat.sniffed(content)
        var metadata = DocumentMetadata()
        let blocks: [RawBlock]
        switch chosenFormat {
        case .plain: blocks = PlainTextSplitter.blocks(content)
        case .markdown: blocks = MarkdownConverter.blocks(content)
        case .html: (blocks, metadata) = HTMLTextExtractor.extract(content)
        }
        if let header { metadata = Self.merged(header.metadata, over: metadata) }
        if metadata.url == nil, name.hasPrefix("https://") || name.hasPrefix("http://") { metadata.url = name }
        return try DocumentAssembler.assemble(blocks, metadata: metadata, name: name)
    }

    /// Whether text holds NUL or more than a few other control characters (binary data that
    /// happens to be valid UTF-8).
    private static func looksBinary(_ scalars: [Unicode.Scalar]) -> Bool {
        var controls = 0
        for scalar in scalars where scalar.value < 0x20 || scalar.value == 0x7F {
            switch scalar {
            case "\n", "\t", "\u{0C}": continue
            case "\0": return true
            default: controls += 1
            }
        }
        return controls > 8 && controls * 100 > scalars.count
    }

    private static func merged(_ header: DocumentMetadata, over page: DocumentMetadata) -> DocumentMetadata {
        DocumentMetadata(
            title: header.title ?? page.title, publisher: header.publisher ?? page.publisher,
            url: header.url ?? page.url, published: header.published ?? page.published,
            authors: header.authors.isEmpty ? page.authors : header.authors)
    }
}
