import Foundation
import Testing

/// `steadfast token` and `steadfast audit export` as whole processes.
@Suite("Token and audit commands")
struct TokenCommandTests {
    @Test("token create prints the token once, list never shows it, revoke ends it, audit export lists each change")
    func lifecycle() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        let created = try runner.run(["token", "create", "--role", "analyst", "--name", "maria"])
        #expect(created.status == 0, "\(created.error)")
        let token = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(token.hasPrefix("sf_") && token.count == 46)
        #expect(created.error.contains("shown only this once"))
        let again = try runner.run(["token", "create", "--role", "admin", "--name", "maria"])
        #expect(again.status != 0)
        #expect(again.error.contains("a token named 'maria' already exists"))
        let list = try runner.run(["token", "list"])
        #expect(list.output.contains("maria  analyst"))
        #expect(!list.output.contains(token))
        #expect(try runner.run(["token", "revoke", "maria"]).output == "token 'maria' revoked\n")
        let csv = try runner.run(["audit", "export", "--format", "csv"])
        let lines = csv.output.split(separator: "\n")
        #expect(lines.first == "id,at,actor,action,entity,entity_id,before,after")
        #expect(lines.count == 3)
        #expect(lines[1].contains(",token.create,token,maria,"))
        #expect(lines[2].contains(",token.revoke,token,maria,"))
        #expect(lines.dropFirst().allSatisfy { $0.split(separator: ",")[2].hasPrefix("cli:") })
        let json = try runner.run(["audit", "export", "--format", "json", "--entity", "token", "--id", "maria"])
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]])
        #expect(entries.map { $0["action"] as? String } == ["token.create", "token.revoke"])
        #expect((entries[1]["after"] as? String)?.contains("revokedAt") == true)
    }
}
