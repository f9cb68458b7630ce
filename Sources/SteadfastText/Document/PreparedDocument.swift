import SteadfastCore

/// What is known about where a document comes from.
public struct DocumentMetadata: Sendable, Hashable, Codable {
    /// The headline.
    public var title: String?
    /// The publisher.
    public var publisher: String?
    /// The address it was read from.
    public var url: String?
    /// The publication date, as precise as known.
    public var published: PartialDate?
    /// The authors.
    public var authors: [String]

    /// Creates metadata.
    ///
    /// - Parameters:
    ///   - title: the headline.
    ///   - publisher: the publisher.
    ///   - url: the address.
    ///   - published: the publication date.
    ///   - authors: the authors.
    public init(
        title: String? = nil, publisher: String? = nil, url: String? = nil, published: PartialDate? = nil,
        authors: [String] = []
    ) {
        self.title = title
        self.publisher = publisher
        self.url = url
        self.published = published
        self.authors = authors
    }
}

/// What a block of text is, once page furniture and captions are told apart from the article.
public enum BlockKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The article's own text.
    case body
    /// A headline or section heading.
    case heading
    /// An image caption or photo credit.
    case caption
    /// Page furniture: bylines, "6 min read", share buttons, donation appeals, "See all".
    case furniture
}

/// A paragraph-level block of the stored text.
public struct TextBlock: Sendable, Hashable, Codable {
    /// What the block is.
    public var kind: BlockKind
    /// Where it lies in the stored text.
    public var span: TextSpan
    /// The index of an earlier block with the same text (a repeated caption), if any.
    public var repeatOf: Int?

    /// Creates a block.
    ///
    /// - Parameters:
    ///   - kind: what the block is.
    ///   - span: where it lies.
    ///   - repeatOf: the earlier block it repeats.
    public init(kind: BlockKind, span: TextSpan, repeatOf: Int? = nil) {
        self.kind = kind
        self.span = span
        self.repeatOf = repeatOf
    }
}

/// A document ready for coding: its stored text (plain text, one block per paragraph, blocks
/// separated by a blank line), what each block is, and its metadata.
///
/// Offsets everywhere (blocks, sentences, events) are Unicode scalar offsets into `text`.
public struct PreparedDocument: Sendable, Hashable {
    /// The stored text.
    public var text: String
    /// The blocks of `text`, in order.
    public var blocks: [TextBlock]
    /// Where the document comes from.
    public var metadata: DocumentMetadata

    /// Creates a prepared document.
    ///
    /// - Parameters:
    ///   - text: the stored text.
    ///   - blocks: its blocks.
    ///   - metadata: its metadata.
    public init(text: String, blocks: [TextBlock], metadata: DocumentMetadata) {
        self.text = text
        self.blocks = blocks
        self.metadata = metadata
    }

    /// The text of a span.
    ///
    /// - Parameters:
    ///   - span: the span, in scalar offsets.
    /// - Returns: the text.
    public func text(of span: TextSpan) -> String {
        let scalars = text.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: span.start)
        let end = scalars.index(start, offsetBy: span.length)
        return String(scalars[start..<end])
    }
}

/// Why a document could not be read.
public enum TextError: Error, Equatable, CustomStringConvertible {
    /// The input is binary or not UTF-8 text.
    case notText(String)
    /// The input is larger than the limit.
    case tooLarge(String, bytes: Int, limit: Int)
    /// The input holds no text once markup and furniture are removed.
    case empty(String)
    /// A header field could not be read.
    case badHeader(String, line: Int, field: String, reason: String)
    /// A dictionary file could not be read.
    case badDictionary(String, line: Int, reason: String)

    public var description: String {
        switch self {
        case .notText(let name): "\(name): not UTF-8 text"
        case .tooLarge(let name, let bytes, let limit): "\(name): \(bytes) bytes is over the limit of \(limit)"
        case .empty(let name): "\(name): no article text found"
        case .badHeader(let name, let line, let field, let reason): "\(name):\(line): \(field): \(reason)"
        case .badDictionary(let name, let line, let reason): "\(name):\(line): \(reason)"
        }
    }
}
