import Foundation
import SteadfastCaseBase
import SteadfastCore
import SteadfastText
import Testing

@testable import SteadfastStore

/// Ingesting an article queues its events; only accepted help changes the ledger.
@Suite("Ingest and review")
struct ReviewQueueTests {
    static let article = """
        TITLE: Patronia sends troops to Clientia
        PUBLISHER: Example Wire
        DATE: 2020-10-02
        ---
        Adversaria attacked Clientia on September 27, 2020.

        Patronia sent troops to Clientia on October 1, 2020, officials said.

        Adversaria invaded Patronia on October 2, 2020.
        """

    private func setUp() async throws -> (StoreFixture, SQLLedgerStore, TextPipeline, CandidateLinker) {
        let fixture = try StoreFixture()
        let store = try await fixture.open()
        let caseBase = try StoreFixture.caseBase()
        _ = try await store.synchronize(with: caseBase)
        let pipeline = try TextPipeline.standard(registry: caseBase.ledger.registry)
        let linker = CandidateLinker(tests: caseBase.ledger.tests, rules: .standard, asOf: StoreFixture.asOf)
        return (fixture, store, pipeline, linker)
    }

    @Test("an article is stored once, and its events are queued and linked to tests")
    func ingest() async throws {
        let (fixture, store, pipeline, linker) = try await setUp()
        defer { fixture.remove() }
        let coded = try pipeline.code(Data(Self.article.utf8), name: "wire.txt")
        let first = try await store.ingest(coded, name: "wire.txt", linker: linker)
        let again = try await store.ingest(coded, name: "wire.txt", linker: linker)
        let queue = try await store.candidates(status: .candidate)
        await store.close()
        #expect(!first.duplicate && again.duplicate)
        #expect(first.candidates == 3)
        #expect(queue.map(\.testID) == ["cli-2020-attack", "cli-2020-attack", nil])
        #expect(queue[1].text == "Patronia sent troops to Clientia on October 1, 2020, officials said.")
    }

