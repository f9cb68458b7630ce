import Vapor

/// An error the API answers with: an HTTP status, a stable code scripts can test, a message for people,
/// and the request field at fault when there is one.
public struct APIError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The HTTP status.
    public var status: HTTPResponseStatus
    /// A stable, snake_case code (`missing_field`, `not_found`, `forbidden` …).
    public var code: String
    /// What went wrong, for people.
    public var message: String
    /// The request field at fault, as a dotted path (`published`, `scope.threats`).
    public var field: String?

    /// Creates an error.
    ///
    /// - Parameters:
    ///   - status: the HTTP status.
    ///   - code: the stable code.
    ///   - message: the message.
    ///   - field: the field at fault.
    public init(_ status: HTTPResponseStatus, _ code: String, _ message: String, field: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
    }

    public var description: String {
        "\(status.code) \(code): \(message)"
    }

    static func notFound(_ what: String) -> APIError {
        APIError(.notFound, "not_found", what)
    }

    static func invalidField(_ field: String, _ message: String) -> APIError {
        APIError(.badRequest, "invalid_field", message, field: field)
    }
}

/// The JSON body of every error: `{"error": {"code": …, "message": …, "field"?: …}}`.
struct ErrorBody: Codable, Sendable {
    struct Detail: Codable, Sendable {
        var code: String
        var message: String
        var field: String?
    }

    var error: Detail
}
