import SteadfastStore
import Vapor

/// `GET|POST /api/tokens`, `DELETE /api/tokens/{name}`: token management, for admins.
struct AccountRoutes {
    let service: LedgerService

    func register(_ admin: any RoutesBuilder) {
        admin.get("tokens") { _ in try JSONResponse.make(TokenList(tokens: try await service.store.accounts())) }
        admin.post("tokens") { request in try await create(request) }
        admin.delete("tokens", ":name") { request in
            let revoked = try await service.store.revokeToken(
                name: try parameter(request, "name"), actor: try request.account.name)
            return try JSONResponse.make(revoked)
        }
    }

    private func create(_ request: Request) async throws -> Response {
        let body = try request.decodeJSON(TokenRequest.self)
        guard let role = Account.Role(rawValue: body.role) else {
            throw APIError.invalidField("role", "role is viewer, analyst or admin")
        }
        let (account, token) = try await TokenIssuer.create(
            name: body.name, role: role, in: service.store, actor: try request.account.name)
        return try JSONResponse.make(TokenCreated(account: account, token: token), status: .created)
    }
}

struct TokenRequest: Decodable {
    var name: String
    var role: String
}

struct TokenList: Encodable {
    var tokens: [Account]
}

struct TokenCreated: Encodable {
    var account: Account
    var token: String
}

/// `GET /api/audit`: the audit trail, filtered by the thing changed.
struct AuditRoutes {
    let service: LedgerService

    func register(_ api: any RoutesBuilder) {
        api.get("audit") { request in
            let limit = request.query[String.self, at: "limit"]
            let count = try limit.map { text in
                guard let value = Int(text), (1...10_000).contains(value) else {
                    throw APIError.invalidField("limit", "limit is a number from 1 to 10000")
                }
                return value
            }
            let entries = try await service.store.auditTrail(
                entity: request.query[String.self, at: "entity"], entityID: request.query[String.self, at: "id"],
                limit: count ?? 1000)
            return try JSONResponse.make(AuditTrail(entries: entries))
        }
    }
}

struct AuditTrail: Encodable {
    var entries: [AuditEntry]
}
