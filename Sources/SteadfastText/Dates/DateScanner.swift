import SteadfastCore

/// A date expression read from a run of tokens.
struct DateMatch {
    /// The resolved date.
    var date: PartialDate
    /// How it was written.
    var kind: DateMention.Kind
    /// The tokens it covers.
    var tokens: Range<Int>
}

/// Reads the date expressions of one sentence, left to right, in one pass over its tokens.
///
/// Each expression is found at an anchor word (a month, a weekday, a four-digit year, `today`,
/// `week`, `ago`, an ISO date) and grows backwards over its cue and modifiers (`in late`, `last`,
/// `three days`) and forwards over its day and year. Every date read becomes the context for a
/// month written without a year later on.
struct DateScanner {
    /// The sentence's tokens.
    let tokens: [Token]
    /// The publication date.
    let published: PartialDate?
    /// The date a month without a year takes its year from: the last date read, at first the
    /// context given.
    private(set) var context: PartialDate?
    /// One past the last token of the last expression read: no new expression starts before it.
    private(set) var consumed = 0
    private var mentions: [DateMention] = []

    /// Creates a scanner.
    init(tokens: [Token], published: PartialDate?, context: PartialDate?) {
        self.tokens = tokens
        self.published = published
        self.context = context ?? published
    }

    /// The date mentions of the sentence, in the order written.
    mutating func scan() -> [DateMention] {
        var index = 0
        while index < tokens.count {
            if let found = match(at: index), found.tokens.lowerBound >= consumed {
                record(found)
                index = found.tokens.upperBound
            } else {
                index += 1
            }
        }
        return mentions
    }

    private mutating func record(_ found: DateMatch) {
        let span = TextSpan(
            start: tokens[found.tokens.lowerBound].span.start, end: tokens[found.tokens.upperBound - 1].span.end)
        mentions.append(DateMention(date: found.date, kind: found.kind, span: span))
        context = found.date
        consumed = found.tokens.upperBound
    }

    private func match(at index: Int) -> DateMatch? {
        guard let first = tokens[index].normalized.utf8.first else { return nil }
        if first >= UInt8(ascii: "0"), first <= UInt8(ascii: "9") {
            return isoDay(at: index) ?? year(at: index)
        }
        guard first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return nil }
        let word = key(index)
        if word.hasPrefix("mid-") {
            return midMonth(at: index) ?? year(at: index)
        }
        switch CalendarWords.anchors[word] {
        case .month(let month): return tokens[index].isCapitalized ? self.month(month, at: index) : nil
        case .weekday(let weekday): return isName(index, capitalized: true) ? nil : self.weekday(weekday, at: index)
        case .dayOffset(let offset): return isName(index, capitalized: false) ? nil : dayOffset(offset, at: index)
        case .partOfDay: return partOfDay(at: index)
        case .unit(let unit): return self.unit(unit, at: index)
        case .ago: return ago(at: index)
        case nil: return nil
        }
    }

    /// True when the token at `index` is part of a name rather than a date (`Black Friday`, `USA
    /// Today`): it follows a capitalised word other than a cue, or, when `capitalized` is
    /// required, it is not capitalised itself.
    private func isName(_ index: Int, capitalized: Bool) -> Bool {
        guard tokens[index].isCapitalized else { return capitalized }
        guard index > 0, tokens[index - 1].isCapitalized else { return false }
        return !CalendarWords.weekdayLeads.contains(key(index - 1))
    }

    /// The lookup key of the token at `index` (`CalendarWords.key`).
    func key(_ index: Int) -> String {
        CalendarWords.key(tokens[index])
    }

    /// The key of the token at `index`, or "" outside the sentence or before `consumed`.
    func word(_ index: Int) -> String {
        index >= consumed && index < tokens.count ? key(index) : ""
    }

    /// True when the last expression read ends just before `index` (`from March` + `to`).
    func followsMention(_ index: Int) -> Bool {
        !mentions.isEmpty && consumed == index
    }

    /// A month (and day) without a year, dated in the year of the context, or the year before
    /// when that would fall after the publication date.
    func inContextYear(month: Int, day: Int?) -> PartialDate? {
        guard let year = context?.year, let date = PartialDate(year: year, month: month, day: day) else { return nil }
        guard let published, date.earliest > published.latest else { return date }
        return PartialDate(year: year - 1, month: month, day: day) ?? date
    }
}
