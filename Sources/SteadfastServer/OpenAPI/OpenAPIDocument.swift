import Foundation

/// The OpenAPI 3.1 description of the server, served at `/openapi.json`. A test checks that its paths
/// and methods are exactly the routes registered, and that its request examples are accepted.
enum OpenAPIDocument {
    /// The document as JSON bytes.
    static let json: Data = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return (try? encoder.encode(document)) ?? Data("{}".utf8)
    }()

    static let document: JSONValue = [
        "openapi": "3.1.0",
        "info": [
            "title": "Steadfast",
            "version": "0.1.0",
            "description": """
            The ledger of patrons' commitments, the tests of them, and verdicts with their derivations. \
            Reads are open unless the server runs with --read-access token (then a viewer token is needed). \
            Ingesting and reviewing need an analyst token, editing commitments and managing tokens an admin \
            token, sent as 'Authorization: Bearer TOKEN'. Every change is in the audit trail. Errors are \
            {"error": {"code", "message", "field"?}}.
            """,
        ],
        "components": ["securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]], "schemas": schemas],
        "paths": .object(paths),
    ]

    private static var paths: [String: JSONValue] {
        [
            "/openapi.json": ["get": read("This document.", "document", tag: "meta")],
            "/api/leaderboard": [
                "get": read("Reliability of every judged patron, with its 90% interval.", "Leaderboard")
            ],
            "/api/export": [
                "get": read("Leaderboard, tests with verdicts, and commitments in one document.", "Export")
            ],
            "/api/patrons/{code}": [
                "get": read("A patron's tests, verdicts and at-war-elsewhere split.", "Patron", path: ["code"])
            ],
            "/api/tests": ["get": read("Every test with its verdicts.", "TestList")],
            "/api/tests/{id}": [
                "get": read("A test with responses, claims, verdicts, derivations and sources.", "Test", path: ["id"])
            ],
            "/api/commitments": ["get": read("Every commitment, with its sources.", "CommitmentList")],
            "/api/commitments/{id}": [
                "get": read(
                    "One commitment, with the tests its expectation decided.", "CommitmentRecord", path: ["id"]),
                "put": write(
                    "Create or replace a commitment written through the API (origin 'api'); case-base and imported "
                        + "commitments are edited in their files (409).", role: "admin", path: ["id"],
                    body: "CommitmentRequest", example: commitmentExample, success: ("201", "CommitmentEdit"),
                    also: ("200", "replaced")),
                "delete": write(
                    "Remove a commitment written through the API.", role: "admin", path: ["id"], body: nil,
                    example: nil, success: ("200", "CommitmentEdit")),
            ],
            "/api/claims": [
                "get": read(
                    "Claims on every test, or on one (?test=ID), contested ones side by side.", "ClaimList",
                    query: ["test"])
            ],
            "/api/sources": ["get": read("Sources in the ledger and ingested documents (without text).", "SourceList")],
            "/api/sources/{id}": [
                "get": read(
                    "One source or ingested article: the citation, the article without its text, the candidates "
                        + "read from it (first 1000; candidateCount counts all) and the tests that cite it.",
                    "SourceRecord", path: ["id"])
            ],
            "/api/documents/{id}": [
                "get": read("An ingested document with its stored text.", "StoredDocument", path: ["id"])
            ],
            "/api/review": [
                "get": read(
                    "The review queue (?status=candidate|accepted|rejected|all, default candidate).", "ReviewQueue",
                    query: ["status"])
            ],
            "/api/review/{id}/accept": [
                "post": write(
                    "Accept a candidate, with optional corrections (the body may be empty).", role: "analyst",
                    path: ["id"], body: "Correction",
                    example: ["level": 4, "scale": "limited", "threat": "airStrikes"],
                    success: ("200", "ReviewCandidate"))
            ],
            "/api/review/{id}/reject": [
                "post": write(
                    "Reject a candidate.", role: "analyst", path: ["id"], body: nil, example: nil,
                    success: ("200", "ReviewCandidate"))
            ],
            "/api/articles": [
                "post": write(
                    "Ingest an article: store its text, code its events, queue candidates. The same text twice is "
                        + "one document (200, duplicate true).", role: "analyst", path: [], body: "ArticleRequest",
                    example: articleExample, success: ("201", "ArticleCreated"), also: ("200", "already ingested"))
            ],
            "/api/audit": [
                "get": read(
                    "The audit trail, oldest first: ?entity=commitment|candidate|document|test|token, ?id=, ?limit= "
                        + "(most recent, default 1000).", "AuditTrail", query: ["entity", "id", "limit"])
            ],
            "/api/tokens": [
                "get": write(
                    "Every token (names and roles; never the tokens).", role: "admin", path: [], body: nil,
                    example: nil, success: ("200", "TokenList")),
                "post": write(
                    "Create a token; the answer shows it once.", role: "admin", path: [], body: "TokenRequest",
                    example: ["name": "maria", "role": "analyst"], success: ("201", "TokenCreated")),
            ],
            "/api/tokens/{name}": [
                "delete": write(
                    "Revoke a token.", role: "admin", path: ["name"], body: nil, example: nil,
                    success: ("200", "Account"))
            ],
        ]
    }

    static let articleExample: JSONValue = [
        "text": .string(
            "Azerbaijani drones struck Armenian border posts on March 2, 2026. "
                + "Russia delivered air defence weapons to Armenia on March 3, 2026."),
        "title": "Air defence for Armenia", "url": "https://example.org/air-defence",
        "publisher": "Example Wire", "published": "2026-03-04",
    ]

    static let commitmentExample: JSONValue = [
        "patron": "RUS", "client": "ARM", "kind": "armsSupply", "started": "2026-03",
        "scope": ["note": "air defence deliveries"],
    ]
}
