import SteadfastCore

/// Reads the publication dates that headers, meta tags and date lines carry: ISO 8601
/// (`2026`, `2026-01`, `2026-01-05`, `2026-01-05T09:30:00Z`) and written forms ("January 5,
/// 2026", "Jan. 5, 2026", "Monday, 5 January 2026", "January 2026"), optionally followed
/// by a time of day ("10:32 a.m. GMT").
enum PublicationDate {
    /// The date a text gives, or nil when it is not (only) a date.
    ///
    /// - Parameters:
    ///   - text: the text.
    /// - Returns: the date, as precise as written.
    static func parse(_ text: String) -> PartialDate? {
        let trimmed = ScalarText.trimmed(text)
        guard let first = trimmed.unicodeScalars.first else { return nil }
        if ("0"..."9").contains(first), let date = isoDate(trimmed) { return date }
        return writtenDate(words(trimmed))
    }

    /// The month a word names ("January", "jan", "Sept."), or nil.
    ///
    /// - Parameters:
    ///   - word: the word, lower-cased, without its trailing period.
    /// - Returns: 1 to 12.
    static func month(named word: Substring) -> Int? {
        monthNumbers[String(word)]
    }

    /// Whether a lower-cased word belongs to a time of day: "10:32", "14.02", "am", "p.m",
    /// a time zone abbreviation, or "at".
    ///
    /// - Parameters:
    ///   - word: the word, lower-cased, without its trailing period.
    /// - Returns: true for time words.
    static func isTimeWord(_ word: Substring) -> Bool {
        if timeWords.contains(String(word)) { return true }
        let scalars = word.unicodeScalars
        guard scalars.contains(where: { $0 == ":" || $0 == "." }) else { return false }
        return scalars.allSatisfy { ("0"..."9").contains($0) || $0 == ":" || $0 == "." }
            || (scalars.count > 2 && (word.hasSuffix("am") || word.hasSuffix("pm"))
                && word.dropLast(2).unicodeScalars.allSatisfy { ("0"..."9").contains($0) || $0 == ":" })
    }

    /// Whether a lower-cased word names a day of the week.
    ///
    /// - Parameters:
    ///   - word: the word.
    /// - Returns: true for weekdays, full or abbreviated.
    static func isWeekday(_ word: Substring) -> Bool {
        weekdays.contains(String(word))
    }

    /// The words of a date text: lower-cased, split at spaces and commas, trailing periods
    /// dropped.
    ///
    /// - Parameters:
    ///   - text: the text.
    /// - Returns: the words.
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).map { word in
            word.hasSuffix(".") && word.count > 1 ? word.dropLast() : word
        }
    }

    private static func isoDate(_ text: String) -> PartialDate? {
        let scalars = Array(text.unicodeScalars)
        if scalars.count > 10, scalars[10] == "T" || scalars[10] == " " {
            return PartialDate(iso: ScalarText.string(scalars[0..<10]))
        }
        return PartialDate(iso: text)
    }

    private static func writtenDate(_ allWords: [Substring]) -> PartialDate? {
        var words = allWords[...]
        if let first = words.first, isWeekday(first) { words = words.dropFirst() }
        guard words.count >= 2 else { return nil }
        let first = words[words.startIndex]
        let second = words[words.startIndex + 1]
        if let month = month(named: first) {
            if let year = year(second) {
                return onlyTimeFollows(words.dropFirst(2)) ? PartialDate(year: year, month: month) : nil
            }
            guard words.count >= 3, let day = dayOfMonth(second), let year = year(words[words.startIndex + 2]),
                onlyTimeFollows(words.dropFirst(3))
            else { return nil }
            return PartialDate(year: year, month: month, day: day)
        }
        guard words.count >= 3, let day = dayOfMonth(first), let month = month(named: second),
            let year = year(words[words.startIndex + 2]), onlyTimeFollows(words.dropFirst(3))
        else { return nil }
        return PartialDate(year: year, month: month, day: day)
    }

    private static func onlyTimeFollows(_ words: ArraySlice<Substring>) -> Bool {
        words.allSatisfy { isTimeWord($0) || $0 == "-" || $0 == "|" || $0 == "\u{2014}" }
    }

    private static func year(_ word: Substring) -> Int? {
        word.count == 4 ? Int(word) : nil
    }

    private static func dayOfMonth(_ word: Substring) -> Int? {
        var digits = word
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = digits.dropLast(2)
        }
        guard (1...2).contains(digits.count), let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    private static let monthNumbers: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        var numbers: [String: Int] = ["sept": 9]
        for (offset, name) in names.enumerated() {
            numbers[name] = offset + 1
            numbers[String(name.prefix(3))] = offset + 1
        }
        return numbers
    }()

    private static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed",
        "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    private static let timeWords: Set<String> = [
        "am", "pm", "a.m", "p.m", "at", "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "msk", "et", "est", "edt",
        "ct", "cst", "cdt", "mt", "pt", "pst", "pdt", "ist", "jst", "z",
    ]
}
