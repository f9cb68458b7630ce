import Foundation
import SteadfastCore
import Testing

@testable import SteadfastText

/// Fixtures and helpers shared by the PETRARCH dictionary suites.
enum PetrarchFixtures {
    static func url(_ name: String) throws -> URL {
        let base = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return base.appendingPathComponent("petrarch").appendingPathComponent(name)
    }

    static func day(_ year: Int, _ month: Int, _ day: Int) -> Day {
        Day(year: year, month: month, day: day)!
    }

    static func warning(_ file: String, _ line: Int, _ reason: String) -> TextError {
        .badDictionary(file, line: line, reason: reason)
    }

    /// The error a parse throws, or nil.
    static func error(_ parse: () throws -> Void) -> TextError? {
        do {
            try parse()
            return nil
        } catch {
            return error as? TextError
        }
    }
}

/// Actors dictionaries: phrases, codes split into root and role, date restrictions and precedence.
@Suite("PETRARCH actors dictionary")
struct PetrarchActorDictionaryTests {
    static func name(
        _ tokens: [String], _ code: String, _ role: String? = nil, from: Day? = nil, until: Day? = nil
    ) -> ActorName {
        ActorName(tokens: tokens, code: code, validFrom: from, validUntil: until, role: role)
    }

    @Test("every syntax feature of the composed dictionary gives exactly these names")
    func fixtureNames() throws {
        let dictionary = try PetrarchActorDictionary.load(PetrarchFixtures.url("zebraland.actors.txt"))
        let day = PetrarchFixtures.day
        let okapi = { (tokens: [String]) in
            [
                Self.name(tokens, "ZBL", "ELI", until: day(1993, 2, 28)),
                Self.name(tokens, "ZBL", "OPP", from: day(1993, 3, 1), until: day(1994, 12, 31)),
                Self.name(tokens, "ZBL", "GOV", from: day(1995, 1, 1), until: day(1999, 6, 30)),
                Self.name(tokens, "ZBL", "ELI", from: day(1999, 7, 1)),
            ]
        }
        let expected: [ActorName] =
            [
                Self.name(["zebraland"], "ZBL"), Self.name(["zebralander"], "ZBL"),
                Self.name(["stripe", "city"], "ZBL"), Self.name(["republic", "of", "zebraland"], "ZBL"),
                Self.name(["quagga", "federation"], "QGF", until: day(1991, 12, 21)),
                Self.name(["quagga"], "QGF", until: day(1991, 12, 21)),
                Self.name(["north", "zebraland"], "QGF", "ZBN", until: day(1991, 12, 20)),
                Self.name(["north", "zebraland"], "ZBN", from: day(1991, 12, 21)),
            ] + okapi(["mara", "okapi"]) + okapi(["president", "okapi"]) + [
                Self.name(["tomas", "dikdik"], "ZBL", "GOV", from: day(1999, 1, 1), until: day(2003, 6, 15)),
                Self.name(["tomas", "dikdik"], "ZBL", "ELI", from: day(2003, 6, 16)),
                Self.name(["general", "eland"], "ZBL", "MIL", until: day(1985, 1, 1)),
                Self.name(["general", "eland"], "ZBL", "REB", from: day(1985, 1, 2)),
                Self.name(["striped", "alliance"], "ZBL"), Self.name(["striped", "alliance"], "QGF"),
                Self.name(["zebra", "crossing"], "---"),
                Self.name(["old", "stripe", "palace"], "---", until: day(1999, 12, 31)),
                Self.name(["old", "stripe", "palace"], "ZBL", "GOV", from: day(2000, 1, 1)),
                Self.name(["stripe", "lottery"], "+++"), Self.name(["zebra", "derby"], "###"),
                Self.name(["al-stripe"], "ZBL", "REB"),
                Self.name(["z.l.", "army"], "ZBL", "MIL"),
                Self.name(["zebraland's", "parliament"], "ZBL", "LEG"),
            ]
        #expect(dictionary.names == expected)
        #expect(dictionary.warnings.isEmpty)
    }

