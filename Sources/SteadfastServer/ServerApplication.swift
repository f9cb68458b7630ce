import SteadfastStore
import Vapor

/// Builds the HTTP application: the same for `steadfast serve`, in-process tests and socket tests.
public enum ServerApplication {
    /// Serves until the process is interrupted (SIGINT or SIGTERM).
    ///
    /// - Parameters:
    ///   - service: the ledger service.
    ///   - configuration: address, body limit and read access.
    /// - Throws: when the address cannot be bound.
    public static func run(service: LedgerService, configuration: ServerConfiguration) async throws {
        let app = try await Application.make(Environment(name: "production", arguments: ["steadfast"]))
        configure(app, service: service, configuration: configuration)
        do {
            try await app.execute()
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    /// Registers middleware and routes on an application: the JSON API under `/api`, its description at
    /// `/openapi.json`, and the HTML pages of `SteadfastPages` at the paths of `SitePath`.
    ///
    /// Reads (`GET /api/…`) are open unless `configuration.readAccess` is `.token`; ingesting and
    /// reviewing need an analyst token, editing commitments and managing tokens an admin token.
    ///
    /// - Parameters:
    ///   - app: the application.
    ///   - service: the ledger service.
    ///   - configuration: address, body limit and read access.
    public static func configure(_ app: Application, service: LedgerService, configuration: ServerConfiguration) {
        app.http.server.configuration.hostname = configuration.host
        app.http.server.configuration.port = configuration.port
        app.http.server.configuration.serverName = "steadfast"
        app.routes.defaultMaxBodySize = ByteCount(value: configuration.maxBodyBytes)
        app.middleware = Middlewares()
        app.middleware.use(SecurityHeaders())
        app.middleware.use(ErrorResponder())
        app.middleware.use(BodyLimit(maxBytes: configuration.maxBodyBytes))
        app.get("openapi.json") { _ in
            var headers = HTTPHeaders()
            headers.contentType = .json
            return Response(status: .ok, headers: headers, body: .init(data: OpenAPIDocument.json))
        }
        let api = app.grouped("api")
        let readers =
            configuration.readAccess == .token ? api.grouped(RoleRequirement(role: .viewer, service: service)) : api
        ReadRoutes(service: service).register(readers)
        AuditRoutes(service: service).register(readers)
        let analysts = api.grouped(RoleRequirement(role: .analyst, service: service))
        ArticleRoutes(service: service).register(analysts)
        ReviewRoutes(service: service).register(analysts)
        let admins = api.grouped(RoleRequirement(role: .admin, service: service))
        CommitmentRoutes(service: service).register(admins)
        AccountRoutes(service: service).register(admins)
        PageRoutes(service: service, readAccess: configuration.readAccess).register(app)
    }
}

/// Refuses bodies over the limit with 413 whether or not they were streamed: by their declared
/// length before reading, and by the bytes collected (for requests that arrive whole).
struct BodyLimit: AsyncMiddleware {
    let maxBytes: Int

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let declared = request.headers.first(name: .contentLength).flatMap { Int($0) } ?? 0
        if declared > maxBytes || (request.body.data?.readableBytes ?? 0) > maxBytes {
            throw Abort(.payloadTooLarge)
        }
        return try await next.respond(to: request)
    }
}

/// Headers that keep browsers from reading API answers as anything but data.
struct SecurityHeaders: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "no-referrer")
        if !response.headers.contains(name: "Content-Security-Policy") {
            response.headers.replaceOrAdd(
                name: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'")
        }
        return response
    }
}
