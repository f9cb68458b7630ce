import SteadfastStore
import Vapor

/// The account a request's bearer token belongs to, checked against the store on every request.
struct RoleRequirement: AsyncMiddleware {
    let role: Account.Role
    let service: LedgerService

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard let token = request.headers.bearerAuthorization?.token else {
            throw APIError(
                .unauthorized, "unauthorized", "send 'Authorization: Bearer TOKEN' (role \(role.rawValue) or higher)"
            )
        }
        guard let account = try await service.store.account(tokenHash: TokenIssuer.hash(token)) else {
            throw APIError(.unauthorized, "unauthorized", "the token is unknown or revoked")
        }
        guard account.role >= role else {
            throw APIError(
                .forbidden, "forbidden",
                "this needs the \(role.rawValue) role; token '\(account.name)' is \(account.role.rawValue)")
        }
        request.storage[AccountKey.self] = account
        return try await next.respond(to: request)
    }
}

struct AccountKey: StorageKey {
    typealias Value = Account
}

extension Request {
    /// The account that passed the route's role requirement.
    var account: Account {
        get throws {
            guard let account = storage[AccountKey.self] else {
                throw APIError(.unauthorized, "unauthorized", "send 'Authorization: Bearer TOKEN'")
            }
            return account
        }
    }
}
