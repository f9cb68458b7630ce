import SteadfastCore

/// Codes sentences into events: actor names from the actor lexicon, triggers from the verb
/// lexicon, with negation, modality, passive voice and several actions per sentence.
///
/// The coder works on tokens with no parser: the subject is the nearest actor named before the
/// trigger in the same clause, the object the nearest after it (or after "by" in the passive).
public struct EventCoder: Sendable {
    /// The actor names.
    public var actors: ActorLexicon
    /// The verb patterns.
    public var verbs: VerbLexicon

    /// Creates a coder.
    ///
    /// - Parameters:
    ///   - actors: the actor names.
    ///   - verbs: the verb patterns.
    public init(actors: ActorLexicon, verbs: VerbLexicon) {
        self.actors = actors
        self.verbs = verbs
    }

    /// Codes the sentences of one document, in order.
    ///
    /// - Parameters:
    ///   - sentences: the sentences; repeated and furniture blocks are skipped.
    ///   - dates: each sentence's date mentions, as the date resolver gives them.
    /// - Returns: the events, in sentence order.
    public func code(_ sentences: [Sentence], dates: [[DateMention]]) -> [CodedEvent] {
        var state = DiscourseState()
        var events: [CodedEvent] = []
        for (index, sentence) in sentences.enumerated() {
            if sentence.kind == .heading || Self.isSectionLabel(sentence), !sentence.isRepeat {
                focus(on: sentence, dates: index < dates.count ? dates[index] : [], state: &state)
                continue
            }
            guard !sentence.isRepeat, sentence.kind == .body || sentence.kind == .caption else { continue }
            events += code(sentence, dates: index < dates.count ? dates[index] : [], state: &state)
        }
        return events
    }

    /// A short furniture line ("Armenia") in an analysis piece is a section label.
    static func isSectionLabel(_ sentence: Sentence) -> Bool {
        sentence.kind == .furniture && sentence.text.split(separator: " ").count <= 3
    }

    /// A section heading that names one actor ("Armenia") starts a new discussion: that actor is
    /// the client in focus from now on.
    func focus(on heading: Sentence, dates: [DateMention], state: inout DiscourseState) {
        let named = Set(actors.mentions(in: Tokenizer.tokens(heading.text), on: dates.first?.date.earliest).map(\.code))
        guard named.count == 1, let code = named.first else { return }
        state = DiscourseState(
            focusClient: code, focusAdversary: nil, lastSource: nil, lastDate: state.lastDate,
            threatDates: state.threatDates)
    }

    func code(_ sentence: Sentence, dates: [DateMention], state: inout DiscourseState) -> [CodedEvent] {
        let tokens = Tokenizer.tokens(sentence.text)
        let mentions = actors.mentions(in: tokens, on: dates.first?.date.earliest)
        var clause = SentenceClause(tokens: tokens, mentions: mentions)
        var events: [CodedEvent] = []
        for trigger in triggers(in: tokens, skipping: mentions) {
            let own = Self.date(for: trigger, among: dates, tokens: tokens)
            let date = own?.date ?? state.lastDate
            var found = self.events(for: trigger, in: clause, sentence: sentence, date: date, state: state)
            let dated = dates.contains { $0.span != nil }
            for index in found.indices {
                found[index].dateBasis = own?.basis ?? .context
                guard case .threat(let kind) = found[index].reading else { continue }
                let key = "\(found[index].source) \(found[index].target) \(kind.rawValue)"
                if dated, let date = found[index].date {
                    state.threatDates[key] = date
                } else if let known = state.threatDates[key] {
                    found[index].date = known
                    found[index].dateBasis = .retold
                }
            }
            guard let event = found.last else { continue }
            clause.previous = (event.source, event.target, trigger.tokens.upperBound)
            events += found
            if case .threat = event.reading {
                state.focusClient = event.target
                state.focusAdversary = event.source
            }
            state.lastSource = event.source
        }
        if let main = dates.first(where: { $0.kind != .carried }) ?? dates.first { state.lastDate = main.date }
        return Self.keepingHighestSupport(Self.withoutDuplicates(Self.foldingMeansIntoOperations(events)))
    }

