import SteadfastCore
import Testing

@testable import SteadfastText

/// Each coded event says where its date comes from, so that review asks only about the dates its
/// sentence does not give.
@Suite("Date basis")
struct DateBasisTests {
    /// Sentences with the dates written in them, each found by its text; spans are within the sentence.
    static func code(_ texts: [(String, [(String, String)])]) -> [CodedEvent] {
        var offset = 0
        var sentences: [Sentence] = []
        var dates: [[DateMention]] = []
        for (text, written) in texts {
            let length = text.unicodeScalars.count
            sentences.append(
                Sentence(
                    span: TextSpan(start: offset, end: offset + length), text: text, block: 0, kind: .body,
                    isRepeat: false))
            dates.append(
                written.map { phrase, iso in
                    let found = text.range(of: phrase)!
                    let start = text.unicodeScalars.distance(from: text.startIndex, to: found.lowerBound)
                    return DateMention(
                        date: PartialDate(iso: iso)!, kind: .absolute,
                        span: TextSpan(start: start, end: start + phrase.unicodeScalars.count))
                })
            offset += length + 1
        }
        return EventCoderTests.coder.code(sentences, dates: dates)
    }

    @Test("a date written in the sentence, one taken from the sentences before, and a threat told again")
    func bases() {
        let events = Self.code([
            ("Adversaria attacked Clientia on May 2, 2020.", [("May 2, 2020", "2020-05-02")]),
            ("Patronia sent troops to Clientia on June 1, 2020.", [("June 1, 2020", "2020-06-01")]),
            ("Patronia also sent drones to Clientia.", []),
            ("Adversaria attacked Clientia.", []),
        ])
        #expect(
            events.map { "\($0.reading.type) \($0.date?.description ?? "-") \($0.dateBasis.rawValue)" } == [
                "threat 2020-05-02 written", "support 2020-06-01 written", "support 2020-06-01 context",
                "threat 2020-05-02 retold",
            ])
        #expect(events.map(\.dateBasis.needsCheck) == [false, false, true, true])
        #expect(DateBasis.reviewer.caution == nil)
    }

    @Test("a date carried into the sentence by the date finder is from context")
    func carried() {
        let sentences = [
            Sentence(
                span: TextSpan(start: 0, end: 38), text: "Patronia sent troops to Clientia then.", block: 0,
                kind: .body, isRepeat: false)
        ]
        let dates = [[DateMention(date: PartialDate(iso: "2021-03")!, kind: .carried, span: nil)]]
        let events = EventCoderTests.coder.code(sentences, dates: dates)
        #expect(events.map(\.dateBasis) == [.context])
        #expect(events.first?.date == PartialDate(iso: "2021-03"))
    }
}
