/// Turns a coded verb into codings: who the source and target are, and which way each code goes.
struct PetrarchRoles {
    /// A verb's code and what its pattern bound.
    struct Event {
        var code: String
        var bindings: PetrarchPatternMatcher.Bindings?
    }

    let sentence: PetrarchSentence
    let clauses: PetrarchVerbFinder.Result
    let config: PetrarchConfig

    /// The codings of one verb.
    ///
    /// - Parameters:
    ///   - event: its code and bindings.
    ///   - verb: the verb.
    /// - Returns: the codings; none when an actor is missing and the options require both.
    func codings(_ event: Event, verb: PetrarchVerbFinder.Occurrence) -> [PetrarchCoding] {
        let (primary, secondary) = Self.split(event.code)
        if let compound = event.bindings?.compound, event.bindings?.target == nil, event.bindings?.source == nil,
            let unit = sentence.units.firstIndex(of: .mention(compound)), unit < verb.units.lowerBound
        {
            return pairwise(sentence.mentions[compound].codes, primary: primary, secondary: secondary)
        }
        let (source, target) = actors(event.bindings, verb: verb)
        var sources = source.map { sentence.mentions[$0].codes } ?? []
        var targets = target.map { sentence.mentions[$0].codes } ?? []
        if config.newActorLength > 0 {
            if sources.isEmpty, let subject = newActor(before: verb) { sources = [subject] }
            if targets.isEmpty, let object = newActor(after: verb) { targets = [object] }
        }
        if sources.count > 1, targets.isEmpty { return pairwise(sources, primary: primary, secondary: secondary) }
        return directed(sources, targets, primary: primary, secondary: secondary)
    }

    /// The source and target mentions: the pattern's, the passive's, else the defaults.
    private func actors(
        _ bound: PetrarchPatternMatcher.Bindings?, verb: PetrarchVerbFinder.Occurrence
    ) -> (source: Int?, target: Int?) {
        var (source, target) = (bound?.source, bound?.target ?? bound?.compound)
        let excluded = Set(bound?.skipped ?? []).union([source, target].compactMap { $0 })
        if source == nil, target == nil, let agent = passiveAgent(verb) {
            source = agent
            target = defaultSource(verb, excluding: excluded.union([agent]))
        }
        source = source ?? defaultSource(verb, excluding: excluded)
        target = target ?? defaultTarget(verb, excluding: excluded.union([source].compactMap { $0 }))
        return (source, target)
    }

    private func directed(_ sources: [String], _ targets: [String], primary: String, secondary: String)
        -> [PetrarchCoding]
    {
        if config.requireDyad, sources.isEmpty || targets.isEmpty { return [] }
        var codings: [PetrarchCoding] = []
        for source in sources.isEmpty ? ["---"] : sources {
            for target in targets.isEmpty ? ["---"] : targets {
                if !primary.isEmpty { codings.append(PetrarchCoding(source: source, target: target, code: primary)) }
                if !secondary.isEmpty {
                    codings.append(PetrarchCoding(source: target, target: source, code: secondary))
                }
            }
        }
        return codings
    }

    private func pairwise(_ codes: [String], primary: String, secondary: String) -> [PetrarchCoding] {
        codes.flatMap { source in
            codes.filter { $0 != source }.flatMap { target in
                directed([source], [target], primary: primary, secondary: secondary)
            }
        }
    }

    /// `032:033` is `032` from source to target and `033` back; `:036` only the second.
    static func split(_ code: String) -> (String, String) {
        guard let colon = code.firstIndex(of: ":") else { return (code, "") }
        return (String(code[..<colon]), String(code[code.index(after: colon)...]))
    }

    private func defaultSource(_ verb: PetrarchVerbFinder.Occurrence, excluding: Set<Int>) -> Int? {
        let before = mentions(in: 0..<verb.units.lowerBound, excluding: excluding)
        if let own = before.first(where: { clauses.clauseOfUnit[$0.unit] == verb.clause }) { return own.mention }
        var clause = verb.clause
        while clauses.conjoined.contains(clause) { clause -= 1 }
        return before.first { clauses.clauseOfUnit[$0.unit] >= clause }?.mention
    }

    private func defaultTarget(_ verb: PetrarchVerbFinder.Occurrence, excluding: Set<Int>) -> Int? {
        var last = verb.clause
        while clauses.subordinate.contains(last + 1) { last += 1 }
        return mentions(in: verb.units.upperBound..<sentence.units.count, excluding: excluding).first {
            clauses.clauseOfUnit[$0.unit] <= last
        }?.mention
    }

    private func mentions(in units: Range<Int>, excluding: Set<Int>) -> [(unit: Int, mention: Int)] {
        units.compactMap { unit in
            guard let mention = sentence.mention(at: unit), !excluding.contains(mention),
                !sentence.mentions[mention].isNull
            else { return nil }
            return (unit, mention)
        }
    }

    /// The mention after `by` when the verb is passive: a form of `be` before it (adverbs between) and
    /// `by` within three words after it.
    private func passiveAgent(_ verb: PetrarchVerbFinder.Occurrence) -> Int? {
        let before = (max(0, verb.units.lowerBound - 3)..<verb.units.lowerBound).compactMap { sentence.word(at: $0) }
        guard before.contains(where: PetrarchWordClasses.be.contains) else { return nil }
        for unit in verb.units.upperBound..<min(sentence.units.count, verb.units.upperBound + 3)
        where sentence.word(at: unit) == "by" {
            return sentence.mention(at: unit + 1)
        }
        return nil
    }
}
