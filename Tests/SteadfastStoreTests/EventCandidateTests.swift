import Foundation
import SteadfastCore
import SteadfastEvents
import SteadfastText
import Testing

@testable import SteadfastStore

/// Imported events become candidate responses in the review queue, through the coder's CAMEO mapping.
@Suite("Event candidates")
struct EventCandidateTests {
    static func row(_ id: Int, _ day: String, _ source: String, _ target: String, _ code: String, _ score: String)
        -> String
    {
        var fields = [String](repeating: "", count: 58)
        (fields[0], fields[1], fields[2], fields[3]) = (String(id), day, String(day.prefix(6)), String(day.prefix(4)))
        (fields[5], fields[7], fields[15], fields[17]) = (source + "GOV", source, target + "GOV", target)
        (fields[26], fields[27], fields[28], fields[30]) = (code, String(code.prefix(3)), String(code.prefix(2)), score)
        (fields[31], fields[32], fields[33], fields[57]) = ("4", "2", "3", "http://example.org/\(id)")
        return fields.joined(separator: "\t")
    }

    static let file =
        [
            row(1, "20201002", "PAT", "CLI", "072", "8.3"),
            row(2, "20201002", "PAT", "CLI", "072", "8.3"),
            row(3, "20201005", "PAT", "ADV", "190", "-10.0"),
            row(4, "20201006", "PAT", "CLI", "120", "-4.0"),
            row(5, "20190101", "PAT", "CLI", "074", "8.5"),
            row(6, "20201007", "ADV", "CLI", "190", "-10.0"),
        ].joined(separator: "\n") + "\n"

    @Test("patron events in a test's window are queued with dataset evidence and can be accepted")
    func queue() async throws {
        let fixture = try StoreFixture()
        defer { fixture.remove() }
        let path = fixture.directory.appendingPathComponent("events.tsv").path
        try Data(Self.file.utf8).write(to: URL(fileURLWithPath: path))
        let store = try await fixture.open()
        _ = try await store.synchronize(with: try StoreFixture.caseBase())
        _ = try await store.importEvents([path], dataset: .gdelt)
        let ledger = try await store.ledger()
        let summary = try await store.queueEventCandidates(ledger: ledger, rules: .standard, asOf: StoreFixture.asOf)
        let again = try await store.queueEventCandidates(ledger: ledger, rules: .standard, asOf: StoreFixture.asOf)
        let queue = try await store.candidates(status: .candidate).filter { $0.documentID == "dataset-gdelt" }
        let materiel = try #require(queue.first { $0.cameo == "072" })
        let accepted = try await store.decide(materiel.id, accept: true)
        let after = try await store.ledger()
        let months = try await store.patronEvents(
            "PAT", tests: after.tests, rules: .standard, asOf: StoreFixture.asOf)
        await store.close()
        #expect(summary.queued == 2 && summary.groups == 3 && again.queued == 0 && again.alreadyQueued == 2)
        #expect(queue.map(\.cameo).sorted() == ["072", "190"])
        #expect(materiel.reading == .support(.materiel, .full) && materiel.testID == "cli-2020-attack")
        #expect(
            materiel.text.contains("2 events") && materiel.text.contains("rows 1, 2") && materiel.text.contains(path))
        let combat = try #require(queue.first { $0.cameo == "190" })
        #expect(combat.reading == .support(.combat, .full) && combat.target == "CLI" && combat.source == "PAT")
        #expect(accepted.status == .accepted)
        let response = try #require(
            after.tests.first { $0.id == "cli-2020-attack" }?.responses.first { $0.id == "r-\(materiel.id)" })
        #expect(response.level == .materiel && response.evidence.first?.sourceID == "dataset-gdelt")
        #expect(response.evidence.first?.note == materiel.text)
        let profile = try #require(months.tests.first { $0.test == "cli-2020-attack" })
        #expect(profile.clientMonths.map(\.root) == ["07", "12"])
        #expect(profile.adversaryMonths.map(\.events) == [1])
    }
}
