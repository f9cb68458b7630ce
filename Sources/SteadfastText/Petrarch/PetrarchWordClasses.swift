/// The closed classes of English words the PETRARCH coder needs without a parser.
enum PetrarchWordClasses {
    /// Determiners and possessive pronouns: a dictionary verb form after one is a noun (`an accord`).
    static let determiners: Set<String> = [
        "a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this", "these", "those",
    ]

    /// Function words that never sit inside a noun phrase between its names.
    static let functionWords: Set<String> = [
        "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "with", "by", "from",
        "into", "about", "against", "between", "over", "after", "before", "since", "until", "during", "near",
        "that", "which", "who", "whom", "whose", "when", "where", "while", "if", "as", "than", "is", "was",
        "were", "are", "be", "been", "being", "has", "have", "had", "will", "would", "can", "could", "should",
        "may", "might", "must", "shall", "do", "does", "did", "not", "n't", "it", "its", "their", "his", "her",
        "they", "he", "she", "we", "this", "these", "those", "there", "'s", "neither", "either", "also",
        "almost", "very",
    ]

    /// Forms of `be`, for the passive.
    static let be: Set<String> = ["is", "was", "were", "are", "be", "been", "being", "'s"]

    /// Auxiliaries: when another verb follows, the auxiliary is not the event's verb.
    static let auxiliaries: Set<String> = [
        "will", "would", "can", "could", "should", "may", "might", "must", "shall", "has", "have", "had", "is",
        "was", "were", "are", "be", "been", "being", "do", "does", "did",
    ]

    /// Conjunctions that join the names of a compound actor.
    static let conjunctions: Set<String> = ["and", "or", "nor"]

    /// Prepositions passed over before a verb's object.
    static let prepositions: Set<String> = [
        "for", "to", "with", "at", "on", "in", "into", "from", "against", "about", "toward", "towards",
    ]

    /// Prepositions that attach agents to actors (`the envoys of Veloria`, `lawmakers in Marento`).
    static let attachments: Set<String> = ["of", "in", "from"]

    /// Subordinating conjunctions: a comma clause they open depends on the clause before it.
    static let subordinators: Set<String> = [
        "after", "before", "when", "while", "since", "until", "because", "although", "though", "as", "if",
    ]

    /// Conjunctions that start a new clause when a verb follows (`... and sent aid`).
    static let clauseConjunctions: Set<String> = ["and", "but"]
}
