import Foundation

/// A TABARI/PETRARCH verbs dictionary (`CAMEO.2.0.txt`, `PETR.Validate.verbs.txt`): verb families,
/// their forms and patterns, synonym sets, and PETRARCH 2's transformations, in a form a coder can use.
///
/// The format (PETRARCH `dictionaries.rst` and `PETRreader.read_verb_dictionary`, TABARI manual 5.5–5.7):
///
/// ```
/// &CURRENCY                          a synset: label, then + members
/// +DOLLAR
/// --- PLEDGE [030] ---               a family: name and default code
/// PLEDGE                             a verb; regular forms are generated
/// SWEAR {SWORE SWORN SWEARS}  [032]  irregular forms given; own code
/// +HAND_OVER {+HANDED_OVER ...}      a multi-word verb; + marks the word the parser calls the verb
/// - * &CURRENCY (TO +)  [071]        a pattern: words before and after the verb (*) and a code
/// ~ a (a b ATTACK) SAY = a b 015     a transformation
/// ```
///
/// - Forms: lower-cased, words joined by one blank (`"cordon off"`). Without `{...}` the regular forms
///   of the verb word are added (`EnglishInflection`); with `{...}` exactly the listed ones (PETRARCH 2),
///   `{}` for none. TABARI's `BREAK=` (no endings), forms on the next line (`{BROKE_ BROKEN_}`), verbs
///   outside any family (each its own family) and `<SYNSETS>` tags are read too.
/// - Codes are kept as written, upper-cased: `042`, `042:043`, `:173`, `---` (null), `023?`.
/// - Patterns: both dialects share one structure. TABARI/PETRARCH 1 writes a sequence (`- + WAS *_BY $`):
///   a blank lets words come between (`.gap`), an underscore or nothing does not. PETRARCH 2 adds groups:
///   `{FINANCIAL AID}` (a noun phrase, head last) and `(FOR AID)` (a prepositional phrase), kept as
///   `.nounPhrase` and `.prepositionalPhrase`. The verb itself is not an element: it stands between
///   `before` and `after`. Negation has no syntax of its own: it is written with words (`- NOT *`,
///   `- FAILED_TO_*`, `- * &NEGATVAUXVRB`).
/// - Synsets: `synsets` maps the label without `&` and trailing `_` (`CURRENCY`) to its phrases, each
///   followed by its plural unless the label or the member ends in `_`; `+&OTHER` members are expanded.
///   In patterns a synset reference takes the longest defined label (`&FIGHT_OF_WORDS` is one synset,
///   `&FIGHT_CRIM` is `&FIGHT` followed directly by `crim`). Definitions may come after their use.
/// - Not kept: TABARI's stemming (PETRARCH matches whole words), alternative patterns `{ A | B }`
///   (PETRARCH skips them; so does Steadfast, with a warning).
///
/// Slips that real dictionaries contain are read as PETRARCH reads them and listed in `warnings`.
public struct PetrarchVerbDictionary: Sendable {
    /// A verb of a family, with its forms; its family's patterns come with it.
    public struct Verb: Sendable, Hashable {
        /// The forms, lower-cased: `["attack", "attacks", "attacked", "attacking"]`.
        public var forms: [String]
        /// Which word of each form is the verb proper (0 but for multi-word verbs such as `wire +tap`).
        public var verbWordIndex: Int
        /// The code of the verb alone: its own or its family's; nil when neither gives one (PETRARCH then
        /// uses the null code `---`).
        public var code: String?
        /// The family's name as written in its `--- NAME [code] ---` line (the verb itself, upper-case,
        /// for TABARI entries outside any family).
        public var family: String
        /// The family's patterns, in file order (shared by all its verbs).
        public var patterns: [Pattern]
        /// The line the verb is on.
        public var line: Int

        /// Creates a verb.
        ///
        /// - Parameters:
        ///   - forms: the forms.
        ///   - verbWordIndex: which word is the verb.
        ///   - code: the code.
        ///   - family: the family's name.
        ///   - patterns: the patterns.
        ///   - line: the line.
        public init(
            forms: [String], verbWordIndex: Int = 0, code: String?, family: String, patterns: [Pattern] = [],
            line: Int = 0
        ) {
            self.forms = forms
            self.verbWordIndex = verbWordIndex
            self.code = code
            self.family = family
            self.patterns = patterns
            self.line = line
        }
    }

