import Foundation
import SteadfastCore

/// An ingested article as stored: its metadata and the text that evidence offsets point into.
public struct StoredDocument: Sendable, Hashable, Codable {
    /// The identifier (`doc-` and the start of its fingerprint).
    public var id: String
    /// The SHA-256 fingerprint of its normalized text.
    public var fingerprint: String
    /// The file name or address it came from.
    public var name: String
    /// The headline.
    public var title: String?
    /// The publisher.
    public var publisher: String?
    /// The address.
    public var url: String?
    /// The publication date, as precise as known.
    public var published: PartialDate?
    /// The authors.
    public var authors: [String]
    /// When it was ingested.
    public var ingestedAt: Date
    /// The stored text; nil in listings.
    public var text: String?
}

extension DocumentRow {
    func stored(withText: Bool) throws -> StoredDocument {
        let reader = RowReader(table: "documents", id: id)
        return StoredDocument(
            id: id, fingerprint: fingerprint, name: name, title: title, publisher: publisher, url: url,
            published: try reader.optionalDate(published), authors: try reader.list([String].self, authors),
            ingestedAt: Date(timeIntervalSince1970: ingestedAt), text: withText ? text : nil)
    }
}

/// What the audit trail keeps of an ingested article: its metadata and the candidates queued.
struct IngestAuditRecord: Encodable {
    var document: StoredDocument
    var candidates: [String]

    init(document: DocumentRow, candidates: [String]) throws {
        self.document = try document.stored(withText: false)
        self.candidates = candidates
    }
}
