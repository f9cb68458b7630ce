import Foundation
import SteadfastServer
import Testing
import VaporTesting

/// `/openapi.json` describes exactly the routes the server registers, and its examples are accepted.
@Suite("OpenAPI document")
struct OpenAPITests {
    static func document(_ app: Application) async throws -> [String: Any] {
        let response = try await app.testing().sendRequest(.GET, "/openapi.json")
        #expect(response.status == .ok)
        return response.json
    }

    static func operations(_ document: [String: Any]) -> [String: [String: Any]] {
        var operations: [String: [String: Any]] = [:]
        for (path, item) in document["paths"] as? [String: [String: Any]] ?? [:] {
            for (method, operation) in item {
                operations["\(method.uppercased()) \(path)"] = operation as? [String: Any]
            }
        }
        return operations
    }

    @Test("every registered route is in the document with its method, and nothing else is")
    func routesMatch() async throws {
        try await withServer { fixture, app in
            let registered = Set(
                app.routes.all.filter { ["api", "openapi.json"].contains($0.path.first?.description) }.map { route in
                    let path = route.path.map { component -> String in
                        switch component {
                        case .parameter(let name): "{\(name)}"
                        default: component.description
                        }
                    }
                    return "\(route.method.rawValue) /" + path.joined(separator: "/")
                })
            let documented = Set(Self.operations(try await Self.document(app)).keys)
            #expect(registered.subtracting(documented).isEmpty, "undocumented: \(registered.subtracting(documented))")
            #expect(documented.subtracting(registered).isEmpty, "not served: \(documented.subtracting(registered))")
            #expect(registered.count > 20)
        }
    }

    @Test("path parameters and role requirements are declared as the routes use them")
    func parametersAndSecurity() async throws {
        try await withServer { fixture, app in
            for (key, operation) in Self.operations(try await Self.document(app)) {
                let path = key.split(separator: " ")[1]
                let names = path.split(separator: "/").filter { $0.hasPrefix("{") }.map {
                    String($0.dropFirst().dropLast())
                }
                let declared = (operation["parameters"] as? [[String: Any]] ?? []).filter {
                    $0["in"] as? String == "path"
                }
                .compactMap { $0["name"] as? String }
                #expect(names == declared, "\(key)")
                let method = key.split(separator: " ")[0]
                let isWrite = method != "GET" || path == "/api/tokens"
                #expect((operation["security"] != nil) == isWrite, "\(key)")
            }
        }
    }

    @Test("each request example has its schema's required fields, only known ones, and is accepted")
    func examples() async throws {
        try await withServer(builtIn: true) { fixture, app in
            let document = try await Self.document(app)
            let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]] ?? [:]
            var candidate = "none"
            let ordered = Self.operations(document).sorted { first, second in
                first.key.hasSuffix("/api/articles") && !second.key.hasSuffix("/api/articles")
            }
            var checked = 0
            for (key, operation) in ordered {
                let media =
                    ((operation["requestBody"] as? [String: Any])?["content"] as? [String: Any])?[
                        "application/json"] as? [String: Any]
                guard let example = media?["example"] as? [String: Any] else { continue }
                let reference = (media?["schema"] as? [String: Any])?["$ref"] as? String ?? ""
                let schema = try #require(schemas[String(reference.split(separator: "/").last ?? "")])
                let properties = Set((schema["properties"] as? [String: Any] ?? [:]).keys)
                let required = Set(schema["required"] as? [String] ?? [])
                #expect(required.isSubset(of: Set(example.keys)), "\(key)")
                #expect(Set(example.keys).isSubset(of: properties), "\(key)")
                let parts = key.split(separator: " ")
                let path = String(parts[1]).replacingOccurrences(of: "{id}", with: candidate)
                    .replacingOccurrences(of: "/api/commitments/\(candidate)", with: "/api/commitments/api-example")
                let response = try await app.testing().sendRequest(
                    HTTPMethod(rawValue: String(parts[0])), path, headers: fixture.headers("admin"),
                    body: jsonBody(example))
                let documented = Set((operation["responses"] as? [String: Any] ?? [:]).keys)
                #expect(documented.contains(String(response.status.code)), "\(key): \(response.status)")
                #expect((200..<300).contains(response.status.code), "\(key): \(response.text)")
                if key.hasSuffix("/api/articles") {
                    let candidates = response.json["candidates"] as? [[String: Any]] ?? []
                    candidate = candidates.first { $0["type"] as? String == "support" }?["id"] as? String ?? "none"
                }
                checked += 1
            }
            #expect(checked == 4)
        }
    }
}
