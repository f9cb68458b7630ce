import Foundation
import SteadfastCore
import SteadfastText
import Testing

@testable import SteadfastPages
@testable import SteadfastStore

/// Every change shows on the page of the thing changed: who, when, what, the fields that changed,
/// and the record before and after, all escaped.
@Suite("Changes on pages")
struct AuditPagesTests {
    let site = PageSite()

    static let when = Date(timeIntervalSince1970: 1_795_794_180)  // 2026-11-27 15:43 UTC

    static func entry(
        _ id: Int, action: String, entity: String, entityID: String, before: String?, after: String?,
        actor: String = "maria"
    ) -> AuditEntry {
        AuditEntry(
            id: id, at: when, actor: actor, action: action, entity: entity, entityID: entityID, before: before,
            after: after)
    }

    @Test("the changed fields are named with their old and new values; lists by length, long text cut")
    func fieldChanges() {
        let long = String(repeating: "a", count: 120)
        let changes = AuditSection.changes(
            before: #"{"id":"t-1","started":"2026","responses":[{"id":"r-1"}],"summary":"short","place":null}"#,
            after:
                #"{"id":"t-1","started":"2026-01-05","responses":[{"id":"r-1"},{"id":"r-2"}],"summary":"\#(long)","ended":"2026-02"}"#
        )
        #expect(changes.map(\.field) == ["ended", "place", "responses", "started", "summary"])
        #expect(changes[0] == AuditSection.FieldChange(field: "ended", before: nil, after: #""2026-02""#))
        #expect(changes[1] == AuditSection.FieldChange(field: "place", before: "none", after: nil))
        #expect(changes[2] == AuditSection.FieldChange(field: "responses", before: "1 item", after: "2 items"))
        #expect(changes[3] == AuditSection.FieldChange(field: "started", before: #""2026""#, after: #""2026-01-05""#))
        #expect(changes[4].after?.count == 80 && changes[4].after?.hasSuffix("…") == true)
        #expect(AuditSection.changes(before: nil, after: #"{"a":1}"#).isEmpty)
        #expect(AuditSection.changes(before: "not json", after: #"{"a":1}"#).isEmpty)
        #expect(AuditSection.changes(before: #"{"a":[1,2]}"#, after: #"{"a":[2,1]}"#).map(\.before) == ["2 items"])
    }

