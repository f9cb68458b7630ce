import SteadfastCore
import SteadfastStore
import Vapor

/// `PUT|DELETE /api/commitments/{id}`: the case base edit the API allows. Commitments written here have
/// origin `api`; those from the case base files and imports are edited in their files, not here.
struct CommitmentRoutes {
    let service: LedgerService

    func register(_ admin: any RoutesBuilder) {
        admin.put("commitments", ":id") { request in try await put(request) }
        admin.delete("commitments", ":id") { request in try await delete(request) }
    }

    private func put(_ request: Request) async throws -> Vapor.Response {
        let id = try parameter(request, "id")
        try CommitmentRequest.validate(id: id)
        let ledger = try await service.current().reading.ledger
        let commitment = try request.decodeJSON(CommitmentRequest.self).commitment(id: id, ledger: ledger)
        let edit = try await service.store.putCommitment(commitment, actor: try request.account.name)
        return try JSONResponse.make(CommitmentEdit(edit), status: edit.before == nil ? .created : .ok)
    }

    private func delete(_ request: Request) async throws -> Vapor.Response {
        let id = try parameter(request, "id")
        guard try await service.current().reading.ledger.commitments.contains(where: { $0.id == id }) else {
            throw APIError.notFound("no commitment '\(id)'")
        }
        let edit = try await service.store.deleteCommitment(id, actor: try request.account.name)
        return try JSONResponse.make(CommitmentEdit(edit))
    }
}

/// The body of `PUT /api/commitments/{id}`.
struct CommitmentRequest: Decodable {
    var patron: String
    var client: String
    var kind: String
    var via: String?
    var started: String
    var ended: String?
    var scope: Scope?
    var sources: [String]?

    static func validate(id: String) throws {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_."))
        guard id.count <= 80, id.unicodeScalars.allSatisfy({ $0.isASCII && allowed.contains($0) }) else {
            throw APIError.invalidField("id", "a commitment id is 1-80 letters, digits, '-', '_' or '.'")
        }
    }

    func commitment(id: String, ledger: Ledger) throws -> Commitment {
        for (field, code) in [("patron", patron), ("client", client)] where ledger.registry.actor(code) == nil {
            throw APIError.invalidField(field, "\(field) '\(code)' is not an actor code in the registry")
        }
        if let via, ledger.registry.actor(via) == nil {
            throw APIError.invalidField("via", "via '\(via)' is not an actor code in the registry")
        }
        guard let kind = Commitment.Kind(rawValue: kind) else {
            let kinds = Commitment.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw APIError.invalidField("kind", "kind is one of \(kinds)")
        }
        let start = try Self.date(started, field: "started")
        let end = try ended.map { try Self.date($0, field: "ended") }
        if let end, end.latest < start.earliest {
            throw APIError.invalidField("ended", "ended (\(end)) is before started (\(start))")
        }
        let sources = sources ?? []
        if let unknown = sources.first(where: { ledger.sources[$0] == nil }) {
            throw APIError.invalidField("sources", "source '\(unknown)' is not in the ledger")
        }
        return Commitment(
            id: id, patron: patron, client: client, kind: kind, via: via, started: start, ended: end,
            scope: scope ?? Scope(), sources: sources)
    }

    private static func date(_ text: String, field: String) throws -> PartialDate {
        guard let date = PartialDate(iso: text) else {
            throw APIError.invalidField(field, "\(field) is a date YYYY[-MM[-DD]], not '\(text)'")
        }
        return date
    }
}

/// The answer to a commitment edit: before (null when new) and after (null when removed).
struct CommitmentEdit: Encodable {
    var before: Commitment?
    var after: Commitment?

    init(_ edit: LedgerEdit<Commitment>) {
        before = edit.before
        after = edit.after
    }

    private enum CodingKeys: String, CodingKey { case before, after }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(before, forKey: .before)
        try container.encode(after, forKey: .after)
    }
}
