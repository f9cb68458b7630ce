import Foundation
import SteadfastCore
import Testing

@testable import SteadfastText

/// The records file and dictionaries written for these tests.
enum PetrarchCoderFixtures {
    static func directory() throws -> URL {
        let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return base.appendingPathComponent("petrarch-coder")
    }

    static func records() throws -> PetrarchRecordFile {
        try PetrarchRecordsReader.load(directory().appendingPathComponent("coder.records.xml"))
    }

    static func coder() throws -> PetrarchCoder {
        PetrarchCoder(lexicon: try PetrarchCoderLexicon.load(records().environment, from: directory()))
    }

    static func codings(_ written: [String]) -> Set<PetrarchCoding> {
        Set(
            written.map { line in
                let parts = line.split(separator: " ").map(String.init)
                return PetrarchCoding(source: parts[0], target: parts[1], code: parts[2])
            })
    }
}

/// Reading records files: environment, options where they stand, the ways of expecting nothing.
@Suite("PETRARCH records reader")
struct PetrarchRecordsReaderTests {
    @Test("the environment names the dictionaries")
    func environment() throws {
        let file = try PetrarchCoderFixtures.records()
        #expect(
            file.environment
                == PetrarchEnvironment(
                    verbs: "coder.verbs.txt", actors: ["coder.actors.txt"], agents: "coder.agents.txt",
                    discards: "coder.discards.txt"))
        #expect(file.records.count == 17)
    }

    @Test("several actors files, in one element or in several")
    func actorFiles() throws {
        let text = """
            <Environment><Actorfile>a.txt, b.txt</Actorfile>
            <Actorfile> c.txt </Actorfile></Environment>
            """
        #expect(try PetrarchRecordsReader.parse(text, file: "x.xml").environment.actors == ["a.txt", "b.txt", "c.txt"])
    }

    @Test("records keep id, category, date, text and codings; blanks around '=' are read")
    func records() throws {
        let records = try PetrarchCoderFixtures.records().records
        let pattern = try #require(records.first { $0.id == "PATTERN-01" })
        #expect(pattern.category == "PATTERN")
        #expect(pattern.date == Day(year: 2005, month: 6, day: 1))
        #expect(pattern.text == "Marento was freed from Kestrelia after long talks.")
        #expect(pattern.expected == PetrarchCoderFixtures.codings(["KST MAR 066"]))
        let unnamed = try #require(records.last)
        #expect(unnamed.id == "line \(unnamed.line)")
        #expect(!unnamed.isSentence)
        #expect(unnamed.text == "The Silent Watcher met Veloria & friends.")
    }

    @Test(
        "noevents, no coding and an error all expect no codings; the error is kept",
        arguments: [
            ("MODIFY-02", nil), ("MODIFY-03", nil), ("ERROR-01", "storydiscard"), ("ERROR-03", "bad_input_parse"),
        ]
            as [(String, String?)])
    func nothingExpected(id: String, error: String?) throws {
        let record = try #require(try PetrarchCoderFixtures.records().records.first { $0.id == id })
        #expect(record.expected.isEmpty)
        #expect(record.expectedError == error)
    }

    @Test("a <Config> changes the options from where it stands")
    func options() throws {
        let records = try PetrarchCoderFixtures.records().records
        let before = try #require(records.first { $0.id == "MODIFY-03" }).config
        let changed = try #require(records.first { $0.id == "MODIFY-04" }).config
        let after = try #require(records.first { $0.id == "ERROR-01" }).config
        #expect(before == PetrarchConfig())
        #expect(!changed.requireDyad)
        #expect(changed.closing.maximum == 0)
        #expect(after == PetrarchConfig())
    }

    @Test(
        "a malformed file is refused with its line",
        arguments: [
            ("<Sentences>\n<EventCoding eventcode=\"010\">", 2, "<EventCoding> outside a <Sentence>"),
            ("<Sentence id=\"A\" date=\"1995\">", 1, "bad date '1995'"),
            ("<Sentence id=A>", 1, "attribute 'id' is not quoted"),
            ("<!-- open\n", 1, "'<!--' is never closed by '-->'"),
        ])
    func malformed(text: String, line: Int, reason: String) {
        #expect(throws: TextError.badDictionary("bad.xml", line: line, reason: reason)) {
            try PetrarchRecordsReader.parse(text, file: "bad.xml")
        }
    }
}

/// The coder on sentences of the invented world, one construction each.
@Suite("PETRARCH coder")
struct PetrarchCoderTests {
    static let day = Day(year: 2005, month: 6, day: 1)

    @Test(
        "each construction codes as expected",
        arguments: [
            ("Veloria met Kestrelia in Port Arden.", ["VEL KST 031", "KST VEL 031"]),
            ("Kestrelia's foreign minister condemned Marento police.", ["KSTGOVFRM MARCOP 122"]),
            ("Soldiers from Veloria freed Marento lawmakers.", ["VELMIL MARLEG 066"]),
            ("The relief agency Veloria condemned Marento.", ["NGOVEL MAR 122"]),
            ("Marento was freed from Kestrelia.", ["KST MAR 066"]),
            ("Veloria sent gold coins to Marento.", ["VEL MAR 071"]),
            ("Veloria sent troops into Marento.", ["VEL MAR 182"]),
            ("Veloria and Kestrelia agree that the border should stay open.", ["VEL KST 030", "KST VEL 030"]),
            ("Marento agrees with Veloria and Kestrelia.", ["MAR VEL 031", "MAR KST 031"]),
            ("Marento condemned the Twin Isles.", ["MAR TWN 122", "MAR TWS 122"]),
            ("Kestrelia was opposed by Marento.", ["MAR KST 112"]),
            ("Kestrelia, the old rival, condemned Marento.", ["KST MAR 122"]),
            ("Veloria condemned Kestrelia and promised aid to Marento.", ["VEL KST 122", "VEL MAR 050"]),
            ("Veloria refused to promise aid to Kestrelia.", []),
            ("Veloria watched an anti- Marento parade.", []),
            ("The Silent Watcher met Veloria.", []),
            ("Veloria condemned the weather.", []),
        ])
    func construction(text: String, expected: [String]) throws {
        let result = try PetrarchCoderFixtures.coder().code(text, on: Self.day)
        #expect(result.codings == PetrarchCoderFixtures.codings(expected))
        #expect(result.rejection == nil)
    }

