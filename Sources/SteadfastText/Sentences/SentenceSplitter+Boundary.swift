extension SentenceSplitter {
    /// Whether a sentence ends after a run of final punctuation.
    ///
    /// Nothing ends without white space after the run (`3.2%`, `U.S.-led`, `example.com`), and
    /// nothing ends before a lower-case word (`"Why?" he asked`, `etc. and`). Before anything
    /// else, question marks, exclamation marks and ellipses end a sentence, except a quoted
    /// question followed by its attribution (`"Why?" Smith asked.`); a period is judged by
    /// `periodEnds(before:following:)`.
    func isBoundary(after mark: SentenceMark, in scalars: [Unicode.Scalar], from start: Int, to end: Int) -> Bool {
        guard mark.end < end else { return true }
        guard SentenceScalar.isSpace(scalars[mark.end]) else { return false }
        let following = FollowingText(scalars, from: mark.end, end: end)
        guard following.firstScalar != nil else { return true }
        if following.startsLowercase { return false }
        switch mark.strength {
        case .ellipsis:
            return true
        case .strong:
            return !(mark.hasClosers && following.words().isAttribution)
        case .period:
            let word = precedingWord(scalars, before: mark.start, from: start)
            return periodEnds(before: word, following: following)
        }
    }

    /// Whether a period after `word` ends the sentence, given the text that follows (which does
    /// not start with a lower-case letter).
    ///
    /// - Titles (`Gen.`, `Mr.`, `Sen.`) and linking abbreviations (`vs.`, `e.g.`) never end one.
    /// - `No.` and the like end one unless a number follows.
    /// - An initial (`W.` in `George W. Bush`) ends one only before a typical sentence starter.
    /// - Abbreviations that often close a sentence (`U.S.`, `Inc.`, `etc.`, `Jan.`, `a.m.`) end
    ///   one when no number follows and the next word is a typical sentence starter (`The`, `It`,
    ///   `However`, …), an opening quote, or a capitalised word that is not an institution
    ///   (`Army`, `Embassy`) followed by a verb (`said`, `has`, `will`, …).
    /// - Any other word ends one.
    func periodEnds(before word: String, following: FollowingText) -> Bool {
        switch BoundaryWords.abbreviationKind(of: word) {
        case nil:
            return true
        case .title, .linking:
            return false
        case .beforeNumber:
            return !following.startsWithDigit
        case .initial:
            return following.words(limit: 1).startsWithSentenceStarter
        case .closing:
            guard !following.startsWithDigit else { return false }
            if following.opensQuote { return true }
            let words = following.words(limit: 2)
            return words.startsWithSentenceStarter || words.startsWithSubjectAndVerb
        }
    }
}