    @Test(
        "a phrase resolves to the code TABARI would give on a day",
        arguments: [
            (["north", "zebraland"], PetrarchFixtures.day(1991, 12, 20), "QGF", "ZBN"),
            (["north", "zebraland"], PetrarchFixtures.day(1991, 12, 21), "ZBN", nil),
            (["mara", "okapi"], PetrarchFixtures.day(1994, 7, 1), "ZBL", "OPP"),
            (["mara", "okapi"], PetrarchFixtures.day(1999, 6, 30), "ZBL", "GOV"),
            (["mara", "okapi"], PetrarchFixtures.day(2024, 1, 1), "ZBL", "ELI"),
            (["quagga"], PetrarchFixtures.day(1990, 1, 1), "QGF", nil),
        ] as [([String], Day, String, String?)])
    func resolution(tokens: [String], day: Day, code: String, role: String?) throws {
        let dictionary = try PetrarchActorDictionary.load(PetrarchFixtures.url("zebraland.actors.txt"))
        let applying = dictionary.names.filter { $0.tokens == tokens && $0.applies(on: day) }
        #expect(applying.map(\.code) == [code])
        #expect(applying.map(\.role) == [role])
    }

    @Test("slips the real dictionaries contain are read as intended and warned about, naming the line")
    func slips() throws {
        let dictionary = try PetrarchActorDictionary.load(PetrarchFixtures.url("zebraland-slips.actors.txt"))
        let day = PetrarchFixtures.day
        #expect(
            dictionary.names == [
                Self.name(["gnu", "gazette"], "ZBL", "MED"),
                Self.name(["kudu", "kamara"], "ZBL", "GOV", from: day(1999, 1, 1), until: day(2001, 12, 31)),
                Self.name(["kudu", "kamara"], "ZBL", "ELI", from: day(2004, 1, 1)),
                Self.name(["impala", "ibekwe"], "ZBL", "GOV", from: day(2005, 5, 5), until: day(2009, 9, 9)),
                Self.name(["president", "ibekwe"], "ZBL", "GOV", from: day(2005, 5, 5), until: day(2009, 9, 9)),
            ])
        let file = "zebraland-slips.actors.txt"
        #expect(
            dictionary.warnings == [
                PetrarchFixtures.warning(file, 2, "text after the codes ignored: 'Newspapers\t$1,000'"),
                PetrarchFixtures.warning(
                    file, 4, "date '9901017' has 7 digits; read from its first 6 as PETRARCH does"),
                PetrarchFixtures.warning(
                    file, 5, "date '20040101' without '<', '>' or a range; read as '>' as PETRARCH does"),
                PetrarchFixtures.warning(file, 6, "entry 'lone word' has no code; skipped"),
                PetrarchFixtures.warning(file, 8, "entry 'impala ibekwe' has no code; read as a synonym of line 9"),
                PetrarchFixtures.warning(file, 11, "'120101-100101' ends before it starts and never applies"),
                PetrarchFixtures.warning(file, 13, "TABARI section <NOUN> holds no actors; skipped"),
            ])
    }

    @Test(
        "two-digit years 00-30 are 20xx and 31-99 are 19xx; eight digits are read as they stand",
        arguments: [
            ("300101", PetrarchFixtures.day(2030, 1, 1)), ("310101", PetrarchFixtures.day(1931, 1, 1)),
            ("000229", PetrarchFixtures.day(2000, 2, 29)), ("991231", PetrarchFixtures.day(1999, 12, 31)),
            ("18610412", PetrarchFixtures.day(1861, 4, 12)), ("20240229", PetrarchFixtures.day(2024, 2, 29)),
        ])
    func centuries(written: String, day: Day) throws {
        let dictionary = try PetrarchActorDictionary.parse("ZEBRALAND_ [ZBL >\(written)]", file: "dates.actors")
        #expect(dictionary.names.map(\.validFrom) == [day])
    }

    @Test(
        "malformed entries throw an error naming file and line",
        arguments: [
            ("ZEBRALAND_ [ZBL", 1, "missing ']'"),
            ("X\nZEBRALAND_ [AAA950601-990815]", 2, "bad code 'AAA950601-990815': expected letters and digits"),
            ("ZEBRALAND_ [950601-990815]", 1, "bad code '950601-990815': expected letters and digits"),
            ("ZEBRALAND_ [ZBL <9912]", 1, "bad date '9912': expected YYMMDD or YYYYMMDD"),
            ("ZEBRALAND_ [ZBL <99AB01]", 1, "bad date '99AB01': expected YYMMDD or YYYYMMDD"),
            ("ZEBRALAND_ [ZBL <991332]", 1, "impossible date '991332'"),
            ("ZEBRALAND_ [ZBL 990101/991231]", 1, "bad date '990101/991231': expected YYMMDD or YYYYMMDD"),
            ("\t[ZBL]", 1, "date restriction before any entry"),
            ("+ZEBRALANDER", 1, "synonym before any entry"),
            ("ZEBRALAND_\n+ZEBRALANDER [ZBL]", 2, "a synonym takes its entry's codes: put codes on the entry"),
            ("ZEBRALAND_\n+_", 2, "empty synonym"),
            ("_ [ZBL]", 1, "entry without a phrase"),
            ("# fine\n<!-- never closed\nZEBRALAND_ [ZBL]", 2, "'<!--' is never closed by '-->'"),
            ("<NOUN", 1, "expected a section tag such as <NOUN>"),
        ])
    func errors(text: String, line: Int, reason: String) {
        let error = PetrarchFixtures.error { _ = try PetrarchActorDictionary.parse(text, file: "bad.actors") }
        #expect(error == .badDictionary("bad.actors", line: line, reason: reason))
        #expect(error?.description == "bad.actors:\(line): \(reason)")
    }

    @Test("a file that is not UTF-8 text is refused as such")
    func notText() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("petrarch-\(UUID()).actors")
        try Data([0x5A, 0x42, 0x4C, 0xFF, 0xFE, 0x0A]).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: TextError.notText(url.lastPathComponent)) { try PetrarchActorDictionary.load(url) }
    }
}

