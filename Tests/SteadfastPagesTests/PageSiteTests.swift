import SteadfastCore
import SteadfastStore
import Testing

@testable import SteadfastPages

/// Every page rendered from the small case base: the charts hold one mark per thing they count,
/// and pages link to each other by their stable paths.
@Suite("Pages")
struct PageSiteTests {
    let site = PageSite()

    private func chart(_ page: RenderedPage, _ id: String) throws -> SVGInspector {
        let svg = try #require(page.body.svg(id: id), "no <svg id=\"\(id)\">")
        let inspector = try #require(SVGInspector.inspect(svg), "<svg id=\"\(id)\"> is not well-formed")
        #expect(inspector.elements["title", default: 0] >= 1 && inspector.elements["desc"] == 1)
        #expect(svg.contains("aria-labelledby=\"\(id)-title \(id)-desc\""))
        return inspector
    }

    @Test("the leaderboard plots one estimate and interval per patron, on a 0–1 axis")
    func leaderboard() throws {
        let export = ExportDocument(try PagesFixture.reading())
        let page = site.leaderboard(export)
        #expect(page.status == 200 && page.contentType == "text/html; charset=utf-8")
        #expect(page.body.hasPrefix("<!DOCTYPE html>"))
        #expect(page.body.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        let forest = try chart(page, "forest")
        #expect(export.patrons.count == 1)
        #expect(forest.count(class: "estimate") == 1 && forest.count(class: "interval") == 1)
        #expect(forest.count(class: "tick") == 6 + 1)
        #expect(forest.texts.contains("Patronia"))
        #expect(page.body.contains("href=\"/patrons/PAT\""))
        #expect(page.body.contains("href=\"/tests/cli-2020-attack\""))
        #expect(page.body.contains("aria-current=\"page\">Leaderboard"))
    }

    @Test("the patron page has a timeline mark per test, the at-war split and links to the tests")
    func patron() throws {
        let document = try #require(PatronDocument(patron: "PAT", reading: try PagesFixture.reading()))
        let page = site.patron(document)
        let timeline = try chart(page, "timeline")
        #expect(timeline.count(class: "test-mark") == document.tests.count)
        #expect(timeline.count(class: "at-war") == 1)
        #expect(page.body.contains("data-verdict=\"honored\""))
        let split = try chart(page, "split")
        #expect(split.count(class: "estimate") == 2)
        #expect(page.body.contains("P(lower while at war elsewhere)"))
        #expect(page.body.contains("href=\"/tests/cli-2020-attack\""))
        #expect(page.body.contains("class=\"legend\""))
    }

    @Test("the test page shows the derivation, the ladder, cited evidence and contested claims side by side")
    func test() throws {
        let document = try #require(TestDocument(id: "cli-2020-attack", reading: try PagesFixture.reading()))
        let page = site.test(document)
        let ladder = try chart(page, "ladder")
        #expect(ladder.count(class: "realized") == document.verdicts.count)
        #expect(ladder.count(class: "expected") == document.verdicts.count)
        #expect(ladder.count(class: "response") == document.test.responses.count)
        #expect(page.body.contains("data-level=\"6\""))
        #expect(ladder.texts.contains("7 combat") && ladder.texts.contains("0 abstain"))
        let steps = try #require(document.verdicts.first?.derivation.steps)
        #expect(page.body.count(of: "<ol class=\"steps\">") == 1 && !steps.isEmpty)
        #expect(page.body.contains("href=\"https://wire.example.org/2020/10/01/patronia-troops\""))
        #expect(page.body.contains("Example Wire"))
        #expect(page.body.count(of: "<div class=\"sides contested\">") == 1)
        #expect(page.body.contains("<section class=\"for\"><h3>For</h3><p id=\"claim-cli-2020-claim-warned\">"))
        #expect(
            page.body.contains("<section class=\"against\"><h3>Against</h3><p id=\"claim-cli-2020-claim-not-warned\">"))
    }

    @Test("the network draws each patron, each client and one edge per pair, coloured by kind")
    func network() throws {
        let export = ExportDocument(try PagesFixture.reading())
        let page = site.network(export)
        let network = try chart(page, "network")
        #expect(network.count(class: "patron") == 1 && network.count(class: "client") == 1)
        #expect(network.count(class: "edge") == 1)
        #expect(page.body.contains("data-kind=\"collectiveSecurity\""))
        #expect(page.body.contains("collectiveSecurity</li>"))
    }

    @Test("the network is laid out the same way every time")
    func deterministic() throws {
        let export = ExportDocument(try PagesFixture.builtInReading())
        #expect(site.network(export).body == site.network(export).body)
    }

    @Test("the ingest form posts its fields to /ingest and keeps submitted values escaped")
    func ingest() {
        let page = site.ingest(IngestForm(title: PagesFixture.hostile), error: PagesFixture.hostile)
        #expect(page.body.contains("<form class=\"ingest\" method=\"post\" action=\"/ingest\">"))
        #expect(page.body.contains("<input name=\"token\" type=\"password\""))
        for field in ["title", "url", "publisher", "published"] {
            #expect(page.body.contains("name=\"\(field)\""))
        }
        #expect(page.body.contains("<textarea name=\"text\" required>"))
        #expect(page.body.contains("value=\"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(!page.body.contains("<script") && !page.body.contains("<img"))
    }

    @Test("an empty ledger still gives a leaderboard and a network with their axes and no marks")
    func empty() throws {
        let export = ExportDocument(LedgerReading(ledger: Ledger(), rules: .standard, asOf: PagesFixture.asOf))
        let forest = try chart(site.leaderboard(export), "forest")
        #expect(forest.count(class: "estimate") == 0 && forest.count(class: "axis") == 1)
        let network = try chart(site.network(export), "network")
        #expect(network.count(class: "edge") == 0 && network.count(class: "patron") == 0)
        #expect(site.reviewQueue([]).body.contains("Nothing waits for review."))
    }

    @Test("an unknown path gets a 404 page that shows the path escaped")
    func notFound() {
        let page = site.notFound(path: "/nope/<script>alert(1)</script>")
        #expect(page.status == 404)
        #expect(page.body.contains("<code>/nope/&lt;script&gt;alert(1)&lt;/script&gt;</code>"))
        #expect(page.body.contains("href=\"/\""))
    }
}
