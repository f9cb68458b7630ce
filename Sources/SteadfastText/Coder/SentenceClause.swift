/// A sentence's tokens and actor mentions, with the lookups the coder needs to find a trigger's
/// subject and object.
struct SentenceClause {
    let tokens: [Token]
    let mentions: [ActorMention]
    /// The previous event of the sentence: its source, target and where its trigger ended.
    var previous: (source: String, target: String, end: Int)?

    init(tokens: [Token], mentions: [ActorMention]) {
        self.tokens = tokens
        self.mentions = mentions
    }

    /// Whether the trigger is a verb coordinated with the previous one ("withdrew its forces and
    /// reduced support"): "and", "then" or a comma between them and no new actor named.
    func isCoordinated(_ index: Int) -> Bool {
        guard let previous, previous.end <= index else { return false }
        guard
            let joiner = (max(previous.end, index - 3)..<index).last(where: {
                ["and", "then", "before", "after"].contains(tokens[$0].normalized)
            })
        else { return false }
        return !mentions.contains { (joiner..<index).contains($0.tokens.lowerBound) }
    }

    /// The subjects of a trigger: the nearest mention before it, and the mentions coordinated with
    /// it ("Armenia, as well as Azerbaijan, has ..."; "Russia and China vetoed ...").
    func subjects(before index: Int) -> [ActorMention] {
        guard let nearest = subject(before: index) else { return [] }
        var result = [nearest]
        var cursor = nearest
        while let earlier = mentions.last(where: { $0.tokens.upperBound <= cursor.tokens.lowerBound }) {
            let gap = tokens[earlier.tokens.upperBound..<cursor.tokens.lowerBound].map(\.normalized)
            let joiners: Set<String> = ["and", ",", "as", "well", "along", "with", "together", "both"]
            guard !gap.isEmpty, gap.count <= 4, gap.allSatisfy(joiners.contains) else { break }
            result.insert(earlier, at: 0)
            cursor = earlier
        }
        return result
    }

    /// Whether the nearest subject is introduced as one of several cases ("two instances of Russia
    /// failing to assist Iran"): a summary of events the text tells elsewhere, not an event.
    func introducesCases(before index: Int) -> Bool {
        guard let subject = subject(before: index), subject.tokens.lowerBound >= 2 else { return false }
        let start = subject.tokens.lowerBound
        return tokens[start - 1].normalized == "of"
            && ["instances", "examples", "cases", "occasions"].contains(tokens[start - 2].normalized)
    }

    /// The parties named after "with" following a trigger ("a ceremony with Aliyev (L) and
    /// Pashinyan (R)"), one per party: an adjective, a title and a name of one state are one party.
    func companions(after index: Int) -> [ActorMention] {
        guard let first = object(after: index, excluding: nil), first.tokens.lowerBound > 0,
            tokens[first.tokens.lowerBound - 1].normalized == "with"
        else { return [] }
        let joiners: Set<String> = ["and", ",", "(", ")", "l", "r", "c", "left", "right", "center", "centre"]
        var result = [first]
        var cursor = first
        for next in mentions where next.tokens.lowerBound >= cursor.tokens.upperBound {
            let gap = tokens[cursor.tokens.upperBound..<next.tokens.lowerBound].map(\.normalized)
            if next.code == cursor.code, gap.count <= 3, !gap.contains(where: { $0 == "," || $0 == "and" }) {
                cursor = next
                continue
            }
            guard !gap.isEmpty, gap.count <= 6, gap.allSatisfy(joiners.contains) else { break }
            if !result.contains(where: { $0.code == next.code }) { result.append(next) }
            cursor = next
        }
        return result
    }

    /// The state of the head of state or government a trigger acts on: named right after it
    /// ("captured President Maduro") or, as "him" or "her", named earlier in the sentence.
    func leader(after index: Int) -> String? {
        if let object = object(after: index, excluding: nil, window: 6), object.role == "GOV" {
            return object.code
        }
        guard index < tokens.count, ["him", "her"].contains(tokens[index].normalized) else { return nil }
        return mentions.last { $0.tokens.upperBound <= index && $0.role == "GOV" }?.code
    }