    /// An attack that serves an operation to capture or overthrow a leader, told in the same
    /// sentence ("stormed Maduro's residence, capturing him"), is part of that operation: one
    /// threat, the operation.
    static func foldingMeansIntoOperations(_ events: [CodedEvent]) -> [CodedEvent] {
        guard events.count > 1 else { return events }
        let operations = Set(
            events.compactMap { event -> String? in
                guard case .threat(let kind) = event.reading, kind == .regimeChangeOperation || kind == .coup else {
                    return nil
                }
                return "\(event.source) \(event.target)"
            })
        return events.filter { event in
            guard case .threat(let kind) = event.reading, [.externalAttack, .airStrikes, .invasion].contains(kind)
            else { return true }
            return !operations.contains("\(event.source) \(event.target)")
        }
    }

    /// One event per sentence, type, source, target and date: "withdrew its forces and cut its
    /// aid" is one withdrawal.
    static func withoutDuplicates(_ events: [CodedEvent]) -> [CodedEvent] {
        var seen = Set<String>()
        return events.filter { event in
            if case .support = event.reading { return true }
            return seen.insert("\(event.reading.type) \(event.source) \(event.target) \(event.date?.description ?? "")")
                .inserted
        }
    }

    /// The trigger matches of a sentence, most specific pattern first at each word, never
    /// inside an actor's name.
    func triggers(in tokens: [Token], skipping mentions: [ActorMention]) -> [Trigger] {
        var named = Set<Int>()
        for mention in mentions { named.formUnion(mention.tokens) }
        var result: [Trigger] = []
        var index = 0
        while index < tokens.count {
            if !named.contains(index),
                let trigger = verbs.patterns(startingWith: ActorLexicon.key(tokens[index].normalized).word)
                    .lazy.compactMap({ Trigger.match($0, in: tokens, at: index) }).first
            {
                result.append(trigger)
                index = trigger.tokens.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    /// The date of a trigger: the date written nearest before it in the sentence, unless that date
    /// sits in a subordinate clause closed by a comma ("while X did Y in 2018, Z did W"); else the
    /// first date written after it, unless that one is a point of comparison ("the scale of conflict
    /// seen in 2020"); else the sentence's carried date; nil to use the context. A date with no place
    /// in the sentence was carried from the sentences around it.
    static func date(for trigger: Trigger, among dates: [DateMention], tokens: [Token])
        -> (date: PartialDate, basis: DateBasis)?
    {
        let position = tokens[trigger.tokens.lowerBound].span.start
        let written = dates.filter { $0.span != nil }
        let carried = dates.first { $0.span == nil }.map { ($0.date, DateBasis.context) }
        guard !written.isEmpty else { return carried }
        if let before = written.last(where: { ($0.span?.start ?? 0) < position }),
            !isSubordinate(before, trigger: position, tokens: tokens)
        {
            return (before.date, .written)
        }
        if let after = written.first(where: { ($0.span?.start ?? 0) > position }),
            !isComparison(after, tokens: tokens)
        {
            return (after.date, .written)
        }
        return carried
    }

    /// Whether a date is introduced as another time to compare with: "seen in 2020", "than in
    /// 2020", "since 2020", "unlike 2020".
    private static func isComparison(_ date: DateMention, tokens: [Token]) -> Bool {
        let start = date.span?.start ?? 0
        guard let first = tokens.firstIndex(where: { $0.span.start >= start }) else { return false }
        let words: Set<String> = ["seen", "than", "since", "unlike", "like", "compared", "recalling"]
        return (max(0, first - 3)..<first).contains { words.contains(tokens[$0].normalized) }
    }

    private static func isSubordinate(_ date: DateMention, trigger: Int, tokens: [Token]) -> Bool {
        let start = date.span?.start ?? 0
        let subordinators: Set<String> = ["while", "although", "whereas", "though", "when", "after", "since"]
        let opened = tokens.contains { $0.span.start < start && subordinators.contains($0.normalized) }
        let closed = tokens.contains { $0.span.start > start && $0.span.start < trigger && $0.text == "," }
        return opened && closed
    }

    /// Where a sentence lists several supporting actions of one actor for one target at one time,
    /// keep the highest level, as analysts do.
    static func keepingHighestSupport(_ events: [CodedEvent]) -> [CodedEvent] {
        var best: [String: Int] = [:]
        var result: [CodedEvent] = []
        for event in events {
            guard case .support(let level, _) = event.reading else {
                result.append(event)
                continue
            }
            let key = "\(event.source) \(event.target) \(event.date?.description ?? "")"
            if let index = best[key], case .support(let kept, _) = result[index].reading {
                if level > kept { result[index] = event }
                continue
            }
            best[key] = result.count
            result.append(event)
        }
        return result
    }
}
