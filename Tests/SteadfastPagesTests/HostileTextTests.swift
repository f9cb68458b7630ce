import Foundation
import Logging
import SteadfastCore
import SteadfastStore
import SteadfastText
import Testing

@testable import SteadfastPages

/// Text from articles and the database reaches pages only escaped: no page rendered from hostile
/// data holds a `<script` or `<img` element, an event-handler attribute or a `javascript:` link.
@Suite("Hostile text")
struct HostileTextTests {
    let site = PageSite()

    static let article = """
        TITLE: Patronia <script>alert('title')</script> sends troops
        PUBLISHER: Example Wire & "Friends"
        DATE: 2020-10-02
        ---
        Adversaria attacked Clientia on September 27, 2020.

        Patronia sent troops to Clientia on October 1, 2020, "<script>alert('x')</script>" officials said \
        <img src=x onerror=alert(1)>.
        """

    static func assertInert(_ body: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lowered = body.lowercased()
        #expect(!lowered.contains("<script"), sourceLocation: sourceLocation)
        #expect(!lowered.contains("<img"), sourceLocation: sourceLocation)
        #expect(!lowered.contains("javascript:alert(1)\""), sourceLocation: sourceLocation)
        #expect(!lowered.contains("href=\"javascript"), sourceLocation: sourceLocation)
        #expect(!body.contains("'x'"), sourceLocation: sourceLocation)
    }

    @Test("every page of a ledger full of hostile text is inert, and the text is shown escaped")
    func ledgerPages() throws {
        let reading = try PagesFixture.hostileReading()
        let export = ExportDocument(reading)
        let escaped = HTML.escape(PagesFixture.hostile)
        let pages = [
            site.leaderboard(export), site.network(export),
            site.patron(try #require(PatronDocument(patron: "PAT", reading: reading))),
            site.test(try #require(TestDocument(id: "cli-2020-attack", reading: reading))),
        ]
        for page in pages {
            Self.assertInert(page.body)
            #expect(page.body.contains(escaped))
        }
        let test = site.test(try #require(TestDocument(id: "cli-2020-attack", reading: reading)))
        #expect(test.body.contains("<code>javascript:alert(1)</code>"))
        let forest = try #require(test.body.svg(id: "ladder").flatMap(SVGInspector.inspect))
        #expect(forest.count(class: "response") == 1)
    }

    @Test("an ingested hostile article is inert in the review queue and quoted escaped on its test page")
    func reviewQueue() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("steadfast-pages-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try await SQLLedgerStore.open(
            .sqliteFile(directory.appendingPathComponent("ledger.sqlite").path), logger: Logger(label: "test"))
        let caseBase = try PagesFixture.caseBase()
        _ = try await store.synchronize(with: caseBase)
        let pipeline = try TextPipeline.standard(registry: caseBase.ledger.registry)
        let linker = CandidateLinker(tests: caseBase.ledger.tests, rules: .standard, asOf: PagesFixture.asOf)
        _ = try await store.ingest(
            try pipeline.code(Data(Self.article.utf8), name: "wire.txt"), name: "wire.txt", linker: linker)
        let waiting = try await store.candidates(status: nil)
        let help = try #require(waiting.first { $0.reading.type == "support" })
        _ = try await store.decide(help.id, accept: true)
        let all = try await store.candidates(status: nil)
        let reading = LedgerReading(ledger: try await store.ledger(), rules: .standard, asOf: PagesFixture.asOf)
        await store.close()

        let queue = site.reviewQueue(all, notice: "decided <script>")
        Self.assertInert(queue.body)
        #expect(queue.body.count(of: "<form class=\"decide\"") == all.count { $0.status == .candidate })
        let pending = try #require(all.first { $0.status == .candidate })
        #expect(queue.body.contains("action=\"/review/\(pending.id)\""))
        #expect(queue.body.contains("name=\"decision\" value=\"accept\""))
        #expect(queue.body.contains("name=\"decision\" value=\"reject\""))
        for field in ["level", "scale", "test", "threat", "token"] {
            #expect(queue.body.contains("name=\"\(field)\""))
        }
        #expect(queue.body.contains(HTML.escape(help.text)))

        let document = try #require(TestDocument(id: "cli-2020-attack", reading: reading))
        let page = site.test(document, quotes: EvidenceQuotes(candidates: all))
        Self.assertInert(page.body)
        #expect(page.body.contains("<blockquote class=\"evidence stored\">\(HTML.escape(help.text))</blockquote>"))
    }
}