/// Agents dictionaries: placement, plurals, substitution markers.
@Suite("PETRARCH agents dictionary")
struct PetrarchAgentDictionaryTests {
    typealias Agent = PetrarchAgentDictionary.Agent

    @Test("every syntax feature of the composed dictionary gives exactly these agents and warnings")
    func fixtureAgents() throws {
        let dictionary = try PetrarchAgentDictionary.load(PetrarchFixtures.url("zebraland.agents.txt"))
        let suffixed: [([String], String)] = [
            (["president"], "GOV"), (["presidents"], "GOV"), (["police"], "COP"),
            (["police", "officer"], "COP"), (["police", "officers"], "COP"), (["police", "official"], "COP"),
            (["rebel"], "REB"), (["rebels"], "REB"),
            (["attorney", "general"], "GOVJUD"), (["attorneys", "general"], "GOVJUD"),
            (["city", "council"], "GOVLOC"), (["city", "councils"], "GOVLOC"), (["city"], "LOC"), (["cities"], "LOC"),
            (["envoy"], "GOV"), (["envoys"], "GOV"), (["boss"], "BUS"), (["bosses"], "BUS"),
            (["church"], "REL"), (["churches"], "REL"), (["armed", "forces"], "MIL"),
        ]
        let expected =
            suffixed.map { Agent(tokens: $0.0, code: $0.1) } + [
                Agent(tokens: ["human", "rights", "group"], code: "NGO", placement: .prefix),
                Agent(tokens: ["human", "rights", "groups"], code: "NGO", placement: .prefix),
                Agent(tokens: ["village", "elder"], code: "CVL"), Agent(tokens: ["village", "elders"], code: "CVL"),
            ]
        #expect(dictionary.agents == expected)
        let file = "zebraland.agents.txt"
        #expect(
            dictionary.warnings == [
                PetrarchFixtures.warning(file, 18, "agent code closed with '}' instead of ']'"),
                PetrarchFixtures.warning(file, 19, "agent without a [code]; skipped"),
                PetrarchFixtures.warning(file, 20, "substitution marker !PERSON! is not defined; line skipped"),
            ])
    }

    @Test(
        "malformed agents throw an error naming file and line",
        arguments: [
            ("PRESIDENT [GOV]", "bad agent code 'GOV': expected ~CODE or CODE~"),
            ("PRESIDENT [~]", "bad agent code '~': expected ~CODE or CODE~"),
            ("PRESIDENT [~G-V]", "bad agent code '~G-V': expected ~CODE or CODE~"),
            ("PRESIDENT [~GOV", "missing ']'"),
            ("PRESIDENT {PRESIDENTS [~GOV]", "expected PHRASE {PLURAL} [CODE]"),
            ("[~GOV]", "agent without a phrase"),
            ("!PERSON = MAN, WOMAN", "a substitution set is defined as !NAME! = ITEM, ITEM"),
            ("!PERSON! = MAN,, WOMAN", "empty item in a substitution set"),
            ("!PERSON! = MAN\nCHAIR!PERSON [~GOV]", "substitution marker without its closing '!'"),
        ])
    func errors(text: String, reason: String) {
        let line = text.split(separator: "\n").count
        let error = PetrarchFixtures.error { _ = try PetrarchAgentDictionary.parse(text, file: "bad.agents") }
        #expect(error == .badDictionary("bad.agents", line: line, reason: reason))
    }
}

