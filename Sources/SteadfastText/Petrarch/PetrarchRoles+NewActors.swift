/// PETRARCH's new actors: with `new_actor_length` above 0, a noun phrase of at most that many words
/// that names no known actor stands in for a missing source or target, coded as its words in capitals
/// between quotes (`"HARBOUR MASTER"`).
///
/// The source is the phrase just before the verb (auxiliaries between are passed over; a possessive
/// `'s` is dropped); the target is the phrase just after it, after at most one preposition, with its
/// determiner and any `of` that joins two of its words.
extension PetrarchRoles {
    /// The new actor before a verb, if there is one.
    ///
    /// - Parameters:
    ///   - verb: the verb.
    /// - Returns: the quoted phrase.
    func newActor(before verb: PetrarchVerbFinder.Occurrence) -> String? {
        var unit = verb.units.lowerBound - 1
        while let word = sentence.word(at: unit), PetrarchWordClasses.auxiliaries.contains(word) { unit -= 1 }
        var words: [String] = []
        while let word = sentence.word(at: unit), isNounWord(word) || word == "'s" {
            if word != "'s" { words.insert(word, at: 0) }
            unit -= 1
        }
        return quoted(words)
    }

    /// The new actor after a verb, if there is one.
    ///
    /// - Parameters:
    ///   - verb: the verb.
    /// - Returns: the quoted phrase.
    func newActor(after verb: PetrarchVerbFinder.Occurrence) -> String? {
        var unit = verb.units.upperBound
        if let word = sentence.word(at: unit), PetrarchWordClasses.prepositions.contains(word) { unit += 1 }
        var words: [String] = []
        if let word = sentence.word(at: unit), PetrarchWordClasses.determiners.contains(word) {
            words.append(word)
            unit += 1
        }
        while let word = sentence.word(at: unit) {
            if isNounWord(word) {
                words.append(word)
            } else if word == "of", let next = sentence.word(at: unit + 1), isNounWord(next), words.count > 1 {
                words.append(word)
            } else {
                break
            }
            unit += 1
        }
        return words.contains(where: isNounWord) ? quoted(words) : nil
    }

    private func isNounWord(_ word: String) -> Bool {
        !PetrarchWordClasses.functionWords.contains(word) && word.unicodeScalars.contains(where: Tokenizer.isWordScalar)
    }

    private func quoted(_ words: [String]) -> String? {
        guard !words.isEmpty, words.count <= config.newActorLength else { return nil }
        return "\"" + words.joined(separator: " ").uppercased() + "\""
    }
}
