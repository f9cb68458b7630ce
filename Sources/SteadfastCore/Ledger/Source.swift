/// Where a fact comes from: an article, a statement, a treaty, a dataset row or an analyst note.
public struct Source: Sendable, Hashable, Codable, Identifiable {
    /// What kind of document a source is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case article
        case statement
        case treaty
        case report
        case dataset
        case book
        case note
    }

    /// The case base identifier.
    public var id: String
    /// The kind of document.
    public var kind: Kind
    /// The publisher or issuing body.
    public var publisher: String
    /// The title.
    public var title: String
    /// The publication date, as precise as known.
    public var date: PartialDate?
    /// The address, when known.
    public var url: String?
    /// The authors, when known.
    public var authors: [String]

    /// Creates a source.
    ///
    /// - Parameters:
    ///   - id: the identifier.
    ///   - kind: the kind of document.
    ///   - publisher: the publisher.
    ///   - title: the title.
    ///   - date: the publication date.
    ///   - url: the address.
    ///   - authors: the authors.
    public init(
        id: String, kind: Kind = .article, publisher: String, title: String, date: PartialDate? = nil,
        url: String? = nil, authors: [String] = []
    ) {
        self.id = id
        self.kind = kind
        self.publisher = publisher
        self.title = title
        self.date = date
        self.url = url
        self.authors = authors
    }

    /// `Publisher, "Title", date, url` for citations in reports.
    public var citation: String {
        var parts = [publisher, "\"\(title)\""]
        if let date { parts.append(date.description) }
        if let url { parts.append(url) }
        return parts.joined(separator: ", ")
    }
}

/// What backs a response: a cited source, with a note on what in it supports the response, or a
/// span of a stored source's text.
public struct Evidence: Sendable, Hashable, Codable {
    /// The source's identifier.
    public var sourceID: String
    /// What in the source supports the response, in our own words.
    public var note: String?
    /// Character offsets into a stored source's text, when the source was ingested.
    public var span: Range<Int>?

    /// Creates evidence.
    ///
    /// - Parameters:
    ///   - sourceID: the source's identifier.
    ///   - note: what in the source supports the response.
    ///   - span: character offsets into the stored text.
    public init(sourceID: String, note: String? = nil, span: Range<Int>? = nil) {
        self.sourceID = sourceID
        self.note = note
        self.span = span
    }
}
