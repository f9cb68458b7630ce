import SteadfastCore
import SteadfastStore
import Vapor

/// `POST /api/review/{id}/accept|reject`: decisions on review candidates, like `steadfast review accept`.
struct ReviewRoutes {
    let service: LedgerService

    func register(_ analyst: any RoutesBuilder) {
        analyst.post("review", ":id", "accept") { request in try await decide(request, accept: true) }
        analyst.post("review", ":id", "reject") { request in try await decide(request, accept: false) }
    }

    private func decide(_ request: Request, accept: Bool) async throws -> Vapor.Response {
        let id = try parameter(request, "id")
        let correction: CandidateCorrection
        if accept, let body = request.body.data, body.readableBytes > 0 {
            correction = try request.decodeJSON(CorrectionRequest.self).correction()
        } else {
            correction = CandidateCorrection()
        }
        let decided = try await Self.decide(
            id, accept: accept, correction: correction, service: service, actor: try request.account.name)
        return try JSONResponse.make(decided)
    }

    /// Accepts or rejects a candidate, as `steadfast review accept|reject` does, with the change in the
    /// audit trail.
    static func decide(
        _ id: String, accept: Bool, correction: CandidateCorrection, service: LedgerService, actor: String
    ) async throws -> ReviewCandidate {
        guard try await service.store.candidates(status: nil).contains(where: { $0.id == id }) else {
            throw APIError.notFound("no review candidate '\(id)'")
        }
        try await check(correction, service: service)
        let linker = CandidateLinker(tests: [], rules: service.rules, asOf: service.asOf)
        return try await service.store.decide(
            id, accept: accept, correction: correction, linker: linker, actor: actor)
    }
}

extension ReviewRoutes {
    /// Corrections must name tests and actors the ledger knows.
    private static func check(_ correction: CandidateCorrection, service: LedgerService) async throws {
        let ledger = try await service.current().reading.ledger
        if let test = correction.testID, !ledger.tests.contains(where: { $0.id == test }) {
            throw APIError.invalidField("test", "no test '\(test)' in the ledger")
        }
        for (field, code) in [("source", correction.source), ("target", correction.target)] {
            if let code, ledger.registry.actor(code) == nil {
                throw APIError.invalidField(field, "\(field) '\(code)' is not an actor code in the registry")
            }
        }
    }
}

/// The optional body of an accept: corrections, as `steadfast review accept` takes them.
struct CorrectionRequest: Decodable {
    var level: Int?
    var scale: String?
    var source: String?
    var target: String?
    var test: String?
    var date: String?
    var threat: String?

    func correction() throws -> CandidateCorrection {
        var correction = CandidateCorrection(source: source, target: target, testID: test)
        if let level {
            guard let value = LadderLevel(rawValue: level) else {
                throw APIError.invalidField("level", "level is 0-7")
            }
            correction.level = value
        }
        if let scale {
            guard let value = SteadfastCore.Response.Scale(rawValue: scale) else {
                throw APIError.invalidField("scale", "scale is token, limited or full")
            }
            correction.scale = value
        }
        if let date {
            guard let value = PartialDate(iso: date) else {
                throw APIError.invalidField("date", "date is YYYY[-MM[-DD]], not '\(date)'")
            }
            correction.date = value
        }
        if let threat {
            guard let value = ThreatKind(rawValue: threat) else {
                let kinds = ThreatKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw APIError.invalidField("threat", "threat is one of \(kinds)")
            }
            correction.threat = value
        }
        return correction
    }
}
