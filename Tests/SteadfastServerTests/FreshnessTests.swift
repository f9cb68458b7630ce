import Foundation
import SteadfastCore
import SteadfastServer
import SteadfastStore
import Testing
import VaporTesting

/// Writes made on the same database by another process (the CLI, a second server) show on the next
/// request, without a restart.
@Suite("Freshness")
struct FreshnessTests {
    static let article = """
        TITLE: Troops from Patronia reach Clientia
        PUBLISHER: Example Wire
        DATE: 2020-10-02
        ---
        Adversaria attacked Clientia on September 27, 2020.

        Patronia sent troops to Clientia on October 1, 2020, officials said.
        """

    static func commitment(_ id: String) -> Commitment {
        Commitment(
            id: id, patron: "PAT", client: "CLI", kind: .armsSupply, started: PartialDate(year: 2021, month: 2)!)
    }

    @Test("a commitment another process puts and then removes shows on the next request, and goes on the one after")
    func commitmentFromOtherProcess() async throws {
        try await withServer { fixture, app in
            #expect(try await app.testing().sendRequest(.GET, "/api/commitments/pat-cli-arms").status == .notFound)
            let listed = try await app.testing().sendRequest(.GET, "/api/commitments").text
            #expect(!listed.contains("pat-cli-arms"))
            _ = try await fixture.withOtherProcess {
                try await $0.putCommitment(Self.commitment("pat-cli-arms"), actor: "cli:test")
            }
            let put = try await app.testing().sendRequest(.GET, "/api/commitments/pat-cli-arms")
            #expect(put.status == .ok && put.json["kind"] as? String == "armsSupply")
            #expect(try await app.testing().sendRequest(.GET, "/api/commitments").text.contains("pat-cli-arms"))
            _ = try await fixture.withOtherProcess { try await $0.deleteCommitment("pat-cli-arms", actor: "cli:test") }
            #expect(try await app.testing().sendRequest(.GET, "/api/commitments/pat-cli-arms").status == .notFound)
        }
    }

    @Test("an article another process ingests and accepts shows on the test's page and in its API document")
    func reviewFromOtherProcess() async throws {
        try await withServer { fixture, app in
            let page = try await app.testing().sendRequest(.GET, "/tests/cli-2020-attack")
            #expect(page.status == .ok && !page.text.contains("Troops from Patronia reach Clientia"))
            #expect(!(try await app.testing().sendRequest(.GET, "/api/tests/cli-2020-attack").text.contains("r-c-")))
            let coded = try fixture.service.pipeline.code(Data(Self.article.utf8), name: "wire.txt")
            let accepted = try await fixture.withOtherProcess { cli in
                let linker = CandidateLinker(
                    tests: try await cli.ledger().tests, rules: .standard, asOf: ServerFixture.asOf)
                _ = try await cli.ingest(coded, name: "wire.txt", linker: linker, actor: "cli:test")
                let help = try #require(
                    try await cli.candidates(status: .candidate).first { $0.reading.type == "support" })
                return try await cli.decide(help.id, accept: true, linker: linker, actor: "cli:test")
            }
            #expect(accepted.status == .accepted)
            let fresh = try await app.testing().sendRequest(.GET, "/tests/cli-2020-attack")
            #expect(fresh.text.contains("Troops from Patronia reach Clientia"))
            let document = try await app.testing().sendRequest(.GET, "/api/tests/cli-2020-attack").text
            #expect(document.contains("r-\(accepted.id)"))
        }
    }

    @Test("concurrent reads never get a ledger older than the revision they saw while another process writes")
    func concurrentReads() async throws {
        let fixture = try await ServerFixture.make()
        do {
            try await fixture.withOtherProcess { cli in
                let base = try await cli.revision()
                let service = fixture.service
                // Each reader notes every answer that lacks a write it had already seen committed.
                let stale = try await withThrowingTaskGroup(of: [String].self) { group in
                    group.addTask {
                        for index in 1...8 {
                            _ = try await cli.putCommitment(Self.commitment("api-\(index)"), actor: "cli:test")
                        }
                        return []
                    }
                    for _ in 0..<4 {
                        group.addTask {
                            var stale: [String] = []
                            for _ in 0..<25 {
                                let seen = try await cli.revision()
                                let snapshot = try await service.current()
                                let ids = Set(snapshot.reading.ledger.commitments.map(\.id))
                                let missing = (0..<(seen - base)).map { "api-\($0 + 1)" }.filter { !ids.contains($0) }
                                if snapshot.revision < seen || !missing.isEmpty {
                                    stale.append("saw \(seen), got \(snapshot.revision) without \(missing)")
                                }
                            }
                            return stale
                        }
                    }
                    return try await group.reduce(into: []) { $0 += $1 }
                }
                #expect(stale.isEmpty)
                let last = try await service.current()
                #expect(last.revision == base + 8)
                #expect(
                    (1...8).allSatisfy { index in last.reading.ledger.commitments.contains { $0.id == "api-\(index)" } }
                )
            }
        } catch {
            await fixture.close()
            throw error
        }
        await fixture.close()
    }
}
