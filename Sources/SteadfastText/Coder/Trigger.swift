/// A verb pattern matched in a sentence.
struct Trigger {
    var pattern: VerbPattern
    var tokens: Range<Int>

    /// Matches a pattern at a token, allowing each gap to skip up to three tokens.
    static func match(_ pattern: VerbPattern, in tokens: [Token], at start: Int) -> Trigger? {
        guard let end = match(pattern.slots[...], tokens, start) else { return nil }
        return Trigger(pattern: pattern, tokens: start..<end)
    }

    private static func match(_ slots: ArraySlice<VerbPattern.Slot>, _ tokens: [Token], _ index: Int) -> Int? {
        guard let slot = slots.first else { return index }
        let rest = slots.dropFirst()
        switch slot {
        case .words(let words):
            guard index < tokens.count, words.contains(ActorLexicon.key(tokens[index].normalized).word) else {
                return nil
            }
            return match(rest, tokens, index + 1)
        case .gap:
            for skip in 0...3 where index + skip <= tokens.count {
                if skip > 0, tokens[index + skip - 1].isPunctuation { break }
                if let end = match(rest, tokens, index + skip) { return end }
            }
            return nil
        }
    }
}
