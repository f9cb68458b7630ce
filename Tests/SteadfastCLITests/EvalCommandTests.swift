import Foundation
import Testing

/// `steadfast eval` on a gold file written for the test, with the ledger built from the article alone.
@Suite("Eval")
struct EvalCommandTests {
    static let gold = """
        document: crisis.txt
        published: 2031-03-05
        events:
          - quote: "Azerbaijan attacked Armenia on March 2, 2031"
            actor: AZE
            target: ARM
            type: threat
            threat: externalAttack
            date: 2031-03-02
          - quote: "Russia sent troops to Armenia on March 4, 2031"
            actor: RUS
            target: ARM
            type: support
            level: 6
            scale: full
            date: 2031-03-04
        tests:
          - client: ARM
            adversary: AZE
            threat: externalAttack
            started: 2031-03-02
            patron: RUS
            verdict: honored-or-partial
        """

    @Test("--from-ingestion judges the gold tests on the tests the article alone yields")
    func fromIngestion() throws {
        let runner = try CommandRunner()
        defer { runner.remove() }
        try ReviewWalkTests.article.write(
            to: runner.directory.appendingPathComponent("crisis.txt"), atomically: true, encoding: .utf8)
        let goldFile = runner.directory.appendingPathComponent("crisis.gold.yaml")
        try Self.gold.write(to: goldFile, atomically: true, encoding: .utf8)

        let result = try runner.run(
            ["eval", "--gold", goldFile.path, "--from-ingestion", "--format", "json"], asOf: "2031-06-01")
        #expect(result.status == 0, "\(result.error)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(json["recall"] as? Double == 1)
        let file = try #require((json["files"] as? [[String: Any]])?.first)
        // The built-in ledger knows nothing of this hypothetical crisis; the article alone does.
        #expect((file["verdicts"] as? [String: Any])?["agreed"] as? Int == 0)
        let trial = try #require(file["fromIngestion"] as? [String: Any])
        #expect((trial["verdicts"] as? [String: Any])?["agreed"] as? Int == 1)
        #expect(
            (trial["tests"] as? [String])?.first?.contains(
                "ARM externalAttack from AZE 2031-03-02: RUS partial (level 6)")
                == true)
    }
}
