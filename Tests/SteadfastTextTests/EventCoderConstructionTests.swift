import SteadfastCore
import Testing

@testable import SteadfastText

/// Constructions of analysis pieces and wire copy the coder reads beyond a plain subject, verb and
/// object: fronted means, reciprocal help, reported speech, purpose clauses, pronoun objects,
/// comitative lists, summaries and dates told twice. Fictional states, sentences written for the tests.
@Suite("Event coder constructions")
struct EventCoderConstructionTests {
    static func code(_ texts: [String], date: String? = "2024-05") -> [String] {
        EventCoderTests.summary(EventCoderTests.code(texts, date: date))
    }

    @Test(
        "constructions code the right parties",
        arguments: [
            (
                "Through airstrikes, the deployment of soldiers and financial aid, Patronia supported Clientia.",
                ["PAT>CLI support 7 full"]
            ),
            (
                "The two are close, with Patronia sending jets to Clientia, and Clientia providing drones and missiles.",
                ["PAT>CLI support 4 full", "CLI>PAT support 4 full"]
            ),
            (
                "Adversaria was able to then pressure the Clientian forces to withdraw.",
                ["CLI>CLI outcome lostTerritory"]
            ),
            (
                "Adversarian commandos stormed Ruiz's residence, capturing him.",
                ["ADV>CLI threat regimeChangeOperation"]
            ),
            (
                "Adversarian troops entered the Clientian capital to capture Ruiz.",
                ["ADV>CLI threat regimeChangeOperation"]
            ),
            (
                "Patronian President Mendez arrives at a summit with Clientian President Ruiz (L) and Vassalian leader Ortega (R).",
                ["PAT>CLI other", "PAT>VAS other"]
            ),
            ("There have been two instances of Patronia failing to assist Clientia.", [String]()),
            ("Patronia and Clientia have long been allies.", [String]()),
            ("Patronia sent troops to Clientia in May, to help put down the protests.", ["PAT>CLI support 6 full"]),
            ("Patronia supported Ruiz, who held on despite factions seeking to oust him.", ["PAT>CLI support 1 full"]),
        ])
    func constructions(sentence: String, expected: [String]) {
        #expect(Self.code([sentence]) == expected)
    }

    @Test("a speaker's pronoun after a reporting verb is the speaker, and the claim is contested")
    func reportedSpeech() {
        let events = EventCoderTests.code([
            "Patronia sent troops to Clientia.", "Adversaria claims it informed Patronia.",
        ])
        #expect(EventCoderTests.summary(events) == ["PAT>CLI support 6 full", "ADV>PAT other"])
        #expect(events.last?.contested == true)
    }

    @Test("a planned flight is a contested report of intent toward the destination, not an outcome")
    func plannedFlight() {
        let events = EventCoderTests.code(["Ruiz has allegedly planned to flee to Patronia."])
        #expect(EventCoderTests.summary(events) == ["CLI>PAT other"])
        #expect(events.first?.cameo == "01")
        #expect(events.first?.contested == true)
        #expect(
            EventCoderTests.summary(EventCoderTests.code(["Ruiz fled to Patronia."])) == ["CLI>CLI outcome regimeFell"])
    }

    @Test("a date written as a point of comparison does not date the event")
    func comparisonDates() {
        let text = "Adversaria then forced the Clientian forces to retreat, without the losses seen in 2020."
        let sentence = Sentence(
            span: TextSpan(start: 0, end: text.unicodeScalars.count), text: text, block: 0, kind: .body, isRepeat: false
        )
        let year = Self.span(of: "2020", in: text)
        let dates = [
            DateMention(date: PartialDate(iso: "2023")!, kind: .carried, span: nil),
            DateMention(date: PartialDate(iso: "2020")!, kind: .partial, span: year),
        ]
        let events = EventCoderTests.coder.code([sentence], dates: [dates])
        #expect(events.map(\.date) == [PartialDate(iso: "2023")])
    }

    @Test("a threat told again without a date of its own keeps the date it was first told with")
    func repeatedThreatDates() {
        let texts = [
            "Adversaria captured Ruiz on 3 January 2026.",
            "Patronia condemned the raid in February 2026.",
            "Adversarian commandos stormed Ruiz's residence, capturing him.",
        ]
        var offset = 0
        let sentences = texts.map { text -> Sentence in
            defer { offset += text.unicodeScalars.count + 1 }
            return Sentence(
                span: TextSpan(start: offset, end: offset + text.unicodeScalars.count), text: text, block: 0,
                kind: .body, isRepeat: false)
        }
        let dates = [
            [
                DateMention(
                    date: PartialDate(iso: "2026-01-03")!, kind: .absolute,
                    span: Self.span(of: "3 January 2026", in: texts[0]))
            ],
            [
                DateMention(
                    date: PartialDate(iso: "2026-02")!, kind: .partial,
                    span: Self.span(of: "February 2026", in: texts[1]))
            ],
            [],
        ]
        let events = EventCoderTests.coder.code(sentences, dates: dates)
        #expect(events.map(\.date?.description) == ["2026-01-03", "2026-02", "2026-01-03"])
    }

    @Test("a demonym's plural names its state's people")
    func demonymPlurals() {
        #expect(ActorLexicon.demonymPlural("American") == ["americans"])
        #expect(ActorLexicon.demonymPlural("Azerbaijani") == ["azerbaijanis"])
        #expect(ActorLexicon.demonymPlural("Chinese") == nil)
        #expect(ActorLexicon.demonymPlural("the Kremlin") == nil)
    }

    static func span(of phrase: String, in text: String) -> TextSpan {
        let scalars = Array(text.unicodeScalars)
        let target = Array(phrase.unicodeScalars)
        let start = (0...(scalars.count - target.count)).first { Array(scalars[$0..<($0 + target.count)]) == target }!
        return TextSpan(start: start, end: start + target.count)
    }
}
