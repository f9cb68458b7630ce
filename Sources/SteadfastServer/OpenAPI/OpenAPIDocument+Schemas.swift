extension OpenAPIDocument {
    static func object(_ properties: [String: JSONValue], required: [String] = []) -> JSONValue {
        ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })]
    }

    static func list(_ key: String, of schema: String) -> JSONValue {
        object([key: ["type": "array", "items": reference(schema)]], required: [key])
    }

    static let string: JSONValue = ["type": "string"]
    static let optionalString: JSONValue = ["type": ["string", "null"]]
    static let datePattern: JSONValue = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
    static let date: JSONValue = [
        "type": "string", "pattern": datePattern,
        "description": "ISO 8601 at the precision known: YYYY, YYYY-MM or YYYY-MM-DD",
    ]
    static let optionalDate: JSONValue = ["type": ["string", "null"], "pattern": datePattern]
    static let optionalList: JSONValue = ["type": ["array", "null"], "items": ["type": "string"]]
    static let threats: JSONValue = [
        "externalAttack", "airStrikes", "invasion", "blockade", "regimeChangeOperation", "insurgentOffensive",
        "massProtest", "coup",
    ]
    static let anyObject: JSONValue = ["type": "object"]

    static var schemas: JSONValue {
        .object(requestSchemas.merging(answerSchemas, uniquingKeysWith: { first, _ in first }))
    }

    private static var requestSchemas: [String: JSONValue] {
        [
            "Error": object(
                [
                    "error": object(
                        ["code": string, "message": string, "field": string], required: ["code", "message"])
                ],
                required: ["error"]),
            "ArticleRequest": object(
                [
                    "text": [
                        "type": "string", "pattern": "\\S",
                        "description": "The article: plain text unless format says otherwise",
                    ],
                    "title": optionalString, "url": optionalString, "publisher": optionalString,
                    "published": optionalDate,
                    "format": ["type": ["string", "null"], "enum": ["plain", "html", "markdown", .null]],
                ], required: ["text"]),
            "Correction": object([
                "level": ["type": ["integer", "null"], "minimum": 0, "maximum": 7],
                "scale": ["type": ["string", "null"], "enum": ["token", "limited", "full", .null]],
                "source": optionalString, "target": optionalString, "test": optionalString, "date": optionalDate,
                "threat": ["type": ["string", "null"], "enum": .array(threats.arrayValue + [.null])],
            ]),
            "CommitmentRequest": object(
                [
                    "patron": string, "client": string, "via": optionalString, "started": date,
                    "ended": optionalDate,
                    "kind": [
                        "type": "string",
                        "enum": [
                            "defensePact", "collectiveSecurity", "forcesStationed", "regimeSecurity",
                            "strategicPartnership", "armsSupply",
                        ],
                    ],
                    "scope": [
                        "type": ["object", "null"],
                        "properties": [
                            "note": optionalString,
                            "threats": ["type": ["array", "null"], "items": ["enum": threats]],
                            "includes": optionalList, "excludes": optionalList,
                            "regime": ["type": ["boolean", "null"]], "adversaries": optionalList,
                        ],
                    ],
                    "sources": optionalList,
                ], required: ["patron", "client", "kind", "started"]),
            "TokenRequest": object(
                [
                    "name": ["type": "string", "pattern": "^[A-Za-z0-9._@-]{1,64}$"],
                    "role": ["type": "string", "enum": ["viewer", "analyst", "admin"]],
                ],
                required: ["name", "role"]),
        ]
    }

    private static var answerSchemas: [String: JSONValue] {
        [
            "Leaderboard": object(
                ["asOf": date, "patrons": ["type": "array", "items": reference("PatronSummary")]],
                required: ["asOf", "patrons"]),
            "PatronSummary": object(
                [
                    "patron": string, "name": string, "tests": ["type": "integer"],
                    "honored": ["type": "integer"], "partial": ["type": "integer"],
                    "abandoned": ["type": "integer"], "pending": ["type": "integer"],
                    "reliability": object(
                        ["mean": ["type": "number"], "low": ["type": "number"], "high": ["type": "number"]]),
                ], required: ["patron", "name", "tests", "reliability"]),
            "Export": object(
                [
                    "asOf": date, "patrons": ["type": "array"], "tests": ["type": "array"],
                    "commitments": ["type": "array"],
                ],
                required: ["asOf", "patrons", "tests", "commitments"]),
            "Patron": object(
                [
                    "patron": string, "name": string, "summary": reference("PatronSummary"), "split": anyObject,
                    "tests": ["type": "array"],
                ], required: ["patron", "summary", "tests"]),
            "TestList": object(["asOf": date, "tests": ["type": "array"]], required: ["tests"]),
            "Test": object(
                [
                    "test": anyObject, "verdicts": ["type": "array", "description": "with derivations"],
                    "uncovered": ["type": "array"], "unrecorded": ["type": "array"], "sources": ["type": "array"],
                ],
                required: ["test", "verdicts"]),
            "CommitmentList": list("commitments", of: "CommitmentEntry"),
            "CommitmentEntry": object(
                [
                    "id": string, "patron": string, "client": string, "kind": string, "started": date,
                    "scope": anyObject, "sources": ["type": "array"],
                ], required: ["id", "patron", "client", "kind"]),
            "CommitmentRecord": object(
                [
                    "id": string, "patron": string, "client": string, "kind": string, "started": date,
                    "scope": anyObject, "sources": ["type": "array"],
                    "judged": [
                        "type": "array",
                        "items": object(
                            [
                                "test": string, "title": string, "started": date, "verdict": string,
                                "expected": ["type": "integer"], "realized": ["type": "integer"],
                            ], required: ["test", "verdict", "expected", "realized"]),
                    ],
                ], required: ["id", "patron", "client", "kind", "judged"]),
            "CommitmentEdit": object(
                ["before": ["type": ["object", "null"]], "after": ["type": ["object", "null"]]],
                required: ["before", "after"]),
            "ClaimList": object(["claims": ["type": "array"]], required: ["claims"]),
            "SourceList": object(
                [
                    "sources": ["type": "array", "items": reference("Source")],
                    "documents": ["type": "array", "items": reference("StoredDocument")],
                ], required: ["sources", "documents"]),
            "Source": object(["id": string, "kind": string, "title": string, "publisher": string], required: ["id"]),
            "SourceRecord": object(
                [
                    "id": string, "kind": string, "title": string, "publisher": string,
                    "document": reference("StoredDocument"),
                    "candidates": ["type": "array", "items": reference("ReviewCandidate")],
                    "candidateCount": ["type": "integer"],
                    "citedBy": [
                        "type": "array",
                        "items": object(
                            ["test": string, "title": string, "places": ["type": "array", "items": string]],
                            required: ["test", "places"]),
                    ],
                ], required: ["id", "candidates", "candidateCount", "citedBy"]),
            "StoredDocument": object(
                [
                    "id": string, "fingerprint": string, "name": string, "title": string, "url": string,
                    "published": date, "text": string, "ingestedAt": string,
                ], required: ["id", "fingerprint"]),
            "ReviewQueue": list("candidates", of: "ReviewCandidate"),
            "ReviewCandidate": object(
                [
                    "id": string, "documentID": string, "text": string, "source": string, "target": string,
                    "cameo": string, "type": string,
                    "status": ["type": "string", "enum": ["candidate", "accepted", "rejected"]],
                    "testID": string, "note": string,
                    "dateBasis": [
                        "type": "string", "enum": ["written", "context", "retold", "reviewer"],
                        "description": "where the date comes from; check context and retold dates",
                    ],
                ], required: ["id", "documentID", "status"]),
            "ArticleCreated": object(
                [
                    "source": string, "title": optionalString, "duplicate": ["type": "boolean"],
                    "candidates": ["type": "array", "items": reference("ReviewCandidate")],
                ],
                required: ["source", "duplicate", "candidates"]),
            "AuditTrail": list("entries", of: "AuditEntry"),
            "AuditEntry": object(
                [
                    "id": ["type": "integer"], "at": string, "actor": string, "action": string, "entity": string,
                    "entityID": string, "before": ["type": ["string", "null"], "description": "JSON text"],
                    "after": ["type": ["string", "null"], "description": "JSON text"],
                ],
                required: ["id", "at", "actor", "action", "entity", "entityID"]),
            "Account": object(
                ["name": string, "role": string, "createdAt": string, "revokedAt": string], required: ["name", "role"]),
            "TokenList": list("tokens", of: "Account"),
            "TokenCreated": object(
                ["account": reference("Account"), "token": ["type": "string", "description": "shown once"]],
                required: ["account", "token"]),
        ]
    }
}
