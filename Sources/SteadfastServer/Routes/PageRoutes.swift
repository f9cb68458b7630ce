import SteadfastCore
import SteadfastPages
import SteadfastStore
import Vapor

/// The HTML pages of `SteadfastPages`, at the paths of `SitePath`. Reads are open (or need a viewer token
/// with `--read-access token`); the review and ingest forms need an analyst token, sent by the browser as
/// the form's `token` field (or a bearer token, or the password of HTTP Basic authentication), and are
/// refused from other sites.
struct PageRoutes {
    let service: LedgerService
    let readAccess: ServerConfiguration.ReadAccess
    let site = PageSite()

    func register(_ app: any RoutesBuilder) {
        let readers = readAccess == .token ? app.grouped(PageRole(role: .viewer, service: service)) : app
        readers.get { _ in Self.response(site.leaderboard(try await service.current().export)) }
        readers.get("network") { _ in Self.response(site.network(try await service.current().export)) }
        readers.get("patrons", ":code") { request in try await patron(try parameter(request, "code")) }
        readers.get("tests", ":id") { request in try await test(try parameter(request, "id")) }
        readers.get("commitments", ":id") { request in try await commitment(try parameter(request, "id")) }
        readers.get("sources", ":id") { request in try await source(try parameter(request, "id")) }
        readers.get("changes") { request in try await changes(request) }
        readers.get("review") { _ in
            Self.response(site.reviewQueue(try await service.store.candidates(status: .candidate)))
        }
        readers.get("ingest") { _ in Self.response(site.ingest()) }
        let analysts = app.grouped(PageRole(role: .analyst, service: service))
        analysts.post("ingest") { request in try await ingest(request) }
        analysts.post("review", ":id") { request in try await decide(request) }
    }

