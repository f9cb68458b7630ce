import SteadfastStore
import Vapor

/// The role check for pages and their forms: the token comes in the form's `token` field, as a bearer
/// token, or as the password of HTTP Basic authentication (which browsers ask for); form posts from other
/// sites are refused.
struct PageRole: AsyncMiddleware {
    let role: Account.Role
    let service: LedgerService

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if request.method == .POST { try Self.checkSameOrigin(request) }
        let field = request.method == .POST ? try? request.content.get(String.self, at: "token") : nil
        let token =
            field.flatMap { $0.isEmpty ? nil : $0 } ?? request.headers.bearerAuthorization?.token
            ?? request.headers.basicAuthorization?.password
        guard let token, let account = try await service.store.account(tokenHash: TokenIssuer.hash(token)) else {
            throw APIError(
                .unauthorized, "unauthorized",
                "give a token of role \(role.rawValue) or higher in the form's token field")
        }
        guard account.role >= role else {
            throw APIError(
                .forbidden, "forbidden",
                "this needs the \(role.rawValue) role; token '\(account.name)' is \(account.role.rawValue)")
        }
        request.storage[AccountKey.self] = account
        return try await next.respond(to: request)
    }

    /// Browsers send credentials with cross-site form posts; only posts from this site's pages count.
    static func checkSameOrigin(_ request: Request) throws {
        if let site = request.headers.first(name: "Sec-Fetch-Site"), !["same-origin", "none"].contains(site) {
            throw APIError(.forbidden, "cross_site", "forms are accepted from this site's pages only")
        }
        if let origin = request.headers.first(name: .origin), let host = request.headers.first(name: .host),
            URL(string: origin).map({ "\($0.host ?? "")\($0.port.map { ":\($0)" } ?? "")" }) != host
        {
            throw APIError(.forbidden, "cross_site", "forms are accepted from this site's pages only")
        }
    }
}
