/// The word lists that decide whether a period ends a sentence.
enum BoundaryWords {
    /// What an abbreviation before a period says about the end of a sentence.
    enum AbbreviationKind {
        /// A title before a name (`Gen.`, `Mr.`): never the end, when capitalised.
        case title
        /// An abbreviation that links to what follows (`vs.`, `e.g.`): never the end.
        case linking
        /// An abbreviation before a number (`No. 10`): the end unless a number follows.
        case beforeNumber
        /// A single capital letter (`W.`): the end only before a sentence starter.
        case initial
        /// An abbreviation that may close a sentence (`U.S.`, `Inc.`, `etc.`, `Jan.`).
        case closing
    }

    /// How the word before a period reads, or nil when it is an ordinary word.
    ///
    /// - Parameters:
    ///   - word: the word as written, without the period.
    /// - Returns: its kind, or nil.
    static func abbreviationKind(of word: String) -> AbbreviationKind? {
        let scalars = Array(word.unicodeScalars)
        guard let first = scalars.first else { return nil }
        if scalars.count == 1, SentenceScalar.isUppercase(first) { return .initial }
        if let kind = abbreviations[word.lowercased()] {
            return kind == .title && !SentenceScalar.isUppercase(first) ? nil : kind
        }
        return isDottedLetters(scalars) ? .closing : nil
    }

    /// Letters separated by single periods: `U.S`, `D.C`, `p.m`.
    private static func isDottedLetters(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 3, scalars.count % 2 == 1 else { return false }
        return scalars.enumerated().allSatisfy { offset, scalar in
            offset % 2 == 0 ? SentenceScalar.isWordScalar(scalar) : scalar == "."
        }
    }

    private static let abbreviations: [String: AbbreviationKind] = {
        var kinds: [String: AbbreviationKind] = [:]
        for word in titles { kinds[word] = .title }
        for word in ["vs", "v", "e.g", "i.e", "cf", "approx", "ca", "incl", "viz", "esp"] { kinds[word] = .linking }
        for word in ["no", "nos", "art", "vol", "fig", "p", "pp", "ch"] { kinds[word] = .beforeNumber }
        for word in closing { kinds[word] = .closing }
        return kinds
    }()

    private static let titles = [
        "gen", "gens", "lt", "col", "maj", "sgt", "adm", "capt", "cmdr", "cdr", "brig", "cpl", "pvt", "gov", "govs",
        "sen", "sens", "rep", "reps", "pres", "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "st", "mt", "ft",
        "rev", "hon", "amb", "supt", "det", "insp", "atty", "rt",
    ]

    private static let closing = [
        "etc", "inc", "ltd", "corp", "co", "jr", "sr", "bros", "ave", "blvd", "rd", "jan", "feb", "mar", "apr", "jun",
        "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Closed-class words that typically open a sentence, lower-cased.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
        "this", "that", "these", "those", "there", "here", "in", "on", "at", "by", "for", "from", "to", "with",
        "without", "under", "during", "after", "before", "since", "until", "despite", "but", "and", "or", "yet", "so",
        "however", "meanwhile", "moreover", "still", "instead", "also", "then", "now", "while", "when", "where", "as",
        "if", "although", "though", "because", "what", "why", "how", "who", "which", "some", "many", "most", "several",
        "both", "all", "each", "no", "one", "such", "earlier", "later", "last", "next", "today", "yesterday",
    ]

    /// Common verbs and auxiliaries that follow a subject.
    static let verbs: Set<String> = [
        "said", "says", "told", "tells", "added", "adds", "announced", "warned", "stated", "argued", "noted", "claimed",
        "insisted", "denied", "replied", "responded", "urged", "called", "wrote", "confirmed", "reported", "has",
        "have", "had", "is", "was", "were", "are", "will", "would", "could", "can", "may", "might", "should", "must",
        "did", "does", "also",
    ]

    /// Capitalised nouns that follow `U.S.`, `U.K.`, `U.N.` or `E.U.` inside a name (`U.S. Army`),
    /// lower-cased.
    static let institutions: Set<String> = [
        "army", "navy", "air", "marines", "marine", "military", "forces", "troops", "soldiers", "officials",
        "government", "administration", "embassy", "ambassador", "envoy", "senate", "house", "congress", "treasury",
        "state", "defense", "defence", "department", "secretary", "president", "security", "general", "special",
        "central", "intelligence", "coast", "national", "supreme", "court", "commission", "council", "parliament",
        "foreign", "prime", "spokesman", "spokeswoman", "spokesperson", "representative", "mission", "command",
        "agency", "justice", "attorney", "trade", "ministry", "minister", "chancellor", "diplomats", "lawmakers",
        "sanctions", "strikes", "officers", "citizens", "companies", "markets", "stocks", "shares", "economy", "dollar",
        "peacekeepers", "aid",
    ]

    /// Verbs that attribute a quotation, lower-cased.
    static let reportingVerbs: Set<String> = [
        "said", "says", "asked", "asks", "told", "added", "wrote", "replied", "shouted", "wondered", "tweeted",
        "posted", "declared", "insisted", "exclaimed", "cried", "demanded", "countered", "continued",
    ]
}