    @Test("accepting help adds a response with the sentence as evidence; rejecting changes nothing")
    func decisions() async throws {
        let (fixture, store, pipeline, linker) = try await setUp()
        defer { fixture.remove() }
        _ = try await store.ingest(
            try pipeline.code(Data(Self.article.utf8), name: "wire.txt"), name: "wire.txt", linker: linker)
        let queue = try await store.candidates(status: .candidate)
        let help = try #require(queue.first { $0.reading.type == "support" })
        let accepted = try await store.decide(help.id, accept: true)
        let rejected = try await store.decide(queue[0].id, accept: false)
        let threat = try await store.decide(queue[2].id, accept: true)
        let ledger = try await store.ledger()
        await #expect(throws: StoreError.invalidDecision("candidate '\(help.id)' was already accepted")) {
            try await store.decide(help.id, accept: true)
        }
        await store.close()
        #expect(accepted.status == .accepted && rejected.status == .rejected)
        let response = try #require(ledger.test("cli-2020-attack")?.responses.first { $0.id == "r-\(help.id)" })
        #expect(response.level == .deployment)
        #expect(response.evidence.first?.sourceID == help.documentID)
        #expect(response.evidence.first?.span == help.sentence.start..<help.sentence.end)
        #expect(ledger.sources[help.documentID]?.publisher == "Example Wire")
        #expect(threat.note == "test t-\(queue[2].id) created")
        #expect(ledger.test("t-\(queue[2].id)")?.client == "PAT")
    }

    @Test("help linked to no test cannot be accepted without naming one")
    func unlinked() async throws {
        let (fixture, store, pipeline, _) = try await setUp()
        defer { fixture.remove() }
        let nowhere = CandidateLinker(tests: [], rules: .standard, asOf: StoreFixture.asOf)
        _ = try await store.ingest(
            try pipeline.code(Data(Self.article.utf8), name: "wire.txt"), name: "wire.txt", linker: nowhere)
        let help = try #require(try await store.candidates(status: nil).first { $0.reading.type == "support" })
        await #expect(
            throws: StoreError.invalidDecision(
                "candidate '\(help.id)' is linked to no test and implies no threat: accept it with --test ID or --threat KIND"
            )
        ) {
            try await store.decide(help.id, accept: true)
        }
        let corrected = try await store.decide(
            help.id, accept: true, correction: CandidateCorrection(testID: "cli-2020-attack"))
        await store.close()
        #expect(corrected.note == "response r-\(help.id) added to cli-2020-attack")
    }

    /// Ingests an article with no tests to link to, as a ledger built from articles alone starts.
    private func ingestAlone(_ text: String) async throws -> (StoreFixture, SQLLedgerStore, [ReviewCandidate]) {
        let (fixture, store, pipeline, _) = try await setUp()
        let nowhere = CandidateLinker(tests: [], rules: .standard, asOf: StoreFixture.asOf)
        _ = try await store.ingest(
            try pipeline.code(Data(text.utf8), name: "article.txt"), name: "article.txt", linker: nowhere)
        return (fixture, store, try await store.candidates(status: .candidate))
    }

    @Test("accepting a threat creates its test and links the waiting help to the closest test")
    func threatsCreateTests() async throws {
        let (fixture, store, queue) = try await ingestAlone(
            """
            Adversaria attacked Clientia on May 2, 2020.

            Adversaria attacked Clientia again on June 9, 2023.

            Patronia sent troops to Clientia on June 20, 2023.
            """)
        defer { fixture.remove() }
        #expect(queue.map(\.testID) == [nil, nil, nil])
        let first = try await store.decide(queue[0].id, accept: true)
        let help = try #require(try await store.candidates(status: .candidate).first { $0.id == queue[2].id })
        let second = try await store.decide(queue[1].id, accept: true)
        let moved = try #require(try await store.candidates(status: .candidate).first { $0.id == queue[2].id })
        await store.close()
        // The open 2020 test's window holds 2023, until the 2023 attack gives a closer test.
        #expect(first.note == "test t-\(queue[0].id) created; 1 waiting candidate linked to t-\(queue[0].id)")
        #expect(help.testID == "t-\(queue[0].id)")
        #expect(second.note == "test t-\(queue[1].id) created; 1 waiting candidate linked to t-\(queue[1].id)")
        #expect(moved.testID == "t-\(queue[1].id)")
    }

    @Test("a decision's audit trail holds the test it created or changed, and each waiting candidate it linked")
    func decisionAudit() async throws {
        let (fixture, store, queue) = try await ingestAlone(
            """
            Adversaria attacked Clientia on May 2, 2020.

            Adversaria attacked Clientia again on June 9, 2023.

            Patronia sent troops to Clientia on June 20, 2023.
            """)
        defer { fixture.remove() }
        let (first, second, help) = (queue[0].id, queue[1].id, queue[2].id)
        _ = try await store.decide(first, accept: true, actor: "ana")
        _ = try await store.decide(second, accept: true, actor: "ana")
        _ = try await store.decide(help, accept: true, actor: "bo")
        let trail = try await store.auditTrail()
        let helpTrail = try await store.auditTrail(entity: "candidate", entityIDs: [help, "no-such-candidate"])
        let testTrail = try await store.auditTrail(entity: "test", entityID: "t-\(second)")
        let both = try await store.auditTrail(entity: "test", entityIDs: ["t-\(first)", "t-\(second)"], limit: 2)
        await store.close()

        #expect(
            trail.map { "\($0.actor) \($0.action) \($0.entityID)" } == [
                "ana candidate.accept \(first)", "ana candidate.link \(help)", "ana test.create t-\(first)",
                "ana candidate.accept \(second)", "ana candidate.link \(help)", "ana test.create t-\(second)",
                "bo candidate.accept \(help)", "bo test.update t-\(second)",
            ])
        #expect(helpTrail.map(\.action) == ["candidate.link", "candidate.link", "candidate.accept"])
        let moved = try JSONDecoder().decode(ReviewCandidate.self, from: Data(try #require(helpTrail[1].after).utf8))
        #expect(moved.testID == "t-\(second)")
        #expect(testTrail.map(\.action) == ["test.create", "test.update"])
        #expect(testTrail[0].before == nil)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let before = try decoder.decode(AllianceTest.self, from: Data(try #require(testTrail[1].before).utf8))
        let after = try decoder.decode(AllianceTest.self, from: Data(try #require(testTrail[1].after).utf8))
        #expect(before.responses.isEmpty)
        #expect(after.responses.map(\.id) == ["r-\(help)"])
        #expect(both.map(\.entityID) == ["t-\(second)", "t-\(second)"])
    }

    @Test("candidates keep where their dates come from; a reviewer's date is the reviewer's")
    func dateBasis() async throws {
        let (fixture, store, queue) = try await ingestAlone(
            """
            Adversaria attacked Clientia on May 2, 2020.

            Patronia also sent troops to Clientia.
            """)
        defer { fixture.remove() }
        let stored = try await store.candidates(documentID: queue[0].documentID)
        let decided = try await store.decide(
            queue[1].id, accept: true,
            correction: CandidateCorrection(testID: nil, date: PartialDate(iso: "2020-05-09"), threat: .externalAttack))
        await store.close()
        #expect(queue.map(\.dateBasis) == [.written, .context])
        #expect(stored.map(\.dateBasis) == [.written, .context])
        #expect(decided.dateBasis == .reviewer && decided.date == PartialDate(iso: "2020-05-09"))
        let json = String(decoding: try JSONEncoder().encode(queue[1]), as: UTF8.self)
        #expect(json.contains("\"dateBasis\":\"context\""))
        let older = json.replacingOccurrences(of: "\"dateBasis\":\"context\",", with: "")
            .replacingOccurrences(of: ",\"dateBasis\":\"context\"", with: "")
        #expect(!older.contains("dateBasis"))
        #expect(try JSONDecoder().decode(ReviewCandidate.self, from: Data(older.utf8)).dateBasis == .written)
    }

    @Test("help linked to no test creates the test its sentence implies, or the one the analyst names")
    func impliedTests() async throws {
        let (fixture, store, queue) = try await ingestAlone(
            """
            Patronia sent troops to Clientia on March 3, 2021, to put down the protests.

            Patronia sent troops to Adversaria on May 5, 2022.
            """)
        defer { fixture.remove() }
        let implied = try await store.decide(queue[0].id, accept: true)
        let named = try await store.decide(
            queue[1].id, accept: true, correction: CandidateCorrection(threat: .coup))
        let ledger = try await store.ledger()
        await store.close()
        #expect(
            implied.note
                == "test t-\(queue[0].id) created (massProtest, implied by 'protests'); response r-\(queue[0].id) added to t-\(queue[0].id)"
        )
        #expect(ledger.test("t-\(queue[0].id)")?.threat == .massProtest)
        #expect(ledger.test("t-\(queue[0].id)")?.adversary == nil)
        #expect(named.note?.hasPrefix("test t-\(queue[1].id) created (coup, named by the analyst)") == true)
        #expect(ledger.test("t-\(queue[1].id)")?.threat == .coup)
        #expect(ledger.test("t-\(queue[1].id)")?.responses.map(\.level) == [.deployment])
    }

    @Test("a later, more precise mention sharpens the start of a test review created")
    func sharpenedStart() async throws {
        let (fixture, store, queue) = try await ingestAlone(
            """
            A wave of protests spread across Clientia in 2021.

            Protests erupted in Clientia on March 3, 2021.
            """)
        defer { fixture.remove() }
        _ = try await store.decide(queue[0].id, accept: true)
        let cited = try await store.decide(queue[1].id, accept: true)
        let ledger = try await store.ledger()
        await store.close()
        #expect(cited.note == "article cited for t-\(queue[0].id); start sharpened to 2021-03-03")
        #expect(ledger.test("t-\(queue[0].id)")?.started == PartialDate(iso: "2021-03-03"))
        #expect(ledger.test("t-\(queue[0].id)")?.adversary == nil)
    }
}
