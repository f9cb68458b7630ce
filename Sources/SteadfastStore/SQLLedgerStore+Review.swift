import FluentKit
import Foundation
import SQLKit
import SteadfastCore
import SteadfastText

/// What ingesting one article did.
public struct IngestResult: Sendable, Hashable, Codable {
    /// The document's identifier (`doc-` and the start of its fingerprint).
    public var documentID: String
    /// The headline, when known.
    public var title: String?
    /// True when the same article (same normalized text) was already in the ledger: nothing written.
    public var duplicate: Bool
    /// Candidates added to the review queue.
    public var candidates: Int
    /// Of those, how many were linked to an existing test.
    public var linked: Int
}

extension SQLLedgerStore {
    /// Stores an article's text and queues its coded events for review, in one transaction. The
    /// same article twice (same fingerprint) is one document: the second time nothing is written.
    ///
    /// - Parameters:
    ///   - coded: the coded document.
    ///   - name: the file name it came from.
    ///   - linker: links events to the ledger's tests.
    ///   - actor: who ingests it, for the audit trail (in the same transaction); nil records nothing.
    /// - Returns: what was written.
    /// - Throws: `StoreError.writeFailed` after rolling back.
    public func ingest(_ coded: CodedDocument, name: String, linker: CandidateLinker, actor: String? = nil)
        async throws -> IngestResult
    {
        let fingerprint = DocumentReader.fingerprint(of: coded.document)
        let documentID = "doc-" + fingerprint.prefix(12)
        let metadata = coded.document.metadata
        let texts = Dictionary(coded.sentences.map { ($0.span, $0.text) }, uniquingKeysWith: { first, _ in first })
        let candidates = coded.events.enumerated().map { index, event in
            ReviewCandidate(
                id: "c-\(fingerprint.prefix(8))-\(index + 1)", documentID: documentID, sentence: event.sentence,
                text: texts[event.sentence] ?? "", source: event.source, target: event.target, cameo: event.cameo,
                reading: event.reading, date: event.date, caption: event.caption, contested: event.contested,
                testID: linker.test(for: event), status: .candidate, note: nil, dateBasis: event.dateBasis)
        }
        let document = DocumentRow(
            id: documentID, fingerprint: fingerprint, name: name, title: metadata.title, publisher: metadata.publisher,
            url: metadata.url, published: metadata.published?.description,
            authors: try JSONColumn.encode(metadata.authors), text: coded.document.text,
            ingestedAt: Date().timeIntervalSince1970)
        return try await write { sql in
            let existing = try await sql.select().column("id").from("documents").where(
                "fingerprint", .equal, fingerprint
            )
            .first()
            if existing != nil {
                return IngestResult(
                    documentID: documentID, title: metadata.title, duplicate: true, candidates: 0, linked: 0)
            }
            try await sql.insert(into: "documents").model(document, keyEncodingStrategy: .convertToSnakeCase).run()
            try await BulkWrite.insert(candidates.map { CandidateRow($0) }, into: "candidates", sql)
            let result = IngestResult(
                documentID: documentID, title: metadata.title, duplicate: false, candidates: candidates.count,
                linked: candidates.filter { $0.testID != nil }.count)
            if let actor {
                let after = try IngestAuditRecord(document: document, candidates: candidates.map(\.id))
                try await Self.record(
                    AuditEntry(
                        actor: actor, action: "article.ingest", entity: "document", entityID: documentID, before: nil,
                        after: try AuditEntry.json(after)), sql)
            }
            return result
        }
    }

    /// The review queue.
    ///
    /// - Parameters:
    ///   - status: only candidates with this status; nil for all.
    /// - Returns: the candidates, in document and sentence order.
    /// - Throws: `StoreError` when the database cannot be read.
    public func candidates(status: ReviewCandidate.Status?) async throws -> [ReviewCandidate] {
        let sql = try Self.sql(try database)
        var query = sql.select().columns("*").from("candidates")
        if let status { query = query.where("status", .equal, status.rawValue) }
        return try await query.all(decoding: CandidateRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            .sorted { ($0.documentId, $0.sentenceStart, $0.id) < ($1.documentId, $1.sentenceStart, $1.id) }
            .map { try $0.candidate() }
    }

    /// The candidates read from one document, in the order of its sentences.
    ///
    /// - Parameters:
    ///   - documentID: the document's identifier.
    /// - Returns: the candidates, whatever their status.
    /// - Throws: `StoreError` when the database cannot be read.
    public func candidates(documentID: String) async throws -> [ReviewCandidate] {
        let sql = try Self.sql(try database)
        return try await sql.select().columns("*").from("candidates").where("document_id", .equal, documentID)
            .all(decoding: CandidateRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            .sorted { ($0.sentenceStart, $0.id) < ($1.sentenceStart, $1.id) }
            .map { try $0.candidate() }
    }
}
