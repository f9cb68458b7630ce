import SteadfastCore
import SteadfastStore
import Testing

@testable import SteadfastPages

/// Every page of the built-in case base renders, with well-formed charts holding one mark per
/// patron, test, response and patron–client pair.
@Suite("Pages of the built-in case base")
struct BuiltInCaseBaseTests {
    let site = PageSite()

    @Test("the leaderboard and the network count every patron and pair")
    func overview() throws {
        let export = ExportDocument(try PagesFixture.builtInReading())
        for page in [site.leaderboard(export), site.network(export), site.ingest(), site.reviewQueue([])] {
            #expect(!page.body.contains("&lt;"), "markup escaped twice")
        }
        let forest = try #require(site.leaderboard(export).body.svg(id: "forest").flatMap(SVGInspector.inspect))
        #expect(forest.count(class: "estimate") == export.patrons.count && export.patrons.count > 5)
        let network = try #require(site.network(export).body.svg(id: "network").flatMap(SVGInspector.inspect))
        let pairs = Set(export.commitments.map { "\($0.patron)>\($0.client)" })
        #expect(network.count(class: "edge") == pairs.count)
        #expect(
            network.count(class: "patron") + network.count(class: "client")
                == Set(
                    pairs.flatMap {
                        $0.split(separator: ">").map(String.init)
                    }
                ).count)
    }

    @Test("every patron page has a timeline mark per test")
    func patrons() throws {
        let reading = try PagesFixture.builtInReading()
        for patron in reading.judgedPatrons {
            let document = try #require(PatronDocument(patron: patron, reading: reading))
            let page = site.patron(document)
            let timeline = try #require(page.body.svg(id: "timeline").flatMap(SVGInspector.inspect), "\(patron)")
            #expect(timeline.count(class: "test-mark") == document.tests.count, "\(patron)")
            #expect(!page.body.contains("<script"))
            #expect(!page.body.contains("&lt;"), "\(patron): markup escaped twice")
        }
    }

    @Test("every test page has a ladder with its verdicts and responses")
    func tests() throws {
        let reading = try PagesFixture.builtInReading()
        for test in reading.ledger.tests {
            let document = try #require(TestDocument(id: test.id, reading: reading))
            let page = site.test(document)
            let ladder = try #require(page.body.svg(id: "ladder").flatMap(SVGInspector.inspect), "\(test.id)")
            #expect(ladder.count(class: "realized") == document.verdicts.count, "\(test.id)")
            #expect(ladder.count(class: "response") == test.responses.count, "\(test.id)")
            #expect(!page.body.contains("<script"))
            #expect(!page.body.contains("&lt;"), "\(test.id): markup escaped twice")
        }
    }
}
