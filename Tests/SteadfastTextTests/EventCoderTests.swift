import SteadfastCore
import Testing

@testable import SteadfastText

/// The coder on one sentence at a time, for each pattern family, with a small lexicon.
@Suite("Event coder")
struct EventCoderTests {
    static let coder: EventCoder = {
        var actors = ActorLexicon()
        for (phrase, code) in [
            ("Patronia", "PAT"), ("Patronian", "PAT"), ("the Palace", "PAT"), ("Clientia", "CLI"),
            ("Clientian", "CLI"), ("Adversaria", "ADV"), ("Adversarian", "ADV"), ("Borderland", "CLI"),
            ("Vassalia", "VAS"), ("Vassalian", "VAS"),
        ] {
            actors.add(ActorName(tokens: ActorLexicon.tokens(of: phrase), code: code))
        }
        actors.add(ActorName(tokens: ["ruiz"], code: "CLI", role: "GOV"))
        actors.add(ActorName(tokens: ["ortega"], code: "VAS", role: "GOV"))
        actors.add(
            ActorName(
                tokens: ["mendez"], code: "CLI", validFrom: Day(year: 2010, month: 1, day: 1),
                validUntil: Day(year: 2019, month: 12, day: 31)))
        actors.add(ActorName(tokens: ["mendez"], code: "PAT", validFrom: Day(year: 2020, month: 1, day: 1)))
        return EventCoder(actors: actors, verbs: try! VerbLexicon.standard())
    }()

    static func code(_ texts: [String], date: String? = "2024-05") -> [CodedEvent] {
        var offset = 0
        let sentences = texts.map { text -> Sentence in
            let length = text.unicodeScalars.count
            defer { offset += length + 1 }
            return Sentence(
                span: TextSpan(start: offset, end: offset + length), text: text, block: 0, kind: .body,
                isRepeat: false)
        }
        let dates = sentences.map { _ in
            date.map { [DateMention(date: PartialDate(iso: $0)!, kind: .partial, span: nil)] } ?? []
        }
        return coder.code(sentences, dates: dates)
    }

    static func summary(_ events: [CodedEvent]) -> [String] {
        events.map { event in
            switch event.reading {
            case .support(let level, let scale):
                "\(event.source)>\(event.target) support \(level.rawValue) \(scale.rawValue)"
            case .threat(let kind): "\(event.source)>\(event.target) threat \(kind.rawValue)"
            case .outcome(let outcome): "\(event.source)>\(event.target) outcome \(outcome.rawValue)"
            default: "\(event.source)>\(event.target) \(event.reading.type)"
            }
        }
    }

    @Test(
        "each pattern family codes source, target and reading",
        arguments: [
            ("Adversaria attacked Clientia on Monday.", ["ADV>CLI threat externalAttack"]),
            ("Adversarian jets struck Clientia's capital overnight.", ["ADV>CLI threat airStrikes"]),
            ("Adversaria invaded Clientia in the spring.", ["ADV>CLI threat invasion"]),
            ("Patronia condemned the attack on Clientia.", ["PAT>CLI support 1 full"]),
            ("Patronia brokered a cease-fire between the two sides in Clientia.", ["PAT>CLI support 2 full"]),
            ("Patronia supplied Clientia with air defence systems.", ["PAT>CLI support 4 full"]),
            ("Patronia sent 2,000 troops to Clientia.", ["PAT>CLI support 6 full"]),
            ("Patronia withdrew its forces from Clientia.", ["PAT>CLI withdrawal"]),
            ("Patronia granted Clientia a loan of 1.5 billion dollars.", ["PAT>CLI support 3 full"]),
        ])
    func families(sentence: String, expected: [String]) {
        #expect(Self.summary(Self.code([sentence])) == expected)
    }

    @Test(
        "negation turns help into abstention; modality keeps it to words",
        arguments: [
            ("Patronia refused to intervene in Clientia.", ["PAT>CLI support 0 full"]),
            ("Patronia failed to provide Clientia with the means to resist.", ["PAT>CLI support 0 full"]),
            ("Patronia could send troops to Clientia.", ["PAT>CLI support 1 full"]),
            ("Adversaria did not attack Clientia.", [String]()),
        ])
    func negationAndModality(sentence: String, expected: [String]) {
        #expect(Self.summary(Self.code([sentence])) == expected)
    }

    @Test("the passive voice swaps the roles")
    func passive() {
        #expect(Self.summary(Self.code(["Clientia was attacked by Adversaria."])) == ["ADV>CLI threat externalAttack"])
    }