/// Verbs dictionaries: families, forms, patterns of both dialects, synsets, transformations.
@Suite("PETRARCH verbs dictionary")
struct PetrarchVerbDictionaryTests {
    typealias Element = PetrarchVerbDictionary.PatternElement
    typealias Pattern = PetrarchVerbDictionary.Pattern

    static func fixture() throws -> PetrarchVerbDictionary {
        try PetrarchVerbDictionary.load(PetrarchFixtures.url("zebraland.verbs.txt"))
    }

    @Test("synsets resolve with plurals, no-plural labels and members, and nested sets")
    func synsets() throws {
        #expect(
            try Self.fixture().synsets == [
                "CURRENCY": ["zebra dollar", "zebra dollars", "stripe", "stripes", "gold", "sanctions"],
                "AUXVERB": ["will", "is to"],
                "FIGHT_OF_WORDS": ["quarrel", "quarrels", "spat", "spats"],
                "ARMY": ["battalion", "battalions", "quarrel", "quarrels", "spat", "spats"],
            ])
    }

    @Test("verbs get their forms, verb word, code, family and line")
    func verbs() throws {
        let verbs = try Self.fixture().verbs
        let summary = verbs.map {
            [$0.forms.joined(separator: "|"), "\($0.verbWordIndex)", $0.code ?? "nil", $0.family, "\($0.line)"]
        }
        #expect(
            summary == [
                ["pledge|pledges|pledged|pledging", "0", "030", "PLEDGE", "24"],
                ["promise|promises|promised|promising", "0", "030", "PLEDGE", "25"],
                ["swear|swore|sworn|swears|swearing", "0", "032", "PLEDGE", "26"],
                ["hand over|hands over|handed over|handing over", "0", "030", "PLEDGE", "27"],
                ["wire tap|wire taps|wire taped|wire taping", "1", "030", "PLEDGE", "28"],
                ["re commit", "1", "033", "PLEDGE", "29"],
                ["assault|assaults|assaulted|assaulting", "0", "190", "ASSAULT", "46"],
                ["storm", "0", "190", "ASSAULT", "47"],
            ])
        #expect(verbs[0].patterns == verbs[5].patterns)
        #expect(verbs[7].patterns == [Pattern(before: [], after: [.gap, .word("positions")], code: "193", line: 48)])
    }

    @Test("patterns of both dialects become before and after elements with their code")
    func patterns() throws {
        let patterns = try Self.fixture().verbs[0].patterns
        #expect(
            patterns == [
                Pattern(
                    before: [],
                    after: [
                        .gap, .synset("CURRENCY"), .gap, .prepositionalPhrase(preposition: "to", object: [.target]),
                    ], code: "071", line: 30),
                Pattern(
                    before: [], after: [.gap, .nounPhrase([.word("military"), .word("aid")])], code: "072", line: 31),
                Pattern(
                    before: [],
                    after: [
                        .gap,
                        .prepositionalPhrase(
                            preposition: "for", object: [.nounPhrase([.word("financial"), .synset("CURRENCY")])]),
                    ],
                    code: "0231", line: 32),
                Pattern(before: [.word("failed"), .word("to")], after: [], code: "111", line: 33),
                Pattern(before: [.word("not"), .gap], after: [], code: "---", line: 34),
                Pattern(
                    before: [.target, .gap, .word("was"), .gap], after: [.word("by"), .gap, .source], code: "030",
                    line: 35),
                Pattern(before: [.compound, .gap], after: [], code: "030:030", line: 36),
                Pattern(
                    before: [], after: [.gap, .skipActor, .gap, .word("to"), .gap, .target], code: "031", line: 37),
                Pattern(before: [.synset("AUXVERB"), .gap], after: [], code: ":036", line: 38),
                Pattern(before: [], after: [.gap, .synset("FIGHT_OF_WORDS")], code: "110", line: 39),
                Pattern(before: [], after: [.gap, .synset("ARMY"), .word("units")], code: "150", line: 40),
                Pattern(
                    before: [],
                    after: [
                        .gap, .prepositionalPhrase(preposition: "with", object: [.word("visit")]), .gap, .word("visit"),
                    ],
                    code: "042:043", line: 43),
            ])
    }

    @Test("transformations and the slips passed over are reported in line order")
    func transformationsAndWarnings() throws {
        let dictionary = try Self.fixture()
        typealias Clause = PetrarchVerbDictionary.Transformation.Clause
        #expect(
            dictionary.transformations == [
                .init(
                    source: "a", embedded: Clause(source: "a", target: "b", action: "assault"), verb: "pledge",
                    result: Clause(source: "a", target: "b", action: "138"), line: 50)
            ])
        let file = "zebraland.verbs.txt"
        #expect(
            dictionary.warnings == [
                PetrarchFixtures.warning(file, 41, "synset &NOWHERE is not defined; pattern skipped"),
                PetrarchFixtures.warning(
                    file, 42, "alternative patterns { A | B } are not supported (nor by PETRARCH); skipped"),
                PetrarchFixtures.warning(file, 43, "unbalanced ')' ignored"),
                PetrarchFixtures.warning(file, 45, "a family has one code; [\"195\"] ignored"),
            ])
    }

    @Test("TABARI entries outside families: each verb its own family, forms on the next line, '=', tags and ~FINISH")
    func tabari() throws {
        let dictionary = try PetrarchVerbDictionary.load(PetrarchFixtures.url("tabari.verbs.txt"))
        #expect(dictionary.verbs.map(\.family) == ["BREAK", "HALT"])
        #expect(
            dictionary.verbs.map(\.forms) == [["break", "breaks", "breaked", "breaking", "broke", "broken"], ["halt"]])
        #expect(dictionary.verbs.map(\.code) == ["1717", "192"])
        #expect(dictionary.synsets == ["TIES": ["military", "militaries"]])
        #expect(
            dictionary.verbs[0].patterns.map(\.after) == [
                [.gap, .synset("TIES"), .gap, .word("treaty")], [.word("off")],
            ])
        #expect(dictionary.verbs[1].patterns.map(\.code) == ["164"])
        #expect(dictionary.warnings.isEmpty)
    }

    @Test(
        "regular forms follow English spelling",
        arguments: [
            ("CARRY", ["carry", "carries", "carried", "carrying"]), ("PLAY", ["play", "plays", "played", "playing"]),
            ("PRESS", ["press", "presses", "pressed", "pressing"]), ("TAX", ["tax", "taxes", "taxed", "taxing"]),
            ("SEIZE", ["seize", "seizes", "seized", "seizing"]), ("AGREE", ["agree", "agrees", "agreed", "agreeing"]),
            ("REACH", ["reach", "reaches", "reached", "reaching"]),
        ])
    func regularForms(verb: String, forms: [String]) throws {
        let dictionary = try PetrarchVerbDictionary.parse("--- X [010] ---\n\(verb)", file: "forms.verbs")
        #expect(dictionary.verbs.map(\.forms) == [forms])
    }

    @Test(
        "malformed verbs dictionaries throw an error naming file and line",
        arguments: [
            ("- * TALKS [031]", "pattern before any verb"),
            ("--- X [010] ---\n- * TALKS [031]", "pattern before any verb"),
            ("--- [010] ---", "family header without a name"),
            ("--- X [01 0] ---", "bad code '01 0'"),
            ("--- X [010] ---\nMEET\n- * (WITH + [031]", "')' is missing"),
            ("--- X [010] ---\nMEET\n- (WITH *) [031]", "'*' inside a group"),
            ("--- X [010] ---\nMEET\n- * () [031]", "a prepositional phrase ( ) starts with its preposition"),
            ("--- X [010] ---\nMEET\n- * {} [031]", "empty noun phrase {}"),
            ("--- X [010] ---\nMEET\n- * TALKS [031", "missing ']'"),
            ("--- X [010] ---\nMEET {MET", "expected {FORM FORM ...}"),
            ("{MET}", "verb forms before any verb"),
            ("&A\n+&B", "synset &B is not defined"),
            ("&A\n+&B\n&B\n+&A", "synset &A takes itself in"),
            ("& A", "bad synset label '& A'"),
            ("~ a (a b ATTACK SAY = a b 015", "expected a transformation: ~ a (a b VERB) VERB = a b CODE"),
        ])
    func errors(text: String, reason: String) {
        let line = text.split(separator: "\n").count
        let error = PetrarchFixtures.error { _ = try PetrarchVerbDictionary.parse(text, file: "bad.verbs") }
        #expect(error == .badDictionary("bad.verbs", line: line, reason: reason))
    }
}

