import SteadfastCore

/// Finds the dates of sentences and resolves them to the calendar: written dates (`January 3,
/// 2026`, `3 Jan 2026`, `2026-01-03`), months and years (`in June 2025`, `since 2015`, `early
/// 2026`), and expressions relative to the publication date (`yesterday`, `on Friday`, `last
/// month`, `three days ago`).
///
/// Choices, where the text leaves room:
/// - A day and month give day precision, a month and year month precision; seasons, `early`,
///   `late` and `mid` keep the precision of what they qualify (`the summer of 2024` is `2024`,
///   `late December` a month).
/// - A month without a year takes the year of the context (the last date read in this or the
///   preceding sentences, or the publication date), or the year before when that would fall
///   after the publication date.
/// - A weekday is the latest such day on or before the publication day (`last Friday`: before
///   it; `next Friday`: after it). Weeks resolve to the month of the day a week away (`this
///   week`: the publication month), since a partial date has no week.
/// - A bare number is never a year: a year needs a cue (`in`, `since`, `by`, `early`, `of` after
///   `end` or a season, `and` or `to` after another date, `the` before a word as in `the 2022
///   invasion`). Decades (`the 1990s`), counts
///   (`2,000`), times (`20:00`), ordinals (`16th`) and designations (`F-16`) are not dates.
public struct DateResolver: Sendable {
    /// The date relative expressions count from.
    let published: PartialDate?

    /// Creates a resolver.
    ///
    /// - Parameters:
    ///   - published: the publication date, which relative expressions count from; nil when unknown.
    public init(published: PartialDate?) {
        self.published = published
    }

    /// For each sentence in order, its date mentions: explicit ones in the order written, or — when
    /// it has none and the context gives one — a single `.carried` mention (the most recent
    /// explicit date of the preceding sentences of the same document).
    ///
    /// Captions, furniture and repeated blocks get their own dates but do not change the context;
    /// a block index lower than the previous sentence's starts a new document.
    ///
    /// - Parameters:
    ///   - sentences: the sentences of one or more documents, in order.
    /// - Returns: one list of mentions per sentence.
    public func resolve(_ sentences: [Sentence]) -> [[DateMention]] {
        var latest: PartialDate?
        var previousBlock = -1
        return sentences.map { sentence in
            if sentence.block < previousBlock { latest = nil }
            previousBlock = sentence.block
            let found = mentions(in: sentence.text, context: latest)
            guard let last = found.last else {
                return latest.map { [DateMention(date: $0, kind: .carried, span: nil)] } ?? []
            }
            if DateResolver.setsContext(sentence) { latest = last.date }
            return found
        }
    }

    /// The explicit date mentions of one text given a context date (for the coder and tests).
    ///
    /// - Parameters:
    ///   - text: the text, usually one sentence.
    ///   - context: the date a month without a year takes its year from; the publication date
    ///     when nil.
    /// - Returns: the mentions in the order written, with spans relative to the text.
    public func mentions(in text: String, context: PartialDate?) -> [DateMention] {
        guard DatePrefilter.mayHoldDate(text) else { return [] }
        return mentions(in: Tokenizer.tokens(text), context: context)
    }

    /// The explicit date mentions of a tokenized sentence (spans as the tokens give them).
    ///
    /// - Parameters:
    ///   - tokens: the sentence's tokens.
    ///   - context: the date a month without a year takes its year from; the publication date
    ///     when nil.
    /// - Returns: the mentions in the order written.
    func mentions(in tokens: [Token], context: PartialDate?) -> [DateMention] {
        var scanner = DateScanner(tokens: tokens, published: published, context: context)
        return scanner.scan()
    }

    private static func setsContext(_ sentence: Sentence) -> Bool {
        !sentence.isRepeat && (sentence.kind == .body || sentence.kind == .heading)
    }
}
