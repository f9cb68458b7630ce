import SteadfastCore
import SteadfastStore
import Vapor

/// `GET /api/…`: the documents the CLI prints, from the judged ledger.
struct ReadRoutes {
    let service: LedgerService

    func register(_ api: any RoutesBuilder) {
        api.get("leaderboard") { _ in try await leaderboard() }
        api.get("export") { _ in try JSONResponse.make(try await service.current().export) }
        api.get("patrons", ":code") { request in try await patron(try parameter(request, "code")) }
        api.get("tests") { _ in try await tests() }
        api.get("tests", ":id") { request in try await test(try parameter(request, "id")) }
        api.get("commitments") { _ in try await commitments() }
        api.get("commitments", ":id") { request in try await commitment(try parameter(request, "id")) }
        api.get("claims") { request in try await claims(test: request.query[String.self, at: "test"]) }
        api.get("sources") { _ in try await sources() }
        api.get("sources", ":id") { request in try await source(try parameter(request, "id")) }
        api.get("documents", ":id") { request in try await document(try parameter(request, "id")) }
        api.get("review") { request in try await review(status: request.query[String.self, at: "status"]) }
    }

    private func leaderboard() async throws -> Vapor.Response {
        let export = try await service.current().export
        return try JSONResponse.make(Leaderboard(asOf: export.asOf, patrons: export.patrons))
    }

    private func patron(_ code: String) async throws -> Vapor.Response {
        guard let document = PatronDocument(patron: code.uppercased(), reading: try await service.current().reading)
        else { throw APIError.notFound("no patron '\(code)' with a verdict") }
        return try JSONResponse.make(document)
    }

    private func tests() async throws -> Vapor.Response {
        let export = try await service.current().export
        return try JSONResponse.make(TestList(asOf: export.asOf, tests: export.tests))
    }

    private func test(_ id: String) async throws -> Vapor.Response {
        guard let document = TestDocument(id: id, reading: try await service.current().reading) else {
            throw APIError.notFound("no test '\(id)'")
        }
        return try JSONResponse.make(document)
    }

    private func commitments() async throws -> Vapor.Response {
        try JSONResponse.make(CommitmentList(commitments: try await service.current().export.commitments))
    }

    private func commitment(_ id: String) async throws -> Vapor.Response {
        let snapshot = try await service.current()
        guard let entry = snapshot.export.commitments.first(where: { $0.id == id }),
            let document = CommitmentDocument(id: id, reading: snapshot.reading)
        else { throw APIError.notFound("no commitment '\(id)'") }
        return try JSONResponse.make(CommitmentRecord(entry: entry, judged: document.judged))
    }

    private func claims(test: String?) async throws -> Vapor.Response {
        let tests = try await service.current().reading.ledger.tests
        let entries = tests.filter { test == nil || $0.id == test }.flatMap { test in
            test.claims.map { ClaimEntry(test: test.id, testTitle: test.title, claim: $0) }
        }
        return try JSONResponse.make(ClaimList(claims: entries))
    }

    private func sources() async throws -> Vapor.Response {
        let sources = try await service.current().reading.ledger.sources.values.sorted { $0.id < $1.id }
        return try JSONResponse.make(SourceList(sources: sources, documents: try await service.store.documents()))
    }

    private func source(_ id: String) async throws -> Vapor.Response {
        let store = service.store
        guard
            let document = SourceDocument(
                id: id, reading: try await service.current().reading, stored: try await store.document(id),
                candidates: try await store.candidates(documentID: id))
        else { throw APIError.notFound("no source or ingested document '\(id)'") }
        return try JSONResponse.make(SourceRecord(document))
    }

    private func document(_ id: String) async throws -> Vapor.Response {
        guard let document = try await service.store.document(id) else {
            throw APIError.notFound("no ingested document '\(id)'")
        }
        return try JSONResponse.make(document)
    }

    private func review(status: String?) async throws -> Vapor.Response {
        let wanted: ReviewCandidate.Status?
        switch status ?? "candidate" {
        case "all": wanted = nil
        case let text:
            guard let parsed = ReviewCandidate.Status(rawValue: text) else {
                throw APIError.invalidField("status", "status is candidate, accepted, rejected or all")
            }
            wanted = parsed
        }
        return try JSONResponse.make(ReviewQueue(candidates: try await service.store.candidates(status: wanted)))
    }
}

/// A path parameter, which the router guarantees.
func parameter(_ request: Request, _ name: String) throws -> String {
    guard let value = request.parameters.get(name), !value.isEmpty else {
        throw APIError(.badRequest, "missing_parameter", "the path needs a \(name)", field: name)
    }
    return value
}

struct Leaderboard: Encodable {
    var asOf: Day
    var patrons: [PatronSummary]
}

struct TestList: Encodable {
    var asOf: Day
    var tests: [ExportDocument.TestEntry]
}

struct CommitmentList: Encodable {
    var commitments: [ExportDocument.CommitmentEntry]
}

struct ClaimEntry: Encodable {
    var test: String
    var testTitle: String
    var claim: Claim
}

struct ClaimList: Encodable {
    var claims: [ClaimEntry]
}

/// `GET /api/commitments/{id}`: the commitment's fields, as in the list, and the tests whose verdict
/// its expectation decided.
struct CommitmentRecord: Encodable {
    var entry: ExportDocument.CommitmentEntry
    var judged: [CommitmentDocument.Judged]

    private enum CodingKeys: String, CodingKey {
        case judged
    }

    func encode(to encoder: any Encoder) throws {
        try entry.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(judged, forKey: .judged)
    }
}

/// `GET /api/sources/{id}`: what the source's page shows. The citation's fields when the ledger cites
/// it (as before), the ingested article without its text (`/api/documents/{id}` has the text), the
/// candidates read from it (the first `candidatesShown`; `candidateCount` counts them all), and the
/// tests that cite it.
struct SourceRecord: Encodable {
    static let candidatesShown = 1000

    var document: SourceDocument

    init(_ document: SourceDocument) {
        self.document = document
    }

    private enum CodingKeys: String, CodingKey {
        case id, document, candidates, candidateCount, citedBy
    }

    func encode(to encoder: any Encoder) throws {
        try document.source?.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        if document.source == nil { try container.encode(document.id, forKey: .id) }
        var stored = document.stored
        stored?.text = nil
        try container.encodeIfPresent(stored, forKey: .document)
        try container.encode(Array(document.candidates.prefix(Self.candidatesShown)), forKey: .candidates)
        try container.encode(document.candidates.count, forKey: .candidateCount)
        try container.encode(document.citedBy, forKey: .citedBy)
    }
}

struct SourceList: Encodable {
    var sources: [Source]
    var documents: [StoredDocument]
}

struct ReviewQueue: Encodable {
    var candidates: [ReviewCandidate]
}
