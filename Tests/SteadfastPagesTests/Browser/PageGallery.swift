import Foundation
import Logging
import SteadfastCore
import SteadfastStore
import SteadfastText

@testable import SteadfastPages

/// One page of every kind, rendered from the built-in case base (the review queue and the hostile
/// test page from the small one), with what its DOM must hold once a browser has parsed it.
struct PageGallery {
    /// A page and its expectations.
    struct Entry: Sendable {
        /// The file name, without extension.
        var name: String
        /// The page.
        var page: RenderedPage
        /// Markup the DOM must hold, and how many times (nil: at least once).
        var expected: [(needle: String, count: Int?)]
        /// Whether to take a phone-sized screenshot too.
        var phone = false
    }

    static let article = """
        TITLE: Patronia "sends" troops <script>alert('x')</script>
        PUBLISHER: Example Wire & Co
        DATE: 2020-10-02
        ---
        Adversaria attacked Clientia on September 27, 2020.

        Patronia sent troops to Clientia on October 1, 2020, officials said <img src=x onerror=alert(1)>.

        Adversaria invaded Patronia on October 2, 2020.
        """

    static func entries() async throws -> [Entry] {
        let site = PageSite()
        let reading = try PagesFixture.builtInReading()
        let export = ExportDocument(reading)
        let patron = try busiest(reading)
        let test = try richest(reading)
        let pairs = Set(export.commitments.map { "\($0.patron)>\($0.client)" }).count
        let reviewed = try await reviewed()
        let candidates = reviewed.candidates
        let commitment = try mostJudged(reading)
        let hostile = try PagesFixture.hostileReading()
        guard let hostileTest = TestDocument(id: "cli-2020-attack", reading: hostile) else { return [] }
        return [
            Entry(
                name: "leaderboard", page: site.leaderboard(export),
                expected: [("<svg id=\"forest\"", 1), ("class=\"estimate\"", export.patrons.count)], phone: true),
            Entry(
                name: "patron", page: site.patron(patron),
                expected: [
                    ("<svg id=\"timeline\"", 1), ("class=\"test-mark\"", patron.tests.count), ("<svg id=\"split\"", 1),
                ],
                phone: true),
            Entry(
                name: "test", page: site.test(test),
                expected: [
                    ("<svg id=\"ladder\"", 1), ("class=\"realized\"", test.verdicts.count), ("class=\"steps\"", nil),
                ],
                phone: true),
            Entry(name: "network", page: site.network(export), expected: [("class=\"edge\"", pairs)]),
            Entry(
                name: "review", page: site.reviewQueue(candidates),
                expected: [("<form class=\"decide\"", candidates.count { $0.status == .candidate })]),
            Entry(name: "ingest", page: site.ingest(), expected: [("<form class=\"ingest\"", 1), ("<textarea", 1)]),
            Entry(
                name: "not-found", page: site.notFound(path: "/nowhere<script>"), expected: [("Page not found", nil)]),
            Entry(name: "hostile-test", page: site.test(hostileTest), expected: [("<svg id=\"ladder\"", 1)]),
            Entry(
                name: "commitment", page: site.commitment(commitment),
                expected: [("class=\"badge verdict\"", commitment.judged.count), ("audit-empty", 1)], phone: true),
            Entry(
                name: "reviewed-test",
                page: site.test(reviewed.test, quotes: reviewed.quotes, audit: reviewed.testAudit),
                expected: [
                    ("class=\"audit-entry\"", reviewed.testAudit.count), ("<blockquote class=\"evidence stored\"", 1),
                ]),
            Entry(
                name: "source", page: site.source(reviewed.source, audit: reviewed.sourceAudit),
                expected: [
                    ("class=\"audit-entry\"", reviewed.sourceAudit.count),
                    ("data-status=", reviewed.source.candidates.count), ("<details class=\"stored-text\"", 1),
                ],
                phone: true),
            Entry(
                name: "changes", page: site.changes(reviewed.audit),
                expected: [("class=\"audit-entry\"", reviewed.audit.count), ("href=\"/tests/", nil)]),
        ]
    }