    /// Whether a speaker reports its own act: "Azerbaijan claims it informed Russia" — the
    /// pronoun after the reporting verb is the speaker, not the previous sentence's subject.
    func reportsOwnAction(_ speaker: ActorMention, before index: Int) -> Bool {
        var cursor = speaker.tokens.upperBound
        guard cursor < index, Cues.reporting.contains(tokens[cursor].normalized) else { return false }
        cursor += 1
        if cursor < index, tokens[cursor].normalized == "that" { cursor += 1 }
        return cursor < index && ["he", "she", "it", "they"].contains(tokens[cursor].normalized)
    }

    /// Whether a mention opens a clause of its own ("..., and Iran providing drones") rather than
    /// ending a phrase ("sent troops to Armenia").
    func opensClause(_ mention: ActorMention) -> Bool {
        let start = mention.tokens.lowerBound
        guard start > 0 else { return true }
        return ["and", ",", "while", "whereas", "but", ";"].contains(tokens[start - 1].normalized)
    }

    /// The mention nearest before a token, in the same clause.
    func subject(before index: Int) -> ActorMention? {
        let start = clauseStart(before: index)
        return mentions.last { $0.tokens.upperBound <= index && $0.tokens.lowerBound >= start }
    }

    /// The first mention after a token, within a window and the same clause, other than `excluded`.
    func object(after index: Int, excluding excluded: String?, window: Int = 12) -> ActorMention? {
        let end = clauseEnd(after: index, limit: index + window)
        return mentions.first {
            $0.tokens.lowerBound >= index && $0.tokens.lowerBound < end && $0.code != excluded
        }
    }

    /// The mention after "by" following a passive trigger.
    func agent(after index: Int) -> ActorMention? {
        let limit = min(tokens.count, index + 5)
        guard let by = (index..<limit).first(where: { tokens[$0].normalized == "by" }) else { return nil }
        return mentions.first { $0.tokens.lowerBound > by && $0.tokens.lowerBound <= by + 6 }
    }

    /// Whether any of `words` occurs within `distance` tokens before `index`, in the same clause.
    func precededBy(_ words: Set<String>, at index: Int, distance: Int) -> Bool {
        let start = max(clauseStart(before: index), index - distance)
        return (start..<index).contains { words.contains(tokens[$0].normalized) }
    }

    /// Whether any of `words` occurs anywhere before `index` in the sentence.
    func sentenceContains(_ words: Set<String>, before index: Int) -> Bool {
        (0..<index).contains { words.contains(tokens[$0].normalized) }
    }

    /// Whether the trigger reads as passive: a form of "to be" just before it and "by" after it.
    func isPassive(_ trigger: Range<Int>) -> Bool {
        let before = max(0, trigger.lowerBound - 2)..<trigger.lowerBound
        return before.contains { Cues.be.contains(tokens[$0].normalized) } && agent(after: trigger.upperBound) != nil
    }

    /// Whether a subject pronoun stands between `start` and the trigger, close to the trigger:
    /// "in Belarus, where it pledged" — the pronoun, not Belarus, is the subject.
    func pronounSubject(after start: Int, before index: Int) -> Bool {
        let from = max(start, clauseStart(before: index), index - 4)
        guard from < index else { return false }
        return (from..<index).contains { ["he", "she", "it", "they"].contains(tokens[$0].normalized) }
    }

    private func clauseStart(before index: Int) -> Int {
        var cursor = index - 1
        while cursor >= 0 {
            if Cues.clauseBreaks.contains(tokens[cursor].normalized) { return cursor + 1 }
            cursor -= 1
        }
        return 0
    }

    private func clauseEnd(after index: Int, limit: Int) -> Int {
        var cursor = index
        while cursor < min(limit, tokens.count) {
            if Cues.clauseBreaks.contains(tokens[cursor].normalized) || tokens[cursor].text == "." { return cursor }
            cursor += 1
        }
        return min(limit, tokens.count)
    }
}
