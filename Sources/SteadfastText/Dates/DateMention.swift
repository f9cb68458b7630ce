import SteadfastCore

/// A date found in a sentence, resolved to the calendar.
public struct DateMention: Sendable, Hashable, Codable {
    /// How the date was written.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Fully written: "January 3, 2026", "3 Jan 2026", "2026-01-03".
        case absolute
        /// Month or year only: "in June 2025", "in 2023".
        case partial
        /// Relative to the publication date: "on Friday", "last month".
        case relative
        /// Not in the sentence: carried forward from the surrounding sentences.
        case carried
    }

    /// The resolved date, as precise as the text supports.
    public var date: PartialDate
    /// How it was written.
    public var kind: Kind
    /// Where it lies in the sentence, in scalar offsets relative to the sentence's start; nil
    /// for a carried date.
    public var span: TextSpan?

    /// Creates a mention.
    ///
    /// - Parameters:
    ///   - date: the resolved date.
    ///   - kind: how it was written.
    ///   - span: where it lies in the sentence.
    public init(date: PartialDate, kind: Kind, span: TextSpan?) {
        self.date = date
        self.kind = kind
        self.span = span
    }
}
