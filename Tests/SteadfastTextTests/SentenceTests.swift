import SteadfastCore
import Testing

@testable import SteadfastText

@Suite("Sentence splitting")
struct SentenceTests {
    private static let cases: [(String, [String])] = [
        (
            "The U.S. Army said it would leave. Troops began moving.",
            ["The U.S. Army said it would leave.", "Troops began moving."]
        ),
        ("Officials met in the U.S. The talks ended late.", ["Officials met in the U.S.", "The talks ended late."]),
        (
            "The offer came from the U.S. Moscow said it would respond.",
            ["The offer came from the U.S.", "Moscow said it would respond."]
        ),
        ("The U.S. Embassy said it was closed.", ["The U.S. Embassy said it was closed."]),
        ("The deal was signed by the U.K. and France.", ["The deal was signed by the U.K. and France."]),
        ("Sanctions from the E.U. are expected soon.", ["Sanctions from the E.U. are expected soon."]),
        ("The U.N. Security Council met.", ["The U.N. Security Council met."]),
        ("Aid was promised by the U.N. However, none came.", ["Aid was promised by the U.N.", "However, none came."]),
        ("Gen. Mark Holt and Lt. Col. Ana Reyes arrived.", ["Gen. Mark Holt and Lt. Col. Ana Reyes arrived."]),
        ("Maj. Smith, Sgt. Jones and Adm. Ruiz spoke.", ["Maj. Smith, Sgt. Jones and Adm. Ruiz spoke."]),
        ("Capt. Dale Ferris led the patrol.", ["Capt. Dale Ferris led the patrol."]),
        (
            "Gov. Ellen Park and Sen. Tom Wray disagreed with Rep. Lia Moss.",
            ["Gov. Ellen Park and Sen. Tom Wray disagreed with Rep. Lia Moss."]
        ),
        (
            "Pres. Alvarez met Mr. Grant, Mrs. Hale, Ms. Ortiz and Dr. Chen.",
            ["Pres. Alvarez met Mr. Grant, Mrs. Hale, Ms. Ortiz and Dr. Chen."]
        ),
        ("Prof. Ivan Petrov lives on St. James Street.", ["Prof. Ivan Petrov lives on St. James Street."]),
        ("The talks began on Jan. 5 and ended on Feb. 9.", ["The talks began on Jan. 5 and ended on Feb. 9."]),
        (
            "Troops arrived Mar. 3, left Apr. 20 and returned Aug. 14.",
            ["Troops arrived Mar. 3, left Apr. 20 and returned Aug. 14."]
        ),
        (
            "The vote is set for Sept. 12, with a recount on Sep. 30.",
            ["The vote is set for Sept. 12, with a recount on Sep. 30."]
        ),
        (
            "Meetings on Oct. 1, Nov. 2 and Dec. 3 were cancelled.",
            ["Meetings on Oct. 1, Nov. 2 and Dec. 3 were cancelled."]
        ),
        ("He lives at No. 10 Downing Street.", ["He lives at No. 10 Downing Street."]),
        ("She said no. The room fell silent.", ["She said no.", "The room fell silent."]),
        ("It was Russia vs. Ukraine again.", ["It was Russia vs. Ukraine again."]),
        ("Fuel, food, medicine, etc. were sent.", ["Fuel, food, medicine, etc. were sent."]),
        (
            "They sent fuel, food, etc. The convoy left at dawn.",
            ["They sent fuel, food, etc.", "The convoy left at dawn."]
        ),
        (
            "Some allies, e.g. Poland, sent tanks, i.e. heavy armour.",
            ["Some allies, e.g. Poland, sent tanks, i.e. heavy armour."]
        ),
        ("Acme Inc. signed with Delta Ltd. last week.", ["Acme Inc. signed with Delta Ltd. last week."]),
        ("Orbital Corp. and Vela Co. bid for the work.", ["Orbital Corp. and Vela Co. bid for the work."]),
        (
            "The contract went to Vela Co. The rivals protested.",
            ["The contract went to Vela Co.", "The rivals protested."]
        ),
        ("J. F. Kennedy spoke in Berlin.", ["J. F. Kennedy spoke in Berlin."]),
        ("George W. Bush visited the base.", ["George W. Bush visited the base."]),
        (
            "The fund holds 1.5 billion dollars, or 3.2% of output.",
            ["The fund holds 1.5 billion dollars, or 3.2% of output."]
        ),
        ("Growth reached 3.2%. Inflation fell.", ["Growth reached 3.2%.", "Inflation fell."]),
        ("He paused... Then he left.", ["He paused...", "Then he left."]),
        ("He paused ... and then left.", ["He paused ... and then left."]),
        ("He paused\u{2026} Then he left.", ["He paused\u{2026}", "Then he left."]),
        (
            "He said: \"We will fight.\" Then the line went dead.",
            ["He said: \"We will fight.\"", "Then the line went dead."]
        ),
        (
            "\u{201C}We will not retreat,\u{201D} she said. \u{201C}Never.\u{201D}",
            ["\u{201C}We will not retreat,\u{201D} she said.", "\u{201C}Never.\u{201D}"]
        ),
        ("\"Is this the end?\" he asked. Nobody answered.", ["\"Is this the end?\" he asked.", "Nobody answered."]),
        ("Will they come? Nobody knows! The wait goes on.", ["Will they come?", "Nobody knows!", "The wait goes on."]),
        ("\"Why now?\" Prime Minister Vance asked.", ["\"Why now?\" Prime Minister Vance asked."]),
        (
            "The ministry (which denied it) spoke. (Officials later resigned.) The case closed.",
            ["The ministry (which denied it) spoke.", "(Officials later resigned.)", "The case closed."]
        ),
        ("The force grew in 2015. 2016 was quieter.", ["The force grew in 2015.", "2016 was quieter."]),
        (
            "The talks ended. \"We are done,\" the envoy said.",
            ["The talks ended.", "\"We are done,\" the envoy said."]
        ),
        ("The strike hit at 8 p.m. The power failed.", ["The strike hit at 8 p.m.", "The power failed."]),
        ("The strike hit at 8 p.m. local time.", ["The strike hit at 8 p.m. local time."]),
        (
            "The vote was held in Washington, D.C. However, it was delayed.",
            ["The vote was held in Washington, D.C.", "However, it was delayed."]
        ),
        ("Gen. Smith spoke. Col. Reyes left.", ["Gen. Smith spoke.", "Col. Reyes left."]),
        (
            "The S-300 and F-16 were listed at example.com today.",
            ["The S-300 and F-16 were listed at example.com today."]
        ),
        ("The U.S.-led coalition struck again.", ["The U.S.-led coalition struck again."]),
        ("Allies Pledge Support Amid Border Crisis", ["Allies Pledge Support Amid Border Crisis"]),
        ("First paragraph here\n\nSecond paragraph here.", ["First paragraph here", "Second paragraph here."]),
        ("A line that wraps\nonto the next one.", ["A line that wraps\nonto the next one."]),
        ("  Padded text.  ", ["Padded text."]),
        ("", []),
    ]