    /// The patron with the most tests.
    private static func busiest(_ reading: LedgerReading) throws -> PatronDocument {
        let documents = reading.judgedPatrons.compactMap { PatronDocument(patron: $0, reading: reading) }
        guard let most = documents.max(by: { ($0.tests.count, $1.patron) < ($1.tests.count, $0.patron) }) else {
            throw GalleryError.empty("no judged patron")
        }
        return most
    }

    /// The test with the most responses and claims.
    private static func richest(_ reading: LedgerReading) throws -> TestDocument {
        let tests = reading.ledger.tests.sorted {
            ($0.responses.count + $0.claims.count, $1.id) > ($1.responses.count + $1.claims.count, $0.id)
        }
        guard let first = tests.first, let document = TestDocument(id: first.id, reading: reading) else {
            throw GalleryError.empty("no test")
        }
        return document
    }

    /// The commitment under which the most verdicts were decided.
    private static func mostJudged(_ reading: LedgerReading) throws -> CommitmentDocument {
        let documents = reading.ledger.commitments.compactMap { CommitmentDocument(id: $0.id, reading: reading) }
        guard
            let most = documents.max(by: {
                ($0.judged.count, $1.commitment.id) < ($1.judged.count, $0.commitment.id)
            })
        else { throw GalleryError.empty("no commitment") }
        return most
    }

    /// The small case base after an analyst ingested a hostile article and accepted its help.
    struct Reviewed {
        var candidates: [ReviewCandidate]
        var audit: [AuditEntry]
        var test: TestDocument
        var testAudit: [AuditEntry]
        var quotes: EvidenceQuotes
        var source: SourceDocument
        var sourceAudit: [AuditEntry]
    }

    /// The queue, pages and changes after ingesting a hostile article into the small case base and
    /// accepting its help.
    private static func reviewed() async throws -> Reviewed {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("steadfast-gallery-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await SQLLedgerStore.open(
            .sqliteFile(directory.appendingPathComponent("ledger.sqlite").path), logger: Logger(label: "test"))
        do {
            let caseBase = try PagesFixture.caseBase()
            _ = try await store.synchronize(with: caseBase)
            let pipeline = try TextPipeline.standard(registry: caseBase.ledger.registry)
            let linker = CandidateLinker(tests: caseBase.ledger.tests, rules: .standard, asOf: PagesFixture.asOf)
            let ingested = try await store.ingest(
                try pipeline.code(Data(article.utf8), name: "wire.txt"), name: "wire.txt", linker: linker,
                actor: "maria <b>analyst</b>")
            if let help = try await store.candidates(status: .candidate).first(where: { $0.reading.type == "support" })
            {
                _ = try await store.decide(help.id, accept: true, actor: "maria <b>analyst</b>")
            }
            let candidates = try await store.candidates(status: nil)
            let reading = LedgerReading(ledger: try await store.ledger(), rules: .standard, asOf: PagesFixture.asOf)
            let id = ingested.documentID
            guard let test = TestDocument(id: "cli-2020-attack", reading: reading),
                let source = SourceDocument(
                    id: id, reading: reading, stored: try await store.document(id),
                    candidates: try await store.candidates(documentID: id))
            else { throw GalleryError.empty("no reviewed test or source") }
            let reviewed = Reviewed(
                candidates: candidates, audit: try await store.auditTrail(), test: test,
                testAudit: try await store.auditTrail(entity: "test", entityID: "cli-2020-attack"),
                quotes: EvidenceQuotes(candidates: candidates), source: source,
                sourceAudit: try await store.auditTrail(entity: "document", entityID: id)
                    + store.auditTrail(entity: "candidate", entityIDs: source.candidates.map(\.id)))
            await store.close()
            return reviewed
        } catch {
            await store.close()
            throw error
        }
    }

    enum GalleryError: Error {
        case empty(String)
    }
}