    @Test("a date-restricted name codes by the story's day; without one, by the code in force now")
    func dates() throws {
        let coder = try PetrarchCoderFixtures.coder()
        let text = "President Varga harshly condemned Marento."
        #expect(coder.code(text, on: Self.day).codings == PetrarchCoderFixtures.codings(["VELGOV MAR 123"]))
        #expect(
            coder.code(text, on: Day(year: 2012, month: 1, day: 1)).codings
                == PetrarchCoderFixtures.codings(["VELOPP MAR 123"]))
        #expect(coder.code(text, on: Day(year: 1999, month: 1, day: 1)).codings.isEmpty)
        #expect(coder.code(text, on: nil).codings == PetrarchCoderFixtures.codings(["VELOPP MAR 123"]))
    }

    @Test("without require_dyad a missing actor is coded ---; closing clauses go unless comma_emax is 0")
    func options() throws {
        let coder = try PetrarchCoderFixtures.coder()
        let text = "Veloria met Kestrelia, a senior official said."
        var config = PetrarchConfig()
        #expect(coder.code(text, on: Self.day, config: config).codings.count == 2)
        config.set("require_dyad", to: "False")
        #expect(coder.code(text, on: Self.day, config: config).codings.count == 2)
        config.set("comma_emax", to: "0")
        #expect(
            coder.code(text, on: Self.day, config: config).codings
                == PetrarchCoderFixtures.codings(["VEL KST 031", "KST VEL 031", "---GOV --- 023"]))
    }

    @Test("with new_actor_length, an unknown noun phrase short enough stands in for a missing actor")
    func newActors() throws {
        let coder = try PetrarchCoderFixtures.coder()
        let paired = { (source: String, target: String) in
            Set([
                PetrarchCoding(source: source, target: target, code: "031"),
                PetrarchCoding(source: target, target: source, code: "031"),
            ])
        }
        var config = PetrarchConfig()
        #expect(coder.code("The harbour master met Veloria.", on: Self.day, config: config).codings.isEmpty)
        config.set("new_actor_length", to: "3")
        #expect(
            coder.code("The harbour master met Veloria.", on: Self.day, config: config).codings
                == paired("\"HARBOUR MASTER\"", "VEL"))
        #expect(
            coder.code("Veloria met the harbour master.", on: Self.day, config: config).codings
                == paired("VEL", "\"THE HARBOUR MASTER\""))
        config.set("new_actor_length", to: "2")
        #expect(coder.code("Veloria met the harbour master.", on: Self.day, config: config).codings.isEmpty)
    }

    @Test(
        "discards and datelines set a sentence aside",
        arguments: [
            ("Veloria met Kestrelia before the football final.", PetrarchRejection.storyDiscard),
            ("Veloria met Kestrelia over chess.", .sentenceDiscard),
            ("PORT ARDEN: -- Veloria met Kestrelia.", .dateline),
        ])
    func rejections(text: String, rejection: PetrarchRejection) throws {
        let result = try PetrarchCoderFixtures.coder().code(text, on: Self.day)
        #expect(result == PetrarchCoderResult(rejection: rejection))
    }

    @Test("the records are scored exactly right or not, overall and by category")
    func evaluation() throws {
        let evaluation = PetrarchEvaluation(
            file: try PetrarchCoderFixtures.records(), coder: try PetrarchCoderFixtures.coder())
        #expect(evaluation.total == 17)
        #expect(evaluation.records.filter { !$0.correct }.map(\.id) == ["ERROR-03"])
        #expect(evaluation.correct == 16)
        #expect(evaluation.byCategory["ERROR"] == PetrarchEvaluation.Tally(correct: 2, total: 3, share: 2.0 / 3.0))
        #expect(evaluation.render().hasPrefix("exactly right: 16 of 17 (94.1%)"))
    }
}

/// PETRARCH's own validation records, when `STEADFAST_SHARED` points to the shared folder.
@Suite(
    "PETRARCH unit-test records",
    .enabled(if: ProcessInfo.processInfo.environment["STEADFAST_SHARED"] != nil))
struct PetrarchUnitTestRecordsTests {
    @Test("the coder gets at least 80% of the records exactly right from their raw text")
    func share() throws {
        let shared = ProcessInfo.processInfo.environment["STEADFAST_SHARED"] ?? "/work/shared"
        let base = URL(fileURLWithPath: shared).appendingPathComponent("data/eventcoding/petrarch2")
        let file = try PetrarchRecordsReader.load(base.appendingPathComponent("text/PETR.UnitTest.records.xml"))
        let lexicon = try PetrarchCoderLexicon.load(
            file.environment, from: base.appendingPathComponent("dictionaries"))
        let evaluation = PetrarchEvaluation(file: file, coder: PetrarchCoder(lexicon: lexicon))
        #expect(evaluation.total == 284)
        #expect(evaluation.share >= 0.80)
    }
}
