import SteadfastCore
import Testing

@testable import SteadfastText

@Suite("Dates in sentences")
struct DateTests {
    /// Sentence, publication date, expected date, kind. 2026-01-09 is a Friday.
    private static let expressions: [(String, String, String, DateMention.Kind)] = [
        ("The talks began on January 3, 2026.", "2026-01-09", "2026-01-03", .absolute),
        ("The talks began on Jan. 3, 2026.", "2026-01-09", "2026-01-03", .absolute),
        ("It happened on 3 January 2026.", "2026-01-09", "2026-01-03", .absolute),
        ("It happened on 3 Jan 2026.", "2026-01-09", "2026-01-03", .absolute),
        ("The complaint was filed on 2026-01-03.", "2026-01-09", "2026-01-03", .absolute),
        ("It began on January 3rd, 2026.", "2026-01-09", "2026-01-03", .absolute),
        ("The summit opened on October 22 2024.", "2026-01-09", "2024-10-22", .absolute),
        ("The attacks of Sept. 11, 2001 changed the alliance.", "2026-01-09", "2001-09-11", .absolute),
        ("Forces crossed on the 24th of February 2022.", "2026-01-09", "2022-02-24", .absolute),
        ("The truce of 28 February 2025 failed.", "2026-01-09", "2025-02-28", .absolute),
        ("Troops moved in on Jan 3.", "2026-01-09", "2026-01-03", .absolute),
        ("Fighting resumed on March 5.", "2026-01-09", "2025-03-05", .absolute),
        ("They met on December 31.", "2026-01-09", "2025-12-31", .absolute),
        ("The meeting was on Friday, January 2, 2026.", "2026-01-09", "2026-01-02", .absolute),
        ("The ceasefire held in June 2025.", "2026-01-09", "2025-06", .partial),
        ("June 2025 was the hardest month.", "2026-01-09", "2025-06", .partial),
        ("The treaty dates from January of 2024.", "2026-01-09", "2024-01", .partial),
        ("The army was rebuilt in 2023.", "2026-01-09", "2023", .partial),
        ("The base was used in the summer of 2024.", "2026-01-09", "2024", .partial),
        ("Shelling intensified in late December.", "2026-01-09", "2025-12", .partial),
        ("Elections are due in early 2026.", "2026-01-09", "2026", .partial),
        ("The dispute has simmered since 2015.", "2026-01-09", "2015", .partial),
        ("Aid arrived in mid-2024.", "2026-01-09", "2024", .partial),
        ("Aid arrived in mid-June.", "2026-01-09", "2025-06", .partial),
        ("Talks should end by the end of 2026.", "2026-01-09", "2026", .partial),
        ("Talks collapsed in June.", "2026-01-09", "2025-06", .partial),
        ("Talks opened in January.", "2026-01-09", "2026-01", .partial),
        ("The deal was signed today.", "2026-01-09", "2026-01-09", .relative),
        ("The deal was signed yesterday.", "2026-01-09", "2026-01-08", .relative),
        ("The envoy arrives tomorrow.", "2026-01-09", "2026-01-10", .relative),
        ("Shots were heard last night.", "2026-01-09", "2026-01-08", .relative),
        ("The minister spoke on Friday.", "2026-01-09", "2026-01-09", .relative),
        ("The minister spoke on Tuesday.", "2026-01-09", "2026-01-06", .relative),
        ("The minister spoke Sunday.", "2026-01-09", "2026-01-04", .relative),
        ("The minister spoke last Friday.", "2026-01-09", "2026-01-02", .relative),
        ("They will meet next Monday.", "2026-01-09", "2026-01-12", .relative),
        ("Talks continued this week.", "2026-01-09", "2026-01", .relative),
        ("The rebels advanced last week.", "2026-01-05", "2025-12", .relative),
        ("The vote is set for next week.", "2026-01-28", "2026-02", .relative),
        ("Exports fell last month.", "2026-01-09", "2025-12", .relative),
        ("Exports fell this month.", "2026-01-09", "2026-01", .relative),
        ("Prices will rise next month.", "2026-01-09", "2026-02", .relative),
        ("The base was expanded last year.", "2026-01-09", "2025", .relative),
        ("Spending rose this year.", "2026-01-09", "2026", .relative),
        ("Spending rose earlier this year.", "2026-03-10", "2026", .relative),
        ("Talks resumed last June.", "2026-01-09", "2025-06", .relative),
        ("The talks ended as 2026 has begun.", "2026-01-09", "2026-01", .relative),
        ("The talks ended as 2026 has begun.", "2026-03-02", "2026", .relative),
        ("The offensive started three days ago.", "2026-01-09", "2026-01-06", .relative),
        ("The offensive started two weeks ago.", "2026-01-09", "2025-12", .relative),
        ("The offensive started six months ago.", "2026-01-09", "2025-07", .relative),
        ("The offensive started 10 years ago.", "2026-01-09", "2016", .relative),
        ("A year ago the border was calm.", "2026-01-09", "2025", .relative),
        ("Spending rose this year.", "2026", "2026", .relative),
        ("Friday's vote was delayed.", "2026-01-09", "2026-01-09", .relative),
        ("Last Friday the vote was delayed.", "2026-01-09", "2026-01-02", .relative),
        ("Today the vote was delayed.", "2026-01-09", "2026-01-09", .relative),
        ("Memories of the 2022 invasion remain.", "2026-01-09", "2022", .partial),
        ("Troops left in the first week of March.", "2026-01-09", "2025-03", .partial),
        ("Pressure mounted late last year.", "2026-01-09", "2025", .relative),
        ("Talks were held on 3-5 March 2024.", "2026-01-09", "2024-03-03", .absolute),
        ("The cabinet met on Monday.", "2026-01-09", "2026-01-05", .relative),
    ]