    @Test("condemning the adversary is help to the client under threat, or a criticism with none in focus")
    func against() {
        let events = Self.code(["Adversaria struck Clientia.", "Patronia condemned Adversaria."])
        #expect(Self.summary(events) == ["ADV>CLI threat airStrikes", "PAT>CLI support 1 full"])
        #expect(Self.summary(Self.code(["Patronia condemned Adversaria."])) == ["PAT>ADV other"])
    }

    @Test("help that names no one goes to the client under threat; a pronoun continues the subject")
    func discourse() {
        let events = Self.code([
            "Adversaria struck Clientia in June.", "Patronia only condemned the strikes.",
            "It later sent limited arms shipments.",
        ])
        #expect(
            Self.summary(events) == [
                "ADV>CLI threat airStrikes", "PAT>CLI support 1 token", "PAT>CLI support 4 limited",
            ])
    }

    @Test("several actions in one sentence keep the highest level of help")
    func highestLevel() {
        let events = Self.code(["Patronia brokered a cease-fire and deployed peacekeepers to Clientia."])
        #expect(Self.summary(events) == ["PAT>CLI support 6 full"])
    }

    @Test("a coordinated verb keeps its subject; the same kind of act twice in a sentence is one event")
    func coordination() {
        let events = Self.code(["Patronia withdrew its forces from Clientia and cut its aid."])
        #expect(Self.summary(events) == ["PAT>CLI withdrawal"])
    }

    @Test("a date written in a subordinate clause does not date the main clause")
    func subordinateDates() {
        let sentences = [
            Sentence(
                span: TextSpan(start: 0, end: 73),
                text: "While Patronia armed Clientia in 2018, Patronia later sent troops to Clientia.",
                block: 0, kind: .body, isRepeat: false)
        ]
        let mention = DateMention(date: PartialDate(iso: "2018")!, kind: .partial, span: TextSpan(start: 33, end: 37))
        let events = Self.coder.code(sentences, dates: [[mention]])
        #expect(events.map(\.date) == [nil])
    }

    @Test("a section label naming one actor puts it in focus")
    func sectionLabels() {
        let sentences = [
            Sentence(span: TextSpan(start: 0, end: 8), text: "Clientia", block: 0, kind: .furniture, isRepeat: false),
            Sentence(
                span: TextSpan(start: 10, end: 40), text: "Patronia only condemned the raids.", block: 1, kind: .body,
                isRepeat: false),
        ]
        #expect(Self.summary(Self.coder.code(sentences, dates: [[], []])) == ["PAT>CLI support 1 token"])
    }

    @Test("alleged help is marked contested")
    func contested() {
        let events = Self.code(["Patronia allegedly supplied Clientia with drones."])
        #expect(events.first?.contested == true)
    }

    @Test("a leader's name stands for the state they served on the event's day")
    func timeAware() {
        #expect(Self.summary(Self.code(["Mendez visited Adversaria."], date: "2015")) == ["CLI>ADV other"])
        #expect(Self.summary(Self.code(["Mendez visited Adversaria."], date: "2024")) == ["PAT>ADV other"])
    }

    @Test("the trigger and sentence offsets point into the stored text")
    func offsets() throws {
        let event = try #require(Self.code(["Intro sentence.", "Patronia sent troops to Clientia."]).first)
        #expect(event.sentence == TextSpan(start: 16, end: 49))
        #expect(event.trigger == TextSpan(start: 25, end: 36))
    }
}

@Suite("Actor lexicon")
struct ActorLexiconTests {
    @Test("a compiled lexicon reads back to the same matches, dates and roles")
    func roundTrip() throws {
        var lexicon = ActorLexicon()
        lexicon.add(ActorName(tokens: ActorLexicon.tokens(of: "U.S."), code: "USA"))
        lexicon.add(ActorName(tokens: ActorLexicon.tokens(of: "US"), code: "USA"))
        lexicon.add(
            ActorName(
                tokens: ["al-assad"], code: "SYR", validFrom: Day(year: 2000, month: 7, day: 17),
                validUntil: Day(year: 2024, month: 12, day: 8), role: "GOV"))
        let copy = try ActorLexicon.parseCompiled(lexicon.serialized(), file: "cache.tsv")
        let tokens = Tokenizer.tokens("The U.S. and al-Assad met; us too.")
        let day = Day(year: 2010, month: 1, day: 1)
        #expect(copy.mentions(in: tokens, on: day) == lexicon.mentions(in: tokens, on: day))
        #expect(copy.mentions(in: tokens, on: day).map(\.code) == ["USA", "SYR"])
        #expect(copy.mentions(in: tokens, on: Day(year: 2025, month: 1, day: 1)).map(\.code) == ["USA"])
        #expect(copy.count == 3)
    }
}
