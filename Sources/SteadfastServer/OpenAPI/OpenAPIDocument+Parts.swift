extension OpenAPIDocument {
    static func parameters(path: [String], query: [String]) -> JSONValue {
        .array(
            path.map { ["name": .string($0), "in": "path", "required": true, "schema": ["type": "string"]] }
                + query.map {
                    ["name": .string($0), "in": "query", "required": false, "schema": querySchemas[$0] ?? string]
                })
    }

    static let querySchemas: [String: JSONValue] = [
        "status": ["type": "string", "enum": ["candidate", "accepted", "rejected", "all"]],
        "limit": ["type": "integer", "minimum": 1, "maximum": 10000],
    ]

    static func reference(_ schema: String) -> JSONValue {
        ["$ref": .string("#/components/schemas/\(schema)")]
    }

    static func content(_ schema: String) -> JSONValue {
        ["application/json": ["schema": schema == "document" ? ["type": "object"] : reference(schema)]]
    }

    static func error(_ description: String) -> JSONValue {
        ["description": .string(description), "content": content("Error")]
    }

    static func read(
        _ summary: String, _ schema: String, tag: String = "read", path: [String] = [], query: [String] = []
    )
        -> JSONValue
    {
        var responses: [String: JSONValue] = [
            "200": ["description": "OK", "content": content(schema)],
            "401": error("Reads need a viewer token (only with --read-access token)"),
        ]
        if !path.isEmpty { responses["404"] = error("Not found") }
        if !query.isEmpty { responses["400"] = error("A query parameter is invalid") }
        return [
            "summary": .string(summary), "tags": [.string(tag)], "parameters": parameters(path: path, query: query),
            "responses": .object(responses),
        ]
    }

    static func write(
        _ summary: String, role: String, path: [String], body: String?, example: JSONValue?,
        success: (String, String), also: (String, String)? = nil
    ) -> JSONValue {
        var responses: [String: JSONValue] = [
            success.0: ["description": "OK", "content": content(success.1)],
            "401": error("No token, or an unknown or revoked one"),
            "403": error("The token's role is below \(role)"),
        ]
        if let also { responses[also.0] = ["description": .string(also.1), "content": content(success.1)] }
        if !path.isEmpty { responses["404"] = error("Not found") }
        if body != nil {
            responses["400"] = error("Malformed JSON, or a missing or invalid field (named in error.field)")
            responses["413"] = error("The body is larger than the server's --max-body")
        }
        if body == "ArticleRequest" { responses["422"] = error("The text is not a readable article (binary, empty)") }
        if role == "admin" || path.contains("id") { responses["409"] = error("The change conflicts with the ledger") }
        var operation: [String: JSONValue] = [
            "summary": .string(summary), "tags": ["write"], "security": [["bearer": []]],
            "x-steadfast-role": .string(role), "parameters": parameters(path: path, query: []),
            "responses": .object(responses),
        ]
        if let body {
            var media: [String: JSONValue] = ["schema": reference(body)]
            if let example { media["example"] = example }
            operation["requestBody"] = [
                "required": .bool(body != "Correction"), "content": ["application/json": .object(media)],
            ]
        }
        return .object(operation)
    }
}