    @Test("date expressions resolve to the calendar", arguments: expressions)
    func resolve(text: String, published: String, expected: String, kind: DateMention.Kind) throws {
        let resolver = DateResolver(published: PartialDate(iso: published))
        let mentions = resolver.mentions(in: text, context: nil)
        let mention = try #require(mentions.first)
        #expect(mentions.count == 1)
        #expect(mention.date.description == expected)
        #expect(mention.kind == kind)
    }

    @Test(
        "numbers that are not dates stay numbers",
        arguments: [
            "About 2,000 troops crossed the border.",
            "The convoy left at 20:00 local time.",
            "Leaders met at the 16th BRICS Summit.",
            "The council passed Resolution 2254 unanimously.",
            "The F-16 and S-300 systems were discussed.",
            "Some 1,960 peacekeepers remain.",
            "The conflict recalled the 1990s.",
            "Officials said 2023 recruits had joined.",
            "The 3/1/2026 deadline passed.",
            "Prime Minister May spoke to reporters.",
            "Article 5 may march the allies into war.",
            "The ships carried 1500 tonnes of grain.",
            "The report listed 2026 casualties.",
            "Black Friday sales fell.",
            "USA Today reported the move.",
            "April Moss and June Carter spoke.",
        ])
    func nonDates(text: String) {
        let resolver = DateResolver(published: PartialDate(iso: "2026-01-09"))
        #expect(resolver.mentions(in: text, context: nil).isEmpty)
    }

    @Test("mentions come in the order written, with spans relative to the text")
    func orderAndSpans() {
        let resolver = DateResolver(published: PartialDate(iso: "2026-01-09"))
        let text = "After talks in June 2025 failed, fighting resumed on Friday and again last month."
        let mentions = resolver.mentions(in: text, context: nil)
        #expect(mentions.map(\.date.description) == ["2025-06", "2026-01-09", "2025-12"])
        #expect(mentions.map(\.kind) == [.partial, .relative, .relative])
        let scalars = Array(text.unicodeScalars)
        let written = mentions.compactMap(\.span).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(written == ["June 2025", "Friday", "last month"])
        let day = resolver.mentions(in: "Talks began on January 3, 2026, in Geneva.", context: nil)
        #expect(day.map(\.span) == [TextSpan(start: 15, end: 30)])
    }