    @Test("a test's page lists its changes newest first, with actor, time, fields and records, escaped")
    func testPage() throws {
        let reading = try PagesFixture.reading()
        let document = try #require(TestDocument(id: "cli-2020-attack", reading: reading))
        let hostile = PagesFixture.hostile
        let audit = [
            Self.entry(
                3, action: "test.create", entity: "test", entityID: "cli-2020-attack", before: nil,
                after: #"{"title":"\#(hostile.replacingOccurrences(of: "\"", with: "\\\""))","responses":[]}"#),
            Self.entry(
                7, action: "test.update", entity: "test", entityID: "cli-2020-attack",
                before: #"{"responses":[],"started":"2020"}"#,
                after: #"{"responses":[{"id":"r-9"}],"started":"2020-09-27"}"#,
                actor: "bo <script>alert('x')</script>"),
        ]
        let page = site.test(document, audit: audit)
        HostileTextTests.assertInert(page.body)
        #expect(page.body.contains("<h2 id=\"changes\">Changes</h2>"))
        #expect(page.body.count(of: "class=\"audit-entry\"") == 2)
        let newest = try #require(page.body.range(of: "id=\"audit-7\""))
        let oldest = try #require(page.body.range(of: "id=\"audit-3\""))
        #expect(newest.lowerBound < oldest.lowerBound)
        #expect(page.body.contains("<time datetime=\"2026-11-27T15:43:00Z\">2026-11-27 15:43 UTC</time>"))
        #expect(page.body.contains(HTML.escape("bo <script>alert('x')</script>")))
        #expect(page.body.contains("<li><code>responses</code>: 0 items → 1 item</li>"))
        #expect(page.body.contains("<li><code>started</code>: &quot;2020&quot; → &quot;2020-09-27&quot;</li>"))
        #expect(page.body.contains("<p class=\"muted\">Created.</p>"))
        #expect(page.body.contains(HTML.escape("<img src=x onerror=alert(1)>")))

        let quiet = site.test(document)
        #expect(quiet.body.contains("class=\"muted audit-empty\""))
        #expect(quiet.body.count(of: "class=\"audit-entry\"") == 0)
    }

    @Test("a commitment's page shows its terms, the tests judged under it, its sources and its changes")
    func commitmentPage() throws {
        let reading = try PagesFixture.reading()
        let document = try #require(CommitmentDocument(id: "pat-cli-pact", reading: reading))
        #expect(CommitmentDocument(id: "no-such-commitment", reading: reading) == nil)
        let verdicts = reading.judgement.verdicts.filter { $0.derivation.expectingCommitment == "pat-cli-pact" }
        #expect(document.judged.map(\.test) == verdicts.map(\.testID))
        #expect(!document.judged.isEmpty)
        let edit = Self.entry(
            4, action: "commitment.put", entity: "commitment", entityID: "pat-cli-pact",
            before: #"{"kind":"defensePact","started":"1995"}"#, after: #"{"kind":"defensePact","started":"1995-05"}"#)
        let page = site.commitment(document, audit: [edit])
        let hostile = site.commitment(
            try #require(CommitmentDocument(id: "pat-cli-pact", reading: try PagesFixture.hostileReading())))
        HostileTextTests.assertInert(hostile.body)
        #expect(hostile.body.contains(HTML.escape(PagesFixture.hostile)))
        #expect(page.body.contains("href=\"/tests/\(verdicts[0].testID)\""))
        #expect(page.body.contains("data-action=\"commitment.put\""))
        #expect(page.body.contains("<li><code>started</code>: &quot;1995&quot; → &quot;1995-05&quot;</li>"))
        #expect(page.body.contains("class=\"source-page\" href=\"/sources/"))
    }

    @Test("the test page links each verdict to the commitment that set its expectation, and sources to their pages")
    func links() throws {
        let reading = try PagesFixture.reading()
        let document = try #require(TestDocument(id: "cli-2020-attack", reading: reading))
        let page = site.test(document)
        for verdict in document.verdicts {
            #expect(page.body.contains("href=\"\(SitePath.commitment(verdict.derivation.expectingCommitment))\""))
        }
        for source in document.sources {
            #expect(page.body.contains("href=\"\(SitePath.source(source.id))\""))
        }
        let network = site.network(ExportDocument(reading))
        #expect(network.body.contains("href=\"/commitments/pat-cli-pact\""))
    }

    @Test("a source's page shows the stored article, its candidates and their decisions, escaped")
    func sourcePage() throws {
        let reading = try PagesFixture.reading()
        let stored = StoredDocument(
            id: "doc-1", fingerprint: "abc", name: "wire.txt", title: "Wire " + PagesFixture.hostile,
            publisher: "Example Wire", url: "javascript:alert(1)", published: PartialDate(iso: "2020-10-02"),
            authors: [], ingestedAt: Self.when, text: "Patronia sent troops. " + PagesFixture.hostile)
        let candidate = ReviewCandidate(
            id: "doc-1-s2", documentID: "doc-1", sentence: TextSpan(start: 0, end: 21),
            text: "Patronia sent troops " + PagesFixture.hostile, source: "PAT", target: "CLI", cameo: "0871",
            reading: .support(.deployment, .full), date: PartialDate(iso: "2020-10-01"), caption: false,
            contested: false, testID: "cli-2020-attack", status: .accepted, note: "response r-doc-1-s2 added")
        let document = try #require(
            SourceDocument(id: "doc-1", reading: reading, stored: stored, candidates: [candidate]))
        #expect(SourceDocument(id: "nowhere", reading: reading, stored: nil, candidates: []) == nil)
        let audit = [
            Self.entry(1, action: "article.ingest", entity: "document", entityID: "doc-1", before: nil, after: "{}"),
            Self.entry(
                2, action: "candidate.accept", entity: "candidate", entityID: "doc-1-s2",
                before: #"{"status":"candidate","documentID":"doc-1"}"#,
                after: #"{"status":"accepted","documentID":"doc-1"}"#),
        ]
        let page = site.source(document, audit: audit)
        HostileTextTests.assertInert(page.body)
        #expect(page.body.contains("<tr id=\"candidate-doc-1-s2\" data-status=\"accepted\">"))
        #expect(page.body.contains("<code>javascript:alert(1)</code>"))
        #expect(page.body.contains("<details class=\"stored-text\">"))
        #expect(page.body.contains("<li><code>status</code>: &quot;candidate&quot; → &quot;accepted&quot;</li>"))
        #expect(page.body.count(of: "class=\"audit-entry\"") == 2)

        let many = (0...PageSite.candidatesShown).map { index in
            var copy = candidate
            copy.id = "doc-1-s\(index)"
            return copy
        }
        let crowded = site.source(
            try #require(SourceDocument(id: "doc-1", reading: reading, stored: stored, candidates: many)))
        #expect(crowded.body.count(of: "data-status=\"accepted\"") == PageSite.candidatesShown)
        #expect(crowded.body.contains("The first \(PageSite.candidatesShown) of \(PageSite.candidatesShown + 1);"))

        let cited = try #require(
            SourceDocument(id: "cli-wire-2020-10-01", reading: reading, stored: nil, candidates: []))
        #expect(cited.citedBy.map(\.test) == ["cli-2020-attack"])
        #expect(site.source(cited).body.contains("Not an ingested article"))
    }

    @Test("the page of every change names and links the thing each entry changed")
    func changesPage() {
        let entries = [
            Self.entry(1, action: "article.ingest", entity: "document", entityID: "doc 1", before: nil, after: "{}"),
            Self.entry(
                2, action: "candidate.reject", entity: "candidate", entityID: "doc-1-s3",
                before: #"{"documentID":"doc 1","status":"candidate"}"#,
                after: #"{"documentID":"doc 1","status":"rejected"}"#),
            Self.entry(3, action: "test.create", entity: "test", entityID: "t-doc-1-s4", before: nil, after: "{}"),
            Self.entry(
                4, action: "commitment.delete", entity: "commitment", entityID: "gone", before: "{}", after: nil),
            Self.entry(5, action: "token.create", entity: "token", entityID: "maria", before: nil, after: "{}"),
        ]
        let page = site.changes(entries, entity: nil, id: nil, limited: true)
        #expect(page.body.contains("href=\"/sources/doc%201\""))
        #expect(page.body.contains("href=\"/sources/doc%201#candidate-doc-1-s3\""))
        #expect(page.body.contains("href=\"/tests/t-doc-1-s4\""))
        #expect(!page.body.contains("href=\"/commitments/gone\""))
        #expect(page.body.contains("<p class=\"muted\">Removed.</p>"))
        #expect(page.body.contains("Only the 5 most recent are shown"))
        #expect(page.body.contains("aria-current=\"page\">Changes</a>"))
        let one = site.changes([], entity: "commitment", id: "<b>x</b>")
        #expect(one.body.contains("Changes to commitment <code>&lt;b&gt;x&lt;/b&gt;</code>."))
        #expect(one.body.contains("No change recorded."))
        #expect(SitePath.changes(entity: "test", id: "a&b") == "/changes?entity=test&id=a%26b")
    }

    @Test("the review queue marks a date the sentence does not give, and its form can correct the date")
    func reviewDates() {
        func candidate(_ id: String, _ basis: DateBasis) -> ReviewCandidate {
            ReviewCandidate(
                id: id, documentID: "doc-1", sentence: TextSpan(start: 0, end: 10), text: "Patronia sent drones.",
                source: "PAT", target: "CLI", cameo: "0871", reading: .support(.materiel, .full),
                date: PartialDate(iso: "2020-10"), caption: false, contested: false, testID: nil, status: .candidate,
                note: nil, dateBasis: basis)
        }
        let page = site.reviewQueue([candidate("c-1", .written), candidate("c-2", .context), candidate("c-3", .retold)])
        #expect(page.body.count(of: "class=\"date-check\"") == 2)
        #expect(page.body.contains("(date taken from the sentences around it: check)"))
        #expect(page.body.contains("(date the threat was first told with: check)"))
        #expect(page.body.count(of: "<input name=\"date\" value=\"\" placeholder=\"2020-10\"") == 3)
    }
}
