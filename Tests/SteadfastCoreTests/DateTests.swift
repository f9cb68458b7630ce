import Testing

@testable import SteadfastCore

@Suite("Days and partial dates")
struct DateTests {
    @Test(
        "days round-trip through their components",
        arguments: [
            (1970, 1, 1, 0), (2000, 2, 29, 11016), (1945, 5, 8, -9004), (2026, 1, 3, 20456),
        ])
    func roundTrip(year: Int, month: Int, day: Int, ordinal: Int) {
        let value = Day(year: year, month: month, day: day)
        #expect(value?.ordinal == ordinal)
        #expect(value.map { $0.components == (year, month, day) } == true)
    }

    @Test(
        "ISO dates parse at three precisions",
        arguments: [
            ("2020", "2020-01-01", "2020-12-31"),
            ("2020-02", "2020-02-01", "2020-02-29"),
            ("2023-09-19", "2023-09-19", "2023-09-19"),
        ])
    func parse(text: String, earliest: String, latest: String) throws {
        let date = try #require(PartialDate(iso: text))
        #expect(date.description == text)
        #expect(date.earliest.description == earliest)
        #expect(date.latest.description == latest)
    }

    @Test(
        "impossible and malformed dates are refused",
        arguments: [
            "2023-02-30", "2021-02-29", "2020-13", "2020-00-10", "20-01-01", "2020/01/01", "2020-1-5", "", "year",
        ])
    func refuse(text: String) {
        #expect(PartialDate(iso: text) == nil)
    }
}
