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
            guard !sentence.isRepeat, sentence.kind == .body || sentence.kind == .caption else { continue }
            events += code(sentence, dates: index < dates.count ? dates[index] : [], state: &state)
        }
        return events
    }

    func code(_ sentence: Sentence, dates: [DateMention], state: inout DiscourseState) -> [CodedEvent] {
        let tokens = Tokenizer.tokens(sentence.text)
        let mentions = actors.mentions(in: tokens, on: dates.first?.date.earliest)
        var clause = SentenceClause(tokens: tokens, mentions: mentions)
        var events: [CodedEvent] = []
        for trigger in triggers(in: tokens, skipping: mentions) {
            let date = Self.date(for: trigger, among: dates, tokens: tokens)
            let found = self.events(for: trigger, in: clause, sentence: sentence, date: date, state: state)
            guard let event = found.last else { continue }
            clause.previous = (event.source, event.target, trigger.tokens.upperBound)
            events += found
            if case .threat = event.reading {
                state.focusClient = event.target
                state.focusAdversary = event.source
            }
            state.lastSource = event.source
        }
        return Self.keepingHighestSupport(events)
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

    /// The date of a trigger: the date written nearest before it in the sentence (or the first one
    /// after it), else the sentence's carried date.
    static func date(for trigger: Trigger, among dates: [DateMention], tokens: [Token]) -> PartialDate? {
        let position = tokens[trigger.tokens.lowerBound].span.start
        let written = dates.filter { $0.span != nil }
        guard !written.isEmpty else { return dates.first?.date }
        let before = written.last { ($0.span?.start ?? 0) < position }
        return (before ?? written.first)?.date
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
