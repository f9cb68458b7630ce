/// One pattern of the verb lexicon: the words that signal an event and what it means.
public struct VerbPattern: Sendable, Hashable {
    /// One slot of a pattern.
    public enum Slot: Sendable, Hashable {
        /// Any of these words (already inflected where the pattern asked for a verb).
        case words(Set<String>)
        /// Up to three words of anything.
        case gap
    }

    /// The slots, in order; the first is never a gap.
    public var slots: [Slot]
    /// The CAMEO code.
    public var cameo: String
    /// What the event means.
    public var reading: EventReading
    /// True when the subject is also the target ("Assad fled").
    public var selfTargeted: Bool
    /// True when the object is the adversary and the help goes to the client under threat.
    public var againstObject = false
    /// True when the pattern applies only to a leader as object ("captured the president").
    public var leaderObject = false
    /// True when the level comes from the help the sentence names ("supported Assad through
    /// airstrikes and arms"), the pattern's own level being the floor.
    public var nominalLevel = false
    /// True when the outcome befalls the object, who is also its target ("pressed the Armenian
    /// forces to withdraw": Armenia lost ground).
    public var objectTargeted = false

    /// Creates a pattern.
    ///
    /// - Parameters:
    ///   - slots: the slots.
    ///   - cameo: the CAMEO code.
    ///   - reading: what it means.
    ///   - selfTargeted: whether the subject is the target.
    public init(slots: [Slot], cameo: String, reading: EventReading, selfTargeted: Bool = false) {
        self.slots = slots
        self.cameo = cameo
        self.reading = reading
        self.selfTargeted = selfTargeted
    }

    /// How many word slots the pattern has: more means more specific.
    public var specificity: Int {
        slots.filter { if case .words = $0 { true } else { false } }.count
    }
}

/// English verb inflection for lexicon lemmas: the forms a news sentence may use.
enum Inflection {
    static let irregular: [String: [String]] = [
        "send": ["sent"], "give": ["gave", "given"], "take": ["took", "taken"], "flee": ["fled"],
        "fight": ["fought"], "strike": ["struck", "stricken"], "lend": ["lent"], "sell": ["sold"],
        "withdraw": ["withdrew", "withdrawn"], "shoot": ["shot"], "fall": ["fell", "fallen"], "meet": ["met"],
        "lose": ["lost"], "stand": ["stood"], "rise": ["rose", "risen"], "seize": ["seized"], "pay": ["paid"],
        "hold": ["held"], "break": ["broke", "broken"], "bring": ["brought"], "leave": ["left"],
        "cut": ["cut"], "put": ["put"], "overthrow": ["overthrew", "overthrown"], "cling": ["clung"],
        "buy": ["bought"], "freeze": ["froze", "frozen"], "have": ["has", "had"], "be": ["is", "was", "were", "been"],
        "lead": ["led"], "do": ["did", "done"], "run": ["ran"],
    ]

    /// The lemma and its inflected forms.
    static func forms(of lemma: String) -> Set<String> {
        var forms: Set<String> = [lemma]
        forms.formUnion(irregular[lemma] ?? [])
        let last = lemma.last ?? " "
        let consonantY = last == "y" && !"aeiou".contains(lemma.dropLast().last ?? "a")
        if consonantY {
            forms.insert(String(lemma.dropLast()) + "ies")
            forms.insert(String(lemma.dropLast()) + "ied")
        } else if lemma.hasSuffix("s") || lemma.hasSuffix("sh") || lemma.hasSuffix("ch") || lemma.hasSuffix("x") {
            forms.insert(lemma + "es")
        } else {
            forms.insert(lemma + "s")
        }
        if lemma.hasSuffix("e") {
            forms.insert(lemma + "d")
            forms.insert(String(lemma.dropLast()) + "ing")
        } else if !consonantY {
            let stem = doublesFinalConsonant(lemma) ? lemma + String(last) : lemma
            forms.insert(stem + "ed")
            forms.insert(stem + "ing")
        } else {
            forms.insert(lemma + "ing")
        }
        return forms
    }

    /// Short verbs ending consonant-vowel-consonant double it: ship → shipped, stop → stopped.
    private static func doublesFinalConsonant(_ word: String) -> Bool {
        let letters = Array(word)
        guard letters.count >= 3, letters.count <= 4 else { return false }
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        let (a, b, c) = (letters[letters.count - 3], letters[letters.count - 2], letters[letters.count - 1])
        return !vowels.contains(a) && vowels.contains(b) && !vowels.contains(c) && !"wxy".contains(c)
    }
}
