/// What follows a possible sentence end: its first scalar at once, its first few words on demand.
struct FollowingText {
    /// True when an opening quote or bracket comes before the first word.
    private(set) var opensQuote = false
    /// The first scalar after white space and openers; nil at the end of the text.
    private(set) var firstScalar: Unicode.Scalar?
    private let scalars: [Unicode.Scalar]
    private var cursor: Int
    private let end: Int

    /// Looks at `scalars[start..<end]`.
    init(_ scalars: [Unicode.Scalar], from start: Int, end: Int) {
        self.scalars = scalars
        self.end = end
        cursor = start
        while cursor < end, SentenceScalar.isSpace(scalars[cursor]) { cursor += 1 }
        while cursor < end, SentenceMark.isOpener(scalars[cursor]) {
            opensQuote = true
            cursor += 1
        }
        firstScalar = cursor < end ? scalars[cursor] : nil
    }

    /// True when the text goes on with a digit.
    var startsWithDigit: Bool {
        firstScalar.map(SentenceScalar.isDigit) ?? false
    }

    /// True when the text goes on with a lower-case letter.
    var startsLowercase: Bool {
        firstScalar.map(SentenceScalar.isLowercase) ?? false
    }

    /// Up to `limit` words; periods and white space separate them, anything else stops the reading.
    func words(limit: Int = 4) -> FollowingWords {
        var words = FollowingWords()
        var index = cursor
        while words.words.count < limit, index < end, SentenceScalar.isWordScalar(scalars[index]) {
            let wordStart = index
            while index < end, SentenceScalar.isWordScalar(scalars[index]) { index += 1 }
            words.append(scalars[wordStart..<index])
            while index < end, scalars[index] == "." || SentenceScalar.isSpace(scalars[index]) { index += 1 }
        }
        return words
    }
}

/// The first few words after a possible sentence end.
struct FollowingWords {
    /// The words, lower-cased, letters and digits only (`It's` gives `it`).
    private(set) var words: [String] = []
    /// Whether each word starts with an upper-case letter.
    private(set) var capitalized: [Bool] = []

    mutating func append(_ word: ArraySlice<Unicode.Scalar>) {
        words.append(String(String.UnicodeScalarView(word)).lowercased())
        capitalized.append(word.first.map(SentenceScalar.isUppercase) ?? false)
    }

    /// True when the first word is a closed-class word that typically opens a sentence
    /// (`The`, `It`, `However`).
    var startsWithSentenceStarter: Bool {
        guard let first = words.first, capitalized[0] else { return false }
        return BoundaryWords.sentenceStarters.contains(first)
    }

    /// True when a capitalised word that is not an institution (`Army`, `Embassy`) is followed by
    /// a verb: `… the U.S. Putin said …`.
    var startsWithSubjectAndVerb: Bool {
        guard words.count >= 2, capitalized[0] else { return false }
        return BoundaryWords.verbs.contains(words[1]) && !BoundaryWords.institutions.contains(words[0])
    }

    /// True when one to three capitalised words are followed by a reporting verb:
    /// `"Why now?" Prime Minister Smith asked.`
    var isAttribution: Bool {
        for (index, word) in words.enumerated() {
            if BoundaryWords.reportingVerbs.contains(word) { return index >= 1 }
            if !capitalized[index] { return false }
        }
        return false
    }
}

extension SentenceSplitter {
    /// The word just before `index` (up to the previous white space), without opening or
    /// closing quotes and brackets; empty when there is none.
    func precedingWord(_ scalars: [Unicode.Scalar], before index: Int, from start: Int) -> String {
        var end = index
        while end > start, SentenceMark.isCloser(scalars[end - 1]) { end -= 1 }
        var first = end
        while first > start, !SentenceScalar.isSpace(scalars[first - 1]) { first -= 1 }
        while first < end, SentenceMark.isOpener(scalars[first]) { first += 1 }
        return String(String.UnicodeScalarView(scalars[first..<end]))
    }
}
