/// The small closed word classes the coder reads around a trigger.
enum Cues {
    /// Words that negate the trigger that follows within a few words.
    static let negation: Set<String> = [
        "not", "n't", "never", "no", "nor", "without", "refused", "refuses", "refuse", "failed", "fails", "fail",
        "declined", "declines", "failing", "refusing", "declining", "didn't", "did't", "won't", "wouldn't", "cannot",
        "can't",
    ]
    /// Words that make the trigger hypothetical.
    static let hypothetical: Set<String> = [
        "could", "might", "may", "would", "should", "will", "if", "plans", "planned", "planning", "intends",
        "intended", "threatens", "threatened", "vowed", "vows", "promised", "promises", "considering", "considered",
        "wants", "wanted", "hoped", "hopes", "expected", "chance", "tried", "trying", "attempted", "attempting",
        "seeking", "seeks", "sought", "aiming", "aims",
    ]
    /// Words that present the statement as alleged or disputed.
    static let contested: Set<String> = [
        "allegedly", "alleged", "reportedly", "accused", "accuses", "claims", "claimed", "claim", "purportedly",
        "rumoured", "rumored", "denied", "denies",
    ]
    /// Verbs that report speech or belief, after which a pronoun is the speaker.
    static let reporting: Set<String> = [
        "says", "said", "claims", "claimed", "insists", "insisted", "argues", "argued", "states", "stated",
        "maintains", "maintained", "announced", "announces", "believes", "believed", "asserts", "asserted",
        "denies", "denied",
    ]
    /// Forms of "to be", for the passive voice.
    static let be: Set<String> = ["was", "were", "is", "are", "been", "being", "be", "got", "gets"]
    /// Pronouns that continue the previous sentence's subject.
    static let subjectPronouns: Set<String> = ["he", "she", "it", "they", "its", "their", "his", "her"]
    /// Words that limit the scale of help.
    static let limited: Set<String> = ["limited", "some", "small", "modest", "few", "partial", "little"]
    /// Words that reduce help to a gesture.
    static let token: Set<String> = ["token", "symbolic", "only", "merely", "just"]
    /// Words that put protests down rather than report them happening.
    static let suppression: Set<String> = [
        "crush", "crushed", "crushing", "suppress", "suppressed", "suppressing", "quell", "quelled", "undermine",
        "undermining", "undermined", "disrupt", "disrupting", "disruptions", "against", "case",
    ]
    /// Words that report protests happening.
    static let happening: Set<String> = [
        "erupt", "erupted", "erupting", "erupt", "broke", "break", "spread", "spreading", "underway", "continue",
        "continued", "swept", "sweep", "grew", "grow", "began", "begin", "in", "across", "throughout", "rocked",
    ]

    /// Tokens that end a clause for the purpose of finding subjects and objects.
    static let clauseBreaks: Set<String> = [";", ":", "while", "whereas", "although", "but", "however"]
}
