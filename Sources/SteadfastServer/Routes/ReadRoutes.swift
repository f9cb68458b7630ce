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
        guard let entry = try await service.current().export.commitments.first(where: { $0.id == id }) else {
            throw APIError.notFound("no commitment '\(id)'")
        }
        return try JSONResponse.make(entry)
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
        guard let source = try await service.current().reading.ledger.sources[id] else {
            throw APIError.notFound("no source '\(id)'")
        }
        return try JSONResponse.make(source)
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

struct SourceList: Encodable {
    var sources: [Source]
    var documents: [StoredDocument]
}

struct ReviewQueue: Encodable {
    var candidates: [ReviewCandidate]
}