    @Test("spans cover cues that belong to the date")
    func spanWords() {
        let resolver = DateResolver(published: PartialDate(iso: "2026-01-09"))
        let text = "Shelling grew in late December, eased earlier this year and stopped three days ago."
        let scalars = Array(text.unicodeScalars)
        let written = resolver.mentions(in: text, context: nil).compactMap(\.span).map {
            String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
        #expect(written == ["late December", "earlier this year", "three days ago"])
    }

    @Test("a second date joined to the first is read too")
    func ranges() {
        let resolver = DateResolver(published: PartialDate(iso: "2026-01-09"))
        let months = resolver.mentions(in: "Talks ran from March to June.", context: nil)
        #expect(months.map(\.date.description) == ["2025-03", "2025-06"])
        let years = resolver.mentions(in: "Troops pulled back between 2014 and 2016.", context: nil)
        #expect(years.map(\.date.description) == ["2014", "2016"])
        let shared = resolver.mentions(in: "Between June and August 2024 the army regrouped.", context: nil)
        #expect(shared.map(\.date.description) == ["2024-06", "2024-08"])
        let span = resolver.mentions(in: "The war raged in 2014-16 and again in 2019-2020.", context: nil)
        #expect(span.map(\.date.description) == ["2014", "2019"])
    }

    @Test("a month without a year takes the context's year")
    func contextYear() {
        let resolver = DateResolver(published: PartialDate(iso: "2026-01-09"))
        let mentions = resolver.mentions(in: "In June, talks resumed.", context: PartialDate(iso: "2014-03"))
        #expect(mentions.map(\.date.description) == ["2014-06"])
        let within = resolver.mentions(in: "It began on March 3, 2014, and ended on May 9.", context: nil)
        #expect(within.map(\.date.description) == ["2014-03-03", "2014-05-09"])
    }

    @Test("without a publication date relative expressions are not resolved")
    func unknownPublication() {
        let resolver = DateResolver(published: nil)
        #expect(resolver.mentions(in: "The deal was signed yesterday, on Friday, last month.", context: nil).isEmpty)
        #expect(resolver.mentions(in: "Talks collapsed in June.", context: nil).isEmpty)
        #expect(
            resolver.mentions(in: "Talks collapsed in June 2025.", context: nil).map(\.date.description) == ["2025-06"])
    }

    @Test("sentences without a date carry the latest explicit one, and a month takes its year")
    func carried() {
        let texts: [(String, BlockKind, Int)] = [
            ("Allies Hold Firm", .heading, 0),
            ("Fighting broke out on March 3, 2014.", .body, 1),
            ("Rebels seized the airport.", .body, 1),
            ("In June, the army struck back.", .body, 2),
            ("A photo from 2019 shows the square.", .caption, 3),
            ("The government fell on October 5.", .body, 4),
            ("Talks followed.", .body, 4),
            ("A New Report", .heading, 0),
        ]
        let sentences = texts.map { text, kind, block in
            Sentence(span: TextSpan(start: 0, end: 0), text: text, block: block, kind: kind, isRepeat: false)
        }
        let dates = DateResolver(published: PartialDate(iso: "2026-01-09")).resolve(sentences)
        #expect(
            dates.map { $0.map(\.date.description) } == [
                [], ["2014-03-03"], ["2014-03-03"], ["2014-06"], ["2019"], ["2014-10-05"], ["2014-10-05"], [],
            ])
        #expect(
            dates.map { $0.map(\.kind) } == [
                [], [.absolute], [.carried], [.partial], [.partial], [.absolute], [.carried], [],
            ])
        #expect(dates[2].first?.span == nil)
    }
}
