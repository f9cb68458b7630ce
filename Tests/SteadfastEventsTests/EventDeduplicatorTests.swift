import SteadfastEvents
import Testing

@Suite("Collapsing duplicated and re-issued events")
struct EventDeduplicatorTests {
    @Test("the same id twice, and the same report under a new id, collapse into the first row")
    func rules() throws {
        let (_, rows) = try EventFixture.read("gdelt1-duplicates.tsv")
        var deduplicator = EventDeduplicator()
        let collapses = rows.map { deduplicator.admit($0) }
        #expect(collapses.prefix(5).allSatisfy { $0 == nil })
        #expect(collapses[5] == Collapse(rule: .sameID, keptID: "101"))
        #expect(collapses[6] == Collapse(rule: .reissued, keptID: "102"))
        #expect(collapses[7] == nil, "a row without a URL is never matched by content")
    }

    @Test("ICEWS rows reporting the same sentence collapse")
    func icews() throws {
        let (_, rows) = try EventFixture.read("icews.tab", dataset: .icews)
        var deduplicator = EventDeduplicator()
        #expect(rows.map { deduplicator.admit($0)?.rule } == [nil, nil, .reissued, nil])
    }

    @Test("a tally counts events, sums scores and keeps a sample of addresses and ids")
    func tally() throws {
        let (_, rows) = try EventFixture.read("gdelt1-58.tsv")
        var tally = EventTally()
        for row in rows.prefix(2) { tally.add(row) }
        #expect(tally.events == 2 && tally.goldstein == 6.8 && tally.sources == 3 && tally.articles == 4)
        #expect(tally.urls == ["http://example.org/a", "http://example.org/b"] && tally.rowIDs == ["101", "102"])
    }
}
