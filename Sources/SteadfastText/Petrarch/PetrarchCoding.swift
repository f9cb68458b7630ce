/// One coded event of a PETRARCH record: who did what to whom, as codes.
///
/// Codes are kept as written: actor codes with their agents (`ARNGOV`, `---GOV`), `---` for an absent
/// actor, a quoted phrase for a new actor (`"INJURY TOLL"`), and the event code (`064`, `174K`).
public struct PetrarchCoding: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The source actor's code.
    public var source: String
    /// The target actor's code.
    public var target: String
    /// The event code.
    public var code: String

    /// Creates a coding.
    ///
    /// - Parameters:
    ///   - source: the source actor's code.
    ///   - target: the target actor's code.
    ///   - code: the event code.
    public init(source: String, target: String, code: String) {
        self.source = source
        self.target = target
        self.code = code
    }

    /// `SOURCE TARGET CODE`, as the evaluation lists codings.
    public var description: String { "\(source) \(target) \(code)" }

    /// Orders codings by source, then target, then code.
    ///
    /// - Parameters:
    ///   - lhs: a coding.
    ///   - rhs: another.
    /// - Returns: whether `lhs` comes first.
    public static func < (lhs: PetrarchCoding, rhs: PetrarchCoding) -> Bool {
        (lhs.source, lhs.target, lhs.code) < (rhs.source, rhs.target, rhs.code)
    }
}

/// Why the coder set a sentence aside instead of coding it, in the records' own words.
public enum PetrarchRejection: String, Sendable, Hashable, Codable {
    /// A phrase of the discards dictionary marked `+`: the whole story is discarded.
    case storyDiscard = "storydiscard"
    /// A phrase of the discards dictionary without `+`: the sentence is discarded.
    case sentenceDiscard = "sentencediscard"
    /// The text opens with a dateline (`CITY: --`), not a sentence.
    case dateline
    /// The parse tree is malformed. Steadfast reads no parse trees, so it never rejects for this.
    case badInputParse = "bad_input_parse"
}

/// What the coder made of one sentence: its codings, or why it set the sentence aside.
public struct PetrarchCoderResult: Sendable, Hashable {
    /// The codings, without duplicates.
    public var codings: Set<PetrarchCoding>
    /// Why the sentence was set aside, if it was.
    public var rejection: PetrarchRejection?

    /// Creates a result.
    ///
    /// - Parameters:
    ///   - codings: the codings.
    ///   - rejection: why the sentence was set aside.
    public init(codings: Set<PetrarchCoding> = [], rejection: PetrarchRejection? = nil) {
        self.codings = codings
        self.rejection = rejection
    }
}
