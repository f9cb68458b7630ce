import Vapor

/// JSON in and out: responses with `<`, `>` and `&` written as `\u003c`, `\u003e` and `\u0026` (so that
/// article text stays inert even if something sniffs it as HTML), and request bodies decoded with the
/// faulty field named.
enum JSONResponse {
    static func make(_ value: some Encodable, status: HTTPResponseStatus = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(data: inert(try encoder.encode(value))))
    }

    /// Rewrites the HTML-significant characters of JSON text as escapes; they only occur inside strings.
    static func inert(_ data: Data) -> Data {
        var result = Data(capacity: data.count)
        for byte in data {
            switch byte {
            case UInt8(ascii: "<"): result.append(contentsOf: Array("\\u003c".utf8))
            case UInt8(ascii: ">"): result.append(contentsOf: Array("\\u003e".utf8))
            case UInt8(ascii: "&"): result.append(contentsOf: Array("\\u0026".utf8))
            default: result.append(byte)
            }
        }
        return result
    }
}

extension Request {
    /// Decodes the JSON body, answering 400 with the field at fault.
    ///
    /// - Parameters:
    ///   - type: the body's type.
    /// - Returns: the body.
    /// - Throws: `APIError` naming the missing or malformed field, or saying the body is not JSON.
    func decodeJSON<Body: Decodable>(_ type: Body.Type) throws -> Body {
        guard let buffer = body.data, buffer.readableBytes > 0 else {
            throw APIError(.badRequest, "missing_body", "send a JSON object as the request body")
        }
        return try JSONBody.decode(type, from: Data(buffer.readableBytesView))
    }
}

/// Decoding request bodies with errors that name the field.
enum JSONBody {
    static func decode<Body: Decodable>(_ type: Body.Type, from data: Data) throws -> Body {
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw apiError(error)
        }
    }

    static func apiError(_ error: DecodingError) -> APIError {
        switch error {
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            return APIError(.badRequest, "missing_field", "field '\(field)' is required", field: field)
        case .typeMismatch(_, let context) where context.codingPath.isEmpty:
            return APIError(.badRequest, "malformed_json", "the request body must be a JSON object")
        case .typeMismatch(let type, let context):
            let field = path(context.codingPath)
            return APIError(.badRequest, "invalid_field", "field '\(field)' must be \(describe(type))", field: field)
        case .valueNotFound(let type, let context):
            let field = path(context.codingPath)
            return APIError(.badRequest, "invalid_field", "field '\(field)' must be \(describe(type))", field: field)
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            return APIError(.badRequest, "malformed_json", "the request body is not valid JSON")
        case .dataCorrupted(let context):
            let field = path(context.codingPath)
            return APIError(
                .badRequest, "invalid_field", "field '\(field)': \(context.debugDescription)", field: field)
        @unknown default:
            return APIError(.badRequest, "malformed_json", "the request body could not be read")
        }
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            .replacingOccurrences(of: ".[", with: "[")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)".lowercased().contains("array") ? "a list" : "an object"
        }
    }
}