    static func response(_ page: RenderedPage) -> Vapor.Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: page.contentType)
        headers.replaceOrAdd(name: "Content-Security-Policy", value: PageRoutes.policy)
        return Vapor.Response(
            status: HTTPResponseStatus(statusCode: page.status), headers: headers, body: .init(string: page.body))
    }

    /// Pages carry their stylesheet and SVG inline and no scripts.
    static let policy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
        + "frame-ancestors 'none'; base-uri 'none'"

    private func patron(_ code: String) async throws -> Vapor.Response {
        guard let document = PatronDocument(patron: code.uppercased(), reading: try await service.current().reading)
        else { return Self.response(site.notFound(path: "/patrons/\(code)")) }
        return Self.response(site.patron(document))
    }

    private func test(_ id: String) async throws -> Vapor.Response {
        guard let document = TestDocument(id: id, reading: try await service.current().reading) else {
            return Self.response(site.notFound(path: "/tests/\(id)"))
        }
        let audit = try await service.store.auditTrail(entity: "test", entityID: id)
        return Self.response(site.test(document, quotes: try await quotes(for: document.test), audit: audit))
    }

    /// The sentences of the accepted candidates behind the test's evidence, read only from the
    /// articles its evidence points into (most tests: none).
    private func quotes(for test: AllianceTest) async throws -> EvidenceQuotes {
        let articles = Set(test.responses.flatMap { $0.evidence.filter { $0.span != nil }.map(\.sourceID) })
        var accepted: [ReviewCandidate] = []
        for article in articles.sorted() {
            accepted += try await service.store.candidates(documentID: article).filter { $0.status == .accepted }
        }
        return EvidenceQuotes(candidates: accepted)
    }

    private func commitment(_ id: String) async throws -> Vapor.Response {
        guard let document = CommitmentDocument(id: id, reading: try await service.current().reading) else {
            return Self.response(site.notFound(path: "/commitments/\(id)"))
        }
        let audit = try await service.store.auditTrail(entity: "commitment", entityID: id)
        return Self.response(site.commitment(document, audit: audit))
    }

    /// A source's page shows the changes to its stored article and to every candidate read from it.
    private func source(_ id: String) async throws -> Vapor.Response {
        let store = service.store
        let candidates = try await store.candidates(documentID: id)
        guard
            let document = SourceDocument(
                id: id, reading: try await service.current().reading, stored: try await store.document(id),
                candidates: candidates)
        else { return Self.response(site.notFound(path: "/sources/\(id)")) }
        let audit =
            try await store.auditTrail(entity: "document", entityID: id)
            + store.auditTrail(entity: "candidate", entityIDs: candidates.map(\.id))
        return Self.response(site.source(document, audit: audit))
    }

    /// The most recent changes, at most `changesShown`, optionally of one kind of thing or one thing.
    private func changes(_ request: Request) async throws -> Vapor.Response {
        func value(_ name: String) -> String? {
            request.query[String.self, at: name].flatMap { $0.isEmpty ? nil : $0 }
        }
        let entity = value("entity")
        let id = value("id")
        let entries = try await service.store.auditTrail(entity: entity, entityID: id, limit: Self.changesShown)
        return Self.response(
            site.changes(entries, entity: entity, id: id, limited: entries.count == Self.changesShown))
    }

    /// How many changes the page of changes shows; the export has them all.
    static let changesShown = 500

    private func ingest(_ request: Request) async throws -> Vapor.Response {
        let form = try request.content.decode(IngestFormBody.self)
        let shown = IngestForm(
            title: form.title ?? "", url: form.url ?? "", publisher: form.publisher ?? "",
            published: form.published ?? "", text: form.text ?? "")
        do {
            let result = try await ArticleRoutes.ingest(
                form.article, service: service, actor: try request.account.name)
            return Self.response(site.ingest(result: result))
        } catch {
            let apiError = ErrorResponder.apiError(for: error, logger: request.logger)
            let page = Self.response(site.ingest(shown, error: apiError.message))
            page.status = apiError.status
            return page
        }
    }

    private func decide(_ request: Request) async throws -> Vapor.Response {
        let id = try parameter(request, "id")
        let form = try request.content.decode(DecisionForm.self)
        let accept = form.decision != "reject"
        let notice: String
        var status = HTTPResponseStatus.ok
        do {
            let correction = try accept ? form.correction() : CandidateCorrection()
            let decided = try await ReviewRoutes.decide(
                id, accept: accept, correction: correction, service: service, actor: try request.account.name)
            notice = "\(decided.id) \(decided.status.rawValue): \(decided.note ?? "")"
        } catch {
            let apiError = ErrorResponder.apiError(for: error, logger: request.logger)
            (notice, status) = ("\(id) not decided: \(apiError.message)", apiError.status)
        }
        let candidates = try await service.store.candidates(status: .candidate)
        let page = Self.response(site.reviewQueue(candidates, notice: notice))
        page.status = status
        return page
    }
}

/// The ingest form's fields; empty ones count as absent.
struct IngestFormBody: Decodable {
    var title: String?
    var url: String?
    var publisher: String?
    var published: String?
    var text: String?

    var article: ArticleRequest {
        func value(_ text: String?) -> String? { text.flatMap { $0.isEmpty ? nil : $0 } }
        return ArticleRequest(
            text: text ?? "", title: value(title), url: value(url), publisher: value(publisher),
            published: value(published), format: nil)
    }
}

/// The review form's fields: `decision` (accept or reject), `level` (empty: as coded), `scale`, `date`
/// (empty: as coded), `test`, `threat` (of a test to create), `token` (read by `PageRole`).
struct DecisionForm: Decodable {
    var decision: String?
    var level: String?
    var scale: String?
    var date: String?
    var test: String?
    var threat: String?

    func correction() throws -> CandidateCorrection {
        let level = try self.level.flatMap { text -> Int? in
            guard !text.isEmpty else { return nil }
            guard let value = Int(text) else { throw APIError.invalidField("level", "level is 0-7") }
            return value
        }
        let test = self.test.flatMap { $0.isEmpty ? nil : $0 }
        let request = CorrectionRequest(
            level: level, scale: scale.flatMap { $0.isEmpty ? nil : $0 }, test: test,
            date: date.flatMap { $0.isEmpty ? nil : $0 },
            threat: threat.flatMap { $0.isEmpty ? nil : $0 })
        return try request.correction()
    }
}