    /// A pattern: what must stand before and after the verb, and the code it gives.
    public struct Pattern: Sendable, Hashable {
        /// The elements before the verb, in text order.
        public var before: [PatternElement]
        /// The elements after the verb, in text order.
        public var after: [PatternElement]
        /// The event code, as written (upper-cased).
        public var code: String
        /// The line the pattern is on.
        public var line: Int

        /// Creates a pattern.
        ///
        /// - Parameters:
        ///   - before: the elements before the verb.
        ///   - after: the elements after it.
        ///   - code: the code.
        ///   - line: the line.
        public init(before: [PatternElement], after: [PatternElement], code: String, line: Int = 0) {
            self.before = before
            self.after = after
            self.code = code
            self.line = line
        }
    }

    /// One element of a pattern.
    public indirect enum PatternElement: Sendable, Hashable {
        /// A word, lower-cased.
        case word(String)
        /// `&NAME`: any phrase of the synset (the key in `synsets`).
        case synset(String)
        /// `$`: the source actor.
        case source
        /// `+`: the target actor.
        case target
        /// `%`: a compound actor that is both source and target.
        case compound
        /// `^`: an actor to skip.
        case skipActor
        /// A blank between elements: other words may come between. Elements not separated by a gap
        /// are consecutive.
        case gap
        /// PETRARCH 2 `{MODIFIER ... HEAD}`: a noun phrase, head last.
        case nounPhrase([PatternElement])
        /// PETRARCH 2 `(PREPOSITION OBJECT ...)`: a prepositional phrase.
        case prepositionalPhrase(preposition: String, object: [PatternElement])
    }

    /// The verbs, in file order.
    public var verbs: [Verb]
    /// The synsets: label (without `&` and trailing `_`) to lower-case phrases.
    public var synsets: [String: [String]]
    /// PETRARCH 2 transformations, in file order.
    public var transformations: [Transformation]
    /// Problems that did not stop the reading (`TextError.badDictionary` values naming file and line).
    public var warnings: [TextError]

    /// Creates a dictionary.
    ///
    /// - Parameters:
    ///   - verbs: the verbs.
    ///   - synsets: the synsets.
    ///   - transformations: the transformations.
    ///   - warnings: the warnings.
    public init(
        verbs: [Verb] = [], synsets: [String: [String]] = [:], transformations: [Transformation] = [],
        warnings: [TextError] = []
    ) {
        self.verbs = verbs
        self.synsets = synsets
        self.transformations = transformations
        self.warnings = warnings
    }

    /// Reads a verbs dictionary file.
    ///
    /// - Parameters:
    ///   - url: the file.
    /// - Returns: the dictionary.
    /// - Throws: `TextError.badDictionary(file, line:, reason:)` for a malformed line, `TextError.notText`
    ///   or `TextError.tooLarge` for a file that is no dictionary, or what reading the file throws.
    public static func load(_ url: URL) throws -> PetrarchVerbDictionary {
        try parse(PetrarchSource.bytes(of: url), file: url.lastPathComponent)
    }

    /// Parses the text of a verbs dictionary.
    ///
    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: its name, for errors.
    /// - Returns: the dictionary.
    /// - Throws: `TextError.badDictionary(file, line:, reason:)` for a malformed line.
    public static func parse(_ text: String, file: String) throws -> PetrarchVerbDictionary {
        try parse(Array(text.utf8), file: file)
    }

    /// Parses the UTF-8 bytes of a verbs dictionary.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - file: its name, for errors.
    /// - Returns: the dictionary.
    /// - Throws: `TextError.badDictionary(file, line:, reason:)` for a malformed line.
    static func parse(_ bytes: [UInt8], file: String) throws -> PetrarchVerbDictionary {
        var reader = PetrarchVerbReader(report: PetrarchReport(file: file))
        for line in try PetrarchSource.lines(bytes, file: file) {
            try reader.read(line)
        }
        return try reader.dictionary()
    }
}
