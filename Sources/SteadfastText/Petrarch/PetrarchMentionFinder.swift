import SteadfastCore

/// Finds the noun phrases that name actors in a sentence's tokens, TABARI style, without a parser.
///
/// 1. Names: at each token the longest actor name that applies on the day, or the longest agent.
/// 2. Phrases: names with only a possessive `'s` or up to two other words between them (`Veloria's
///    acting Prime Minister Varga`, also two joined by `and`: `Kestrelia's tired and angry
///    minister`) form one phrase; a second, different actor starts a new
///    phrase unless the first was a possessor.
/// 3. Compounds of like phrases (`Veloria and Marento`, `lawmakers and officials`), joined by `,`, `and`,
///    `or`, `nor` with a determiner or adjectives before the next name.
/// 4. Agents attached to actors by `of`, `in`, `from` (`the envoys of Veloria, Kestrelia and Marento`):
///    every agent with every actor.
/// 5. Compounds again, now also of an actor and an agent-only phrase, which takes the actor over
///    (`Velorian media and government`).
struct PetrarchMentionFinder {
    private enum Item {
        case word
        case actor(codes: [String], end: Int)
        case agent(PetrarchAgentDictionary.Agent, end: Int)
    }

    let lexicon: PetrarchCoderLexicon
    let day: Day?

    /// The mentions of a sentence, in order, not overlapping.
    ///
    /// - Parameters:
    ///   - tokens: the tokens.
    /// - Returns: the mentions.
    func mentions(_ tokens: [PetrarchToken]) -> [PetrarchMention] {
        let words = tokens.map(\.word)
        var mentions = phrases(words, items: items(tokens))
        mentions = compounds(mentions, words: words, mixed: false)
        mentions = attached(mentions, words: words)
        return compounds(mentions, words: words, mixed: true)
    }

    private func items(_ tokens: [PetrarchToken]) -> [Item] {
        let words = tokens.map(\.word)
        var items = [Item](repeating: .word, count: tokens.count)
        var index = 0
        while index < tokens.count {
            guard !tokens[index].isPunctuation else {
                index += 1
                continue
            }
            let actor = actorMatch(words, at: index)
            let agent = agentMatch(words, at: index)
            if let actor, actor.length >= (agent?.tokens.count ?? 0) {
                items[index] = .actor(codes: actor.codes, end: index + actor.length)
                index += actor.length
            } else if let agent {
                items[index] = .agent(agent, end: index + agent.tokens.count)
                index += agent.tokens.count
            } else {
                index += 1
            }
        }
        return items
    }

    /// The longest actor name at a word that applies on the day: its codes (several for a coded compound)
    /// and length. Without a day, the codes in force now (with no end date) are preferred.
    private func actorMatch(_ words: [String], at index: Int) -> (codes: [String], length: Int)? {
        guard let names = lexicon.actors[words[index]] else { return nil }
        let matching = names.filter { Self.matches($0.tokens, words, at: index) && $0.applies(on: day) }
        guard let length = matching.first?.tokens.count else { return nil }
        var longest = matching.filter { $0.tokens.count == length }
        if day == nil, longest.contains(where: { $0.validUntil == nil }) { longest.removeAll { $0.validUntil != nil } }
        var codes: [String] = []
        for name in longest where !codes.contains(name.code + (name.role ?? "")) {
            codes.append(name.code + (name.role ?? ""))
        }
        return (codes, length)
    }

    private func agentMatch(_ words: [String], at index: Int) -> PetrarchAgentDictionary.Agent? {
        lexicon.agents[words[index]]?.first { Self.matches($0.tokens, words, at: index) }
    }

    static func matches(_ phrase: [String], _ words: [String], at index: Int) -> Bool {
        index + phrase.count <= words.count && phrase.indices.allSatisfy { words[index + $0] == phrase[$0] }
    }

    /// A word that may stand between the names of one phrase: not punctuation, a function word or a verb.
    func isFiller(_ word: String) -> Bool {
        !PetrarchWordClasses.functionWords.contains(word) && lexicon.forms[word] == nil
            && word.unicodeScalars.contains { Tokenizer.isWordScalar($0) }
    }
}

extension PetrarchMentionFinder {
    /// A phrase being built.
    private struct Phrase {
        var start: Int
        var end: Int
        var actors: [String]?
        var possessed = false
        var prefixes: [String] = []
        var suffixes: [String] = []

        var mention: PetrarchMention {
            let members = (actors.map { $0.map(Optional.some) } ?? [nil]).map {
                PetrarchMember(actor: $0, prefixes: prefixes, suffixes: suffixes)
            }
            return PetrarchMention(start: start, end: end, members: members)
        }

        mutating func add(_ agent: PetrarchAgentDictionary.Agent) {
            if agent.placement == .prefix { prefixes.append(agent.code) } else { suffixes.append(agent.code) }
        }
    }

    private func phrases(_ words: [String], items: [Item]) -> [PetrarchMention] {
        var mentions: [PetrarchMention] = []
        var index = 0
        while index < items.count {
            guard let first = itemEnd(items[index]) else {
                index += 1
                continue
            }
            var phrase = Phrase(start: index, end: first)
            include(items[index], in: &phrase)
            while let next = nextName(after: phrase, words: words, items: items) {
                if case .actor(let codes, _) = items[next], let actors = phrase.actors, actors != codes,
                    !phrase.possessed
                {
                    break
                }
                phrase.possessed = phrase.possessed || (phrase.actors != nil && words[phrase.end] == "'s")
                if phrase.actors == nil || !isActor(items[next]) {
                    include(items[next], in: &phrase)
                }
                phrase.end = max(phrase.end, itemEnd(items[next]) ?? phrase.end)
            }
            mentions.append(phrase.mention)
            index = phrase.end
        }
        return mentions
    }

    private func include(_ item: Item, in phrase: inout Phrase) {
        switch item {
        case .actor(let codes, _): phrase.actors = codes
        case .agent(let agent, _): phrase.add(agent)
        case .word: break
        }
    }

    /// A later actor of a phrase that already has one (the same, or a possessor's) adds nothing.
    private func isActor(_ item: Item) -> Bool {
        if case .actor = item { return true }
        return false
    }

    private func itemEnd(_ item: Item) -> Int? {
        switch item {
        case .actor(_, let end), .agent(_, let end): end
        case .word: nil
        }
    }

    /// The next name that continues a phrase: after an optional `'s` and up to two filler words.
    private func nextName(after phrase: Phrase, words: [String], items: [Item]) -> Int? {
        var index = phrase.end
        if index < words.count, words[index] == "'s" { index += 1 }
        var fillers = 0
        while index < words.count, itemEnd(items[index]) == nil, fillers < 2 {
            if isFiller(words[index]) {
                fillers += 1
            } else if !(fillers > 0 && PetrarchWordClasses.conjunctions.contains(words[index])
                && index + 1 < words.count && itemEnd(items[index + 1]) == nil && isFiller(words[index + 1]))
            {
                break
            }
            index += 1
        }
        return index < items.count && itemEnd(items[index]) != nil ? index : nil
    }
}