/// The real TABARI/PETRARCH dictionaries in the shared folder, when `STEADFAST_SHARED` points to it.
@Suite(
    "PETRARCH dictionaries shipped with PETRARCH 2",
    .enabled(if: ProcessInfo.processInfo.environment["STEADFAST_SHARED"] != nil))
struct PetrarchRealDictionaryTests {
    static func url(_ name: String) -> URL {
        let shared = ProcessInfo.processInfo.environment["STEADFAST_SHARED"] ?? "/work/shared"
        return URL(fileURLWithPath: shared).appendingPathComponent("data/eventcoding/petrarch2/dictionaries/\(name)")
    }

    static func codes(_ dictionary: PetrarchActorDictionary, _ tokens: [String], on day: Day) -> [String] {
        dictionary.names.filter { $0.tokens == tokens && $0.applies(on: day) }.map { $0.code + ($0.role ?? "") }
    }

    @Test("Phoenix.Countries: more than 10,000 names; Armenia and Putin change codes on their dates")
    func countries() throws {
        let dictionary = try PetrarchActorDictionary.load(Self.url("Phoenix.Countries.actors.txt"))
        let day = PetrarchFixtures.day
        #expect(dictionary.names.count > 10_000)
        #expect(Self.codes(dictionary, ["armenia"], on: day(1990, 1, 1)) == ["USRARM"])
        #expect(Self.codes(dictionary, ["armenia"], on: day(1991, 12, 21)) == ["ARMUNR"])
        #expect(Self.codes(dictionary, ["armenia"], on: day(1991, 12, 22)) == ["ARM"])
        #expect(Self.codes(dictionary, ["vladimir", "putin"], on: day(1995, 6, 1)) == ["RUSELI"])
        #expect(Self.codes(dictionary, ["vladimir", "putin"], on: day(2004, 6, 1)) == ["RUSGOV"])
        #expect(Self.codes(dictionary, ["leonid", "brezhnev"], on: day(1975, 1, 1)) == ["RUSGOV"])
        #expect(Self.codes(dictionary, ["united", "states"], on: day(2024, 1, 1)) == ["USA"])
        #expect(dictionary.warnings.count < 100)
    }

