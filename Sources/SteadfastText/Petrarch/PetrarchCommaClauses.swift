/// Drops comma-delimited clauses before coding, as PETRARCH's `comma_*` options say: appositions and
/// asides (`Kestrelia, the old rival, ...`), attributions at the end (`..., an aide told reporters.`),
/// and, when switched on, an opening clause.
///
/// A clause that continues a list of actors (`Veloria, the Twin Isles, Kestrelia and Marento`) is kept: one that
/// opens with a mention and is followed by a conjunction or another mention.
///
/// A closing clause is kept when nothing before it could be a verb (`Kestrelia, the old rival,
/// condemned Marento.`): it is the sentence's predicate, not an attribution.
struct PetrarchCommaClauses {
    let config: PetrarchConfig
    /// Whether a word is a form of a dictionary verb.
    let isVerb: (String) -> Bool

    /// The tokens that remain.
    ///
    /// - Parameters:
    ///   - tokens: the sentence's tokens.
    ///   - mentions: the mentions found in them, to keep lists of actors whole.
    /// - Returns: the tokens without the dropped clauses.
    func kept(_ tokens: [PetrarchToken], mentions: [PetrarchMention]) -> [PetrarchToken] {
        let commas = tokens.indices.filter { tokens[$0].word == "," }
        guard let first = commas.first, let last = commas.last else { return tokens }
        var end = tokens.count
        while end > 0, tokens[end - 1].isPunctuation { end -= 1 }
        var dropped = [Bool](repeating: false, count: tokens.count)
        if config.opening.drops(words(tokens, 0..<first)) {
            for index in 0...first { dropped[index] = true }
        }
        for (open, close) in zip(commas, commas.dropFirst())
        where config.inner.drops(words(tokens, (open + 1)..<close))
            && !continuesList(tokens, open..<close, mentions: mentions)
        {
            for index in open...close { dropped[index] = true }
        }
        if last < end, config.closing.drops(words(tokens, (last + 1)..<end)),
            !mentions.contains(where: { $0.start < last && $0.end > last + 1 }),
            tokens[..<last].indices.contains(where: { !dropped[$0] && isVerb(tokens[$0].word) })
        {
            for index in last..<end { dropped[index] = true }
        }
        return tokens.indices.filter { !dropped[$0] }.map { tokens[$0] }
    }

    private func words(_ tokens: [PetrarchToken], _ range: Range<Int>) -> Int {
        tokens[range].count { !$0.isPunctuation }
    }

    private func continuesList(_ tokens: [PetrarchToken], _ clause: Range<Int>, mentions: [PetrarchMention]) -> Bool {
        if mentions.contains(where: { $0.start < clause.lowerBound && $0.end > clause.upperBound }) { return true }
        guard let mention = mentions.first(where: { $0.start > clause.lowerBound && $0.start < clause.upperBound })
        else { return false }
        let lead = tokens[(clause.lowerBound + 1)..<mention.start]
        let next = clause.upperBound + 1
        guard lead.count <= 3,
            lead.allSatisfy({
                !PetrarchWordClasses.functionWords.contains($0.word)
                    || PetrarchWordClasses.determiners.contains($0.word)
            }),
            next < tokens.count
        else { return false }
        return PetrarchWordClasses.conjunctions.contains(tokens[next].word)
            || mentions.contains { $0.start == next }
    }
}
