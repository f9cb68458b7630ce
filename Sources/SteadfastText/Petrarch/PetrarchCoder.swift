import SteadfastCore

/// A shallow, TABARI-style event coder over PETRARCH dictionaries: it codes raw sentences without a
/// parse tree.
///
/// For each sentence: discards and datelines set it aside; comma clauses are dropped as the options
/// say; actors and agents are found and grouped into mentions (`PetrarchMentionFinder`); dictionary
/// verbs are found with their clauses (`PetrarchVerbFinder`). In each clause the first verb that gives
/// a code is coded: the longest of its patterns that matches (`PetrarchPatternMatcher`), else its own
/// code; a null code (`---`) passes to the next verb. Source and target come from the pattern's `$`,
/// `+` and `%`, else the first mention of the clause before the verb and the first mention after it,
/// swapped for a passive (`was opposed by Marento`). A paired code `032:033` codes both directions;
/// a compound source without a target codes each member towards the others.
public struct PetrarchCoder: Sendable {
    /// The dictionaries.
    public let lexicon: PetrarchCoderLexicon

    /// Creates a coder.
    ///
    /// - Parameters:
    ///   - lexicon: the dictionaries.
    public init(lexicon: PetrarchCoderLexicon) {
        self.lexicon = lexicon
    }

    /// Codes one sentence.
    ///
    /// - Parameters:
    ///   - text: the sentence.
    ///   - day: the story's day, which selects date-restricted actor codes.
    ///   - config: the options.
    /// - Returns: the codings, or why the sentence was set aside.
    public func code(_ text: String, on day: Day?, config: PetrarchConfig = PetrarchConfig()) -> PetrarchCoderResult {
        if Self.hasDateline(text) { return PetrarchCoderResult(rejection: .dateline) }
        let all = PetrarchToken.tokens(text)
        if let rejection = lexicon.discards.rejection(of: all.map(\.word)) {
            return PetrarchCoderResult(rejection: rejection)
        }
        let (sentence, verbs) = analysis(all, on: day, config: config)
        let roles = PetrarchRoles(sentence: sentence, clauses: verbs, config: config)
        var codings: Set<PetrarchCoding> = []
        var coded: Set<Int> = []
        for verb in verbs.verbs where !coded.contains(verb.clause) {
            if verbs.subordinate.contains(verb.clause), coded.contains(verb.clause - 1) { continue }
            guard let event = event(verb, sentence: sentence) else { continue }
            coded.insert(verb.clause)
            codings.formUnion(roles.codings(event, verb: verb))
        }
        return PetrarchCoderResult(codings: codings)
    }

    /// The sentence without its dropped comma clauses, its mentions and its verbs.
    func analysis(
        _ tokens: [PetrarchToken], on day: Day?, config: PetrarchConfig
    ) -> (PetrarchSentence, PetrarchVerbFinder.Result) {
        let finder = PetrarchMentionFinder(lexicon: lexicon, day: day)
        let kept = PetrarchCommaClauses(config: config) { lexicon.forms[$0] != nil }
            .kept(tokens, mentions: finder.mentions(tokens))
        let sentence = PetrarchSentence(tokens: kept, mentions: finder.mentions(kept))
        let verbs = PetrarchVerbFinder(lexicon: lexicon, sentence: sentence, capitalized: kept.map(\.isCapitalized))
            .occurrences()
        return (sentence, verbs)
    }

    /// A verb's code and the mentions its pattern binds; nil when it gives no code.
    private func event(_ verb: PetrarchVerbFinder.Occurrence, sentence: PetrarchSentence) -> PetrarchRoles.Event? {
        let matcher = PetrarchPatternMatcher(
            sentence: sentence, synsets: lexicon.synsets, synsetStarts: lexicon.synsetStarts)
        for pattern in verb.patterns where pattern.code != "+++" {
            guard let bindings = matcher.match(pattern, verb: verb.units) else { continue }
            return Self.isNull(pattern.code) ? nil : PetrarchRoles.Event(code: pattern.code, bindings: bindings)
        }
        guard let code = verb.verbs.last.flatMap({ lexicon.verbs[$0].code }), !Self.isNull(code) else { return nil }
        return PetrarchRoles.Event(code: code, bindings: nil)
    }

    private static func isNull(_ code: String) -> Bool {
        code == "---" || code == "###"
    }

    /// A dateline opens the text: capitals up to a colon or a double dash (`CEBU CITY: --`).
    static func hasDateline(_ text: String) -> Bool {
        let head = text.prefix(40)
        guard let end = head.firstIndex(where: { $0 == ":" }) ?? head.range(of: "--")?.lowerBound else { return false }
        let lead = head[..<end]
        return lead.contains(where: \.isLetter) && lead.allSatisfy { $0.isUppercase || $0 == " " || $0 == "." }
    }
}