    @Test("splits news text into sentences", arguments: cases)
    func split(text: String, expected: [String]) {
        let splitter = SentenceSplitter()
        let scalars = Array(text.unicodeScalars)
        let sentences = splitter.split(text).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
        #expect(sentences == expected)
    }

    @Test("spans are Unicode scalar offsets")
    func scalarOffsets() {
        let spans = SentenceSplitter().split("Caf\u{E9} talks \u{1F600} ended. Next one.")
        #expect(spans == [TextSpan(start: 0, end: 19), TextSpan(start: 20, end: 29)])
    }

    @Test("sentences keep their block, kind and repeat flag and never cross a block")
    func documentSentences() {
        let text =
            "Allies Meet Again\n\nThe talks began. They ended.\n\nA soldier at the front\n\nA soldier at the front"
        let blocks = [
            TextBlock(kind: .heading, span: TextSpan(start: 0, end: 17)),
            TextBlock(kind: .body, span: TextSpan(start: 19, end: 47)),
            TextBlock(kind: .caption, span: TextSpan(start: 49, end: 71)),
            TextBlock(kind: .caption, span: TextSpan(start: 73, end: 95), repeatOf: 2),
        ]
        let document = PreparedDocument(text: text, blocks: blocks, metadata: DocumentMetadata())
        let sentences = SentenceSplitter().sentences(in: document)
        #expect(
            sentences.map(\.text) == [
                "Allies Meet Again", "The talks began.", "They ended.", "A soldier at the front",
                "A soldier at the front",
            ])
        #expect(sentences.map(\.block) == [0, 1, 1, 2, 3])
        #expect(sentences.map(\.kind) == [.heading, .body, .body, .caption, .caption])
        #expect(sentences.map(\.isRepeat) == [false, false, false, false, true])
        #expect(
            sentences.map(\.span) == [
                TextSpan(start: 0, end: 17), TextSpan(start: 19, end: 35), TextSpan(start: 36, end: 47),
                TextSpan(start: 49, end: 71), TextSpan(start: 73, end: 95),
            ])
        #expect(sentences.allSatisfy { document.text(of: $0.span) == $0.text })
    }
}
