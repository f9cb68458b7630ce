/// A sentence ready for pattern matching: its tokens, the mentions found in them, and the units
/// patterns walk over (a word, or a whole mention).
struct PetrarchSentence {
    /// What a pattern element is matched against.
    enum Unit: Equatable {
        /// A word outside any mention.
        case word(String)
        /// A mention, by index into `mentions`.
        case mention(Int)
    }

    let tokens: [PetrarchToken]
    let mentions: [PetrarchMention]
    let units: [Unit]
    /// The unit each token belongs to.
    let unitOfToken: [Int]

    /// Builds the units.
    ///
    /// - Parameters:
    ///   - tokens: the tokens.
    ///   - mentions: the mentions, in order, not overlapping.
    init(tokens: [PetrarchToken], mentions: [PetrarchMention]) {
        self.tokens = tokens
        self.mentions = mentions
        var units: [Unit] = []
        var unitOfToken = [Int](repeating: 0, count: tokens.count)
        var next = 0
        for (index, token) in tokens.enumerated() {
            if next < mentions.count, mentions[next].start <= index {
                if mentions[next].start == index { units.append(.mention(next)) }
                unitOfToken[index] = units.count - 1
                if index + 1 >= mentions[next].end { next += 1 }
            } else {
                unitOfToken[index] = units.count
                units.append(.word(token.word))
            }
        }
        self.units = units
        self.unitOfToken = unitOfToken
    }

    /// The mention a unit is, if it is one.
    ///
    /// - Parameters:
    ///   - unit: the unit's index.
    /// - Returns: the mention's index.
    func mention(at unit: Int) -> Int? {
        guard unit >= 0, unit < units.count, case .mention(let index) = units[unit] else { return nil }
        return index
    }

    /// The word a unit is, if it is one.
    ///
    /// - Parameters:
    ///   - unit: the unit's index.
    /// - Returns: the word.
    func word(at unit: Int) -> String? {
        guard unit >= 0, unit < units.count, case .word(let word) = units[unit] else { return nil }
        return word
    }
}