    @Test(
        "the other actors dictionaries load with plausible counts",
        arguments: [
            ("Phoenix.International.actors.txt", 5_000), ("Phoenix.MilNonState.actors.txt", 1_000),
            ("PETR.Validate.actors.txt", 100),
        ])
    func actors(file: String, atLeast: Int) throws {
        let dictionary = try PetrarchActorDictionary.load(Self.url(file))
        #expect(dictionary.names.count >= atLeast)
    }

    @Test("Phoenix.agents: president, police and rebels qualify actors")
    func agents() throws {
        let dictionary = try PetrarchAgentDictionary.load(Self.url("Phoenix.agents.txt"))
        #expect(dictionary.agents.count > 2_000)
        let codes = { (tokens: [String]) in dictionary.agents.filter { $0.tokens == tokens }.map(\.code) }
        #expect(codes(["president"]) == ["GOV"])
        #expect(codes(["police"]) == ["COP"])
        #expect(codes(["rebels"]) == ["REB"])
        #expect(try PetrarchAgentDictionary.load(Self.url("PETR.Validate.agents.txt")).agents.count > 100)
    }

    @Test("CAMEO.2.0: 397 families, their patterns, 40 synsets and 8 transformations")
    func cameo() throws {
        let dictionary = try PetrarchVerbDictionary.load(Self.url("CAMEO.2.0.txt"))
        #expect(Set(dictionary.verbs.map(\.family)).count == 397)
        #expect(dictionary.verbs.count > 1_500)
        #expect(dictionary.synsets.count == 40)
        #expect(dictionary.transformations.count == 8)
        let ask = try #require(dictionary.verbs.first { $0.forms.first == "ask" })
        #expect(ask.code == "020")
        #expect(ask.patterns.count > 50)
    }

    @Test(
        "the other verbs dictionaries load",
        arguments: ["PETR.Validate.verbs.txt", "CAMEO.2.0_unsorted.txt", "CAMEO.verbpatterns.150430.txt"])
    func verbs(file: String) throws {
        let dictionary = try PetrarchVerbDictionary.load(Self.url(file))
        #expect(dictionary.verbs.count > 200)
    }
}
