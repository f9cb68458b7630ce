/// The regular English endings the dictionaries generate: noun plurals and verb forms.
///
/// The formats generate these with rough rules ("add S, IES after Y, ES after SS"); Steadfast uses
/// the ordinary spelling rules instead, which agree with them on the usual words and avoid
/// `ATTORNIES`, `CHURCHS` and `DOLLARSES`: consonant + `y` becomes `ies`/`ied`; words ending in `s`,
/// `x`, `z`, `ch` or `sh` take `es`, except that a noun ending in a single `s` gets no plural; a
/// final `e` takes `d` and is dropped before `ing` unless a vowel precedes it. Consonants are never
/// doubled: the dictionaries list such forms (`SCRAPPING`) themselves.
enum EnglishInflection {
    /// The plural of a lower-case noun; nil for a noun ending in a single `s`, taken to be plural
    /// already (`sanctions`, `dollars`: the dictionaries list many such members).
    ///
    /// - Parameters:
    ///   - noun: the noun.
    /// - Returns: its regular plural, or nil.
    static func plural(_ noun: String) -> String? {
        noun.hasSuffix("s") && !noun.hasSuffix("ss") ? nil : thirdPerson(noun)
    }

    /// The regular forms of a lower-case verb: third person, past and present participle.
    ///
    /// - Parameters:
    ///   - verb: the verb.
    /// - Returns: `[-s, -ed, -ing]` forms.
    static func verbForms(_ verb: String) -> [String] {
        [thirdPerson(verb), past(verb), participle(verb)]
    }

    private static func thirdPerson(_ word: String) -> String {
        if endsInConsonantY(word) { return word.dropLast() + "ies" }
        if ["s", "x", "z", "ch", "sh"].contains(where: word.hasSuffix) { return word + "es" }
        return word + "s"
    }

    private static func past(_ word: String) -> String {
        if word.hasSuffix("e") { return word + "d" }
        if endsInConsonantY(word) { return word.dropLast() + "ied" }
        return word + "ed"
    }

    private static func participle(_ word: String) -> String {
        guard word.count > 2, word.hasSuffix("e"), !isVowel(word.dropLast().last) else { return word + "ing" }
        return word.dropLast() + "ing"
    }

    private static func endsInConsonantY(_ word: String) -> Bool {
        word.count > 1 && word.hasSuffix("y") && !isVowel(word.dropLast().last)
    }

    private static func isVowel(_ letter: Character?) -> Bool {
        letter.map { "aeiou".contains($0) } ?? false
    }
}
