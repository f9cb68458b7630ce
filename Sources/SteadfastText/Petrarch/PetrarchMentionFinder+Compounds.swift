extension PetrarchMentionFinder {
    /// Joins mentions separated by `,`, `and`, `or`, `nor` (and `, and`), with up to three words of a
    /// determiner or adjectives before the next. Mentions of the same kind (both with actors, or both
    /// agents alone) are joined; with `mixed`, an agent-only mention joined by a conjunction to one with
    /// an actor also is, and takes that actor and its other agents over.
    func compounds(_ mentions: [PetrarchMention], words: [String], mixed: Bool) -> [PetrarchMention] {
        var joined: [PetrarchMention] = []
        for mention in mentions {
            guard var last = joined.last, let conjunction = joins(last, mention, words: words),
                last.isAgentOnly == mention.isAgentOnly || (mixed && conjunction)
            else {
                joined.append(mention)
                continue
            }
            let model = last.members.last { $0.actor != nil }
            last.members += mention.members.map { member in
                guard member.actor == nil, let model else { return member }
                return PetrarchMember(
                    actor: model.actor, prefixes: model.prefixes + member.prefixes,
                    suffixes: model.suffixes.dropLast() + member.suffixes)
            }
            last.end = mention.end
            joined[joined.count - 1] = last
        }
        return joined
    }

    /// Attaches agent-only mentions to the actor mention after `of`, `in` or `from` (and `the`).
    func attached(_ mentions: [PetrarchMention], words: [String]) -> [PetrarchMention] {
        var result: [PetrarchMention] = []
        var index = 0
        while index < mentions.count {
            let mention = mentions[index]
            if mention.isAgentOnly, index + 1 < mentions.count, !mentions[index + 1].isAgentOnly,
                attaches(mention, to: mentions[index + 1], words: words)
            {
                let actors = mentions[index + 1]
                let members = actors.members.flatMap { actor in
                    mention.members.map { agent in
                        PetrarchMember(
                            actor: actor.actor, prefixes: agent.prefixes + actor.prefixes,
                            suffixes: actor.suffixes + agent.suffixes)
                    }
                }
                result.append(PetrarchMention(start: mention.start, end: actors.end, members: members))
                index += 2
            } else {
                result.append(mention)
                index += 1
            }
        }
        return result
    }

    /// Whether two mentions are joined: nil when not, else whether a conjunction joins them.
    private func joins(_ first: PetrarchMention, _ second: PetrarchMention, words: [String]) -> Bool? {
        var between = Array(words[first.end..<second.start])
        guard let separator = between.first, separator == "," || PetrarchWordClasses.conjunctions.contains(separator)
        else { return nil }
        between.removeFirst()
        var conjunction = separator != ","
        if separator == ",", let next = between.first, PetrarchWordClasses.conjunctions.contains(next) {
            between.removeFirst()
            conjunction = true
        }
        if let next = between.first, PetrarchWordClasses.determiners.contains(next) { between.removeFirst() }
        return between.count <= 3 && between.allSatisfy(isFiller) ? conjunction : nil
    }

    private func attaches(_ agents: PetrarchMention, to actors: PetrarchMention, words: [String]) -> Bool {
        var between = Array(words[agents.end..<actors.start])
        guard let preposition = between.first, PetrarchWordClasses.attachments.contains(preposition) else {
            return false
        }
        between.removeFirst()
        if between.first == "the" { between.removeFirst() }
        return between.isEmpty
    }
}
