import SteadfastCore
import SteadfastStore
import SteadfastText
import Vapor

/// `POST /api/articles`: an article through the same pipeline and store calls as `steadfast ingest`.
struct ArticleRoutes {
    let service: LedgerService

    func register(_ analyst: any RoutesBuilder) {
        analyst.post("articles") { request in try await ingest(request) }
    }

    private func ingest(_ request: Request) async throws -> Vapor.Response {
        let article = try request.decodeJSON(ArticleRequest.self)
        let result = try await Self.ingest(article, service: service, actor: try request.account.name)
        let candidates = try await service.store.candidates(status: nil).filter { $0.documentID == result.documentID }
        let created = ArticleCreated(
            source: result.documentID, title: result.title, duplicate: result.duplicate,
            candidates: result.duplicate ? [] : candidates)
        let response = try JSONResponse.make(created, status: result.duplicate ? .ok : .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/documents/\(result.documentID)")
        return response
    }
}

extension ArticleRoutes {
    /// Codes and stores an article, as `steadfast ingest` does, with the change in the audit trail.
    static func ingest(_ article: ArticleRequest, service: LedgerService, actor: String) async throws -> IngestResult {
        let document = try article.prepared(reader: service.pipeline.reader)
        let coded = service.pipeline.code(document)
        return try await service.store.ingest(
            coded, name: article.url ?? "api", linker: try await service.linker(), actor: actor)
    }
}

/// The body of `POST /api/articles`.
struct ArticleRequest: Decodable {
    var text: String
    var title: String?
    var url: String?
    var publisher: String?
    var published: String?
    var format: String?

    func prepared(reader: DocumentReader) throws -> PreparedDocument {
        let chosen = try format.map { text in
            guard let format = DocumentFormat(rawValue: text) else {
                throw APIError.invalidField("format", "format is plain, html or markdown")
            }
            return format
        }
        let date = try published.map { text in
            guard let date = PartialDate(iso: text) else {
                throw APIError.invalidField("published", "published is a date YYYY[-MM[-DD]], not '\(text)'")
            }
            return date
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError.invalidField("text", "text is empty")
        }
        var document = try reader.read(text: text, name: url ?? "api", format: chosen ?? .plain)
        if let title { document.metadata.title = title }
        if let url { document.metadata.url = url }
        if let publisher { document.metadata.publisher = publisher }
        if let date { document.metadata.published = date }
        return document
    }
}

/// The answer to `POST /api/articles`.
struct ArticleCreated: Encodable {
    var source: String
    var title: String?
    var duplicate: Bool
    var candidates: [ReviewCandidate]
}
