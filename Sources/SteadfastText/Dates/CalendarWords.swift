/// A unit of calendar time named in text.
enum TimeUnit {
    case day
    case week
    case month
    case year
}

/// What a word can start or anchor in a date expression.
enum DateAnchor {
    /// A month name or abbreviation, 1 to 12.
    case month(Int)
    /// A weekday name, 0 (Monday) to 6 (Sunday).
    case weekday(Int)
    /// `today`, `yesterday`, `tomorrow`: days from the publication day.
    case dayOffset(Int)
    /// `night`, `morning`, `afternoon`, `evening` after `last` or `this`.
    case partOfDay
    /// `day`, `week`, `weekend`, `month`, `year` after `this`, `last`, `next`.
    case unit(TimeUnit)
    /// `ago` after a count and a unit.
    case ago
}

/// The words of date expressions, lower-cased.
enum CalendarWords {
    /// The word each token is looked up by: normalized, without a possessive `'s`.
    static func key(_ token: Token) -> String {
        let word = token.normalized
        let bytes = word.utf8
        guard bytes.count > 2, bytes.last == UInt8(ascii: "s"),
            bytes[bytes.index(bytes.endIndex, offsetBy: -2)] == UInt8(ascii: "'")
        else { return word }
        return String(word.dropLast(2))
    }

    /// Month names and their abbreviations.
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// Every word that anchors a date expression.
    static let anchors: [String: DateAnchor] = {
        var anchors: [String: DateAnchor] = [:]
        for (word, month) in months { anchors[word] = .month(month) }
        let days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
        for (index, word) in days.enumerated() { anchors[word] = .weekday(index) }
        for (word, offset) in ["today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1] {
            anchors[word] = .dayOffset(offset)
        }
        for word in ["night", "morning", "afternoon", "evening"] { anchors[word] = .partOfDay }
        let units: [String: TimeUnit] = ["day": .day, "week": .week, "weekend": .week, "month": .month, "year": .year]
        for (word, unit) in units { anchors[word] = .unit(unit) }
        anchors["ago"] = .ago
        return anchors
    }()

    /// Units counted before `ago`, singular and plural.
    static let countedUnits: [String: TimeUnit] = [
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month, "year": .year,
        "years": .year,
    ]

    /// Counts written as words.
    static let counts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    /// Words that make a following bare year a date: `in 2023`, `since 2015`.
    static let yearCues: Set<String> = [
        "in", "since", "by", "until", "till", "from", "through", "throughout", "during", "before", "after", "around",
        "circa", "between",
    ]

    /// Words that make a following bare month a date: `in June`, `on March 5`.
    static let monthCues: Set<String> = yearCues.union(["on"])

    /// Words that qualify a month or year and belong to its span: `late December`, `early 2026`.
    static let modifiers: Set<String> = ["early", "late", "mid"]

    /// Words that qualify `this year`, `last month` and belong to its span: `earlier this year`.
    static let unitModifiers: Set<String> = ["early", "late", "earlier", "later"]

    /// Month abbreviations, which may be followed by a period token (`Jan.`).
    static let abbreviatedMonths: Set<String> = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    ]

    /// Seasons, which give a year's precision: `the summer of 2024`, `spring 2025`.
    static let seasons: Set<String> = ["summer", "spring", "autumn", "fall", "winter"]

    /// Nouns before `of` that make the following month or year a date: `the end of June`.
    static let temporalHeads: Set<String> = seasons.union([
        "end", "start", "beginning", "middle", "half", "quarter", "part", "rest", "course", "remainder", "month",
        "months", "week", "weeks", "weekend", "days",
    ])

    /// Determiners that make a following year a date when a word follows it: `the 2022 invasion`.
    static let determiners: Set<String> = ["the", "a", "an", "its", "their", "his", "her"]

    /// Capitalised words before a weekday or `Today` that still leave it a date (`On Friday`);
    /// any other (`Black Friday`, `USA Today`) makes it part of a name.
    static let weekdayLeads: Set<String> = [
        "on", "last", "next", "this", "coming", "since", "by", "until", "from", "before", "after", "and", "or", "late",
        "early",
    ]

    /// Words that join a second date to the one just read: `from March to June`.
    static let joiners: Set<String> = ["and", "to", "through", "until", "till", "or", "-", "\u{2013}", "\u{2014}"]
}
