import SteadfastPages
import SteadfastStore
import SteadfastText
import Vapor

/// Turns every error into a response without internals: JSON under `/api` (and for `/openapi.json`),
/// a small HTML page elsewhere. Unexpected errors are logged and answered with a generic 500.
struct ErrorResponder: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            var apiError = Self.apiError(for: error, logger: request.logger)
            let allowed = apiError.code == "not_found" && !(error is APIError) ? Self.allowedMethods(request) : []
            if !allowed.isEmpty {
                apiError = APIError(
                    .methodNotAllowed, "method_not_allowed",
                    "\(request.method.rawValue) is not allowed here; allowed: \(allowed.joined(separator: ", "))")
            }
            let response = Self.response(apiError, request: request)
            if !allowed.isEmpty { response.headers.replaceOrAdd(name: .allow, value: allowed.joined(separator: ", ")) }
            return response
        }
    }

    private static func response(_ apiError: APIError, request: Request) -> Response {
        guard !Self.isAPI(request) else { return Self.json(apiError) }
        if apiError.status == .notFound { return PageRoutes.response(PageSite().notFound(path: request.url.path)) }
        return Self.page(apiError)
    }

    /// The methods of the routes whose path matches the request's, for 405 and `Allow`.
    static func allowedMethods(_ request: Request) -> [String] {
        let parts = request.url.path.split(separator: "/").map(String.init)
        let methods = request.application.routes.all.filter { route in
            route.path.count == parts.count
                && zip(route.path, parts).allSatisfy { component, part in
                    switch component {
                    case .constant(let constant): constant == part
                    case .parameter: true
                    default: false
                    }
                }
        }.map(\.method.rawValue)
        return Array(Set(methods)).sorted()
    }

    static func isAPI(_ request: Request) -> Bool {
        let path = request.url.path
        return path == "/api" || path.hasPrefix("/api/") || path == "/openapi.json"
    }

    static func apiError(for error: any Error, logger: Logger) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as StoreError:
            return storeError(error, logger: logger)
        case let error as TextError:
            return APIError(.unprocessableEntity, "unreadable_article", error.description, field: "text")
        case let error as any AbortError:
            return abortError(error)
        default:
            logger.error("unexpected error", metadata: ["error": "\(String(reflecting: error))"])
            return APIError(.internalServerError, "internal_error", "the server could not answer; see its log")
        }
    }

    private static func storeError(_ error: StoreError, logger: Logger) -> APIError {
        switch error {
        case .invalidDecision(let reason):
            return APIError(.conflict, "conflict", reason)
        case .writeFailed:
            logger.error("write failed", metadata: ["error": "\(error)"])
            return APIError(.internalServerError, "write_failed", "the change could not be saved and was rolled back")
        default:
            logger.error("store error", metadata: ["error": "\(error)"])
            return APIError(.serviceUnavailable, "store_unavailable", "the ledger database cannot be read")
        }
    }

    private static func abortError(_ error: any AbortError) -> APIError {
        let status = error.status
        let code: String
        let message: String
        switch status {
        case .notFound: (code, message) = ("not_found", "no such route")
        case .payloadTooLarge:
            (code, message) = ("body_too_large", "the request body is larger than the server accepts")
        case .methodNotAllowed: (code, message) = ("method_not_allowed", "this route does not take that method")
        case .unsupportedMediaType: (code, message) = ("unsupported_media_type", "send application/json")
        case .badRequest: (code, message) = ("bad_request", "the request could not be read")
        default:
            (code, message) = (
                status.reasonPhrase.lowercased().replacingOccurrences(of: " ", with: "_"), status.reasonPhrase
            )
        }
        return APIError(status, code, message)
    }

    static func json(_ error: APIError) -> Response {
        let body = ErrorBody(error: .init(code: error.code, message: error.message, field: error.field))
        let response =
            (try? JSONResponse.make(body, status: error.status))
            ?? Response(status: error.status, body: .init(string: "{\"error\":{\"code\":\"internal_error\"}}"))
        if error.status == .unauthorized {
            response.headers.replaceOrAdd(name: .wwwAuthenticate, value: "Bearer realm=\"steadfast\"")
        }
        return response
    }

    static func page(_ error: APIError) -> Response {
        let title = "\(error.status.code) \(HTMLText.escaped(error.status.reasonPhrase))"
        let html = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <title>\(title) · Steadfast</title></head>
            <body><h1>\(title)</h1><p>\(HTMLText.escaped(error.message)).</p><p><a href="/">Steadfast</a></p></body></html>
            """
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: "Content-Security-Policy", value: "default-src 'none'")
        if error.status == .unauthorized {
            headers.replaceOrAdd(name: .wwwAuthenticate, value: "Basic realm=\"steadfast\", charset=\"UTF-8\"")
        }
        return Response(status: error.status, headers: headers, body: .init(string: html))
    }
}

/// Escaping for the few HTML pages this target writes itself.
enum HTMLText {
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
