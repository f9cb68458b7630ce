import SteadfastCore

extension DateScanner {
    /// `2026-01-03`.
    func isoDay(at index: Int) -> DateMatch? {
        let word = key(index)
        guard word.utf8.count == 10, let date = PartialDate(iso: word), date.precision == .day else { return nil }
        return DateMatch(date: date, kind: .absolute, tokens: index..<index + 1)
    }

    /// A month and what goes with it: `January 3, 2026`, `3 Jan 2026`, `June 2025`, `in late
    /// December`, `last June`. A month without a day or a year needs a cue before it.
    func month(_ month: Int, at index: Int) -> DateMatch? {
        var end = index + 1
        if CalendarWords.abbreviatedMonths.contains(key(index)), word(end) == "." { end += 1 }
        if let before = dayBefore(index) {
            return dayOfMonth(before.day, month: month, tokens: before.start, end)
        }
        if let day = dayOfMonth(end), word(end + 1) != ":" {
            return dayOfMonth(day, month: month, tokens: index, end + 1)
        }
        let start = CalendarWords.modifiers.contains(word(index - 1)) ? index - 1 : index
        if let year = writtenYear(end), let date = PartialDate(year: year, month: month) {
            return DateMatch(date: date, kind: .partial, tokens: start..<end + 1)
        }
        if word(end) == "of", let year = writtenYear(end + 1), let date = PartialDate(year: year, month: month) {
            return DateMatch(date: date, kind: .partial, tokens: start..<end + 2)
        }
        return bareMonth(month, at: index, end: end)
    }

    /// `mid-June`, `mid-June 2025`.
    func midMonth(at index: Int) -> DateMatch? {
        let name = key(index).dropFirst(4)
        guard let month = CalendarWords.months[String(name)],
            tokens[index].text.unicodeScalars.dropFirst(4).first?.properties.isUppercase == true
        else { return nil }
        if let year = writtenYear(index + 1), let date = PartialDate(year: year, month: month) {
            return DateMatch(date: date, kind: .partial, tokens: index..<index + 2)
        }
        guard let date = inContextYear(month: month, day: nil) else { return nil }
        return DateMatch(date: date, kind: .partial, tokens: index..<index + 1)
    }

    /// A four-digit year after a cue (`in 2023`, `since 2015`, `early 2026`, `the summer of
    /// 2024`, `mid-2024`, `the 2022 invasion`), or `as 2026 has begun`; a range (`in 2014-16`)
    /// gives its first year. Bare numbers are not years: `Resolution 2254`.
    func year(at index: Int) -> DateMatch? {
        let isMid = key(index).hasPrefix("mid-")
        let digits = DateScanner.firstYearDigits(Substring(key(index).dropFirst(isMid ? 4 : 0)).unicodeScalars)
        guard digits.count == 4, let year = DateScanner.digitValue(digits, maximumDigits: 4),
            (1800...2100).contains(year), let date = PartialDate(year: year)
        else { return nil }
        if isMid { return DateMatch(date: date, kind: .partial, tokens: index..<index + 1) }
        if let begun = yearBegun(year, at: index) { return begun }
        guard let start = yearStart(before: index) else { return nil }
        return DateMatch(date: date, kind: .partial, tokens: start..<index + 1)
    }

    /// A day and month, with the year written after them or taken from the context.
    private func dayOfMonth(_ day: Int, month: Int, tokens start: Int, _ end: Int) -> DateMatch? {
        var yearIndex = end
        if word(yearIndex) == ",", writtenYear(yearIndex + 1) != nil { yearIndex += 1 }
        if let year = writtenYear(yearIndex) {
            guard let date = PartialDate(year: year, month: month, day: day) else { return nil }
            return DateMatch(date: date, kind: .absolute, tokens: start..<yearIndex + 1)
        }
        guard let date = inContextYear(month: month, day: day) else { return nil }
        return DateMatch(date: date, kind: .absolute, tokens: start..<end)
    }

    /// A day written before a month (`3 January`, `the 3rd of January`): where it starts and
    /// its value.
    private func dayBefore(_ index: Int) -> (start: Int, day: Int)? {
        if word(index - 1) == "of" {
            return dayOfMonth(index - 2, ordinalOnly: true).map { (index - 2, $0) }
        }
        return dayOfMonth(index - 1).map { (index - 1, $0) }
    }

    /// A month with neither day nor year: dated by the context after a cue (`in June`, `late
    /// December`, `the end of June`, `to June` after another date), or by the publication date
    /// after `last`, `this`, `next`.
    private func bareMonth(_ month: Int, at index: Int, end: Int) -> DateMatch? {
        let previous = word(index - 1)
        if let date = relativeMonth(month, after: previous) {
            return DateMatch(date: date, kind: .relative, tokens: index - 1..<end)
        }
        var start = index
        if CalendarWords.modifiers.contains(previous) {
            start = index - 1
        } else if previous == "of", CalendarWords.temporalHeads.contains(word(index - 2)) {
            start = index - 2
        } else if !CalendarWords.monthCues.contains(previous),
            !(CalendarWords.joiners.contains(previous) && followsMention(index - 1))
        {
            return nil
        }
        let sharedYear = yearOfPairedMonth(after: end).flatMap { PartialDate(year: $0, month: month) }
        guard let date = sharedYear ?? inContextYear(month: month, day: nil) else { return nil }
        return DateMatch(date: date, kind: .partial, tokens: start..<end)
    }

    /// The year written after a second month joined to a first (`June` in `between June and
    /// August 2024`), which the first shares.
    private func yearOfPairedMonth(after end: Int) -> Int? {
        guard CalendarWords.joiners.contains(word(end)), end + 1 < tokens.count, tokens[end + 1].isCapitalized,
            case .month = CalendarWords.anchors[word(end + 1)]
        else { return nil }
        let yearIndex = word(end + 2) == "." ? end + 3 : end + 2
        return writtenYear(yearIndex)
    }

    /// `last June` (the latest June before the publication month), `this June`, `next June`.
    private func relativeMonth(_ month: Int, after previous: String) -> PartialDate? {
        guard let published, let current = published.month else { return nil }
        switch previous {
        case "last": return PartialDate(year: month < current ? published.year : published.year - 1, month: month)
        case "this": return PartialDate(year: published.year, month: month)
        case "next": return PartialDate(year: month > current ? published.year : published.year + 1, month: month)
        default: return nil
        }
    }

    /// Where the expression of a year at `index` starts, or nil when nothing before it makes
    /// the number a year.
    private func yearStart(before index: Int) -> Int? {
        let previous = word(index - 1)
        if CalendarWords.modifiers.contains(previous) || CalendarWords.seasons.contains(previous) { return index - 1 }
        if previous == "of", CalendarWords.temporalHeads.contains(word(index - 2)) { return index - 2 }
        if CalendarWords.yearCues.contains(previous) { return index }
        if CalendarWords.joiners.contains(previous), followsMention(index - 1) { return index }
        if CalendarWords.determiners.contains(previous), startsWithLetter(index + 1) { return index }
        return nil
    }

    /// True when the token at `index` starts with a letter: `invasion` in `the 2022 invasion`.
    private func startsWithLetter(_ index: Int) -> Bool {
        guard index < tokens.count, let first = tokens[index].normalized.unicodeScalars.first else { return false }
        return first.properties.isAlphabetic
    }

    /// `as 2026 has begun`: January of that year when the publication date is in it, else the
    /// year.
    private func yearBegun(_ year: Int, at index: Int) -> DateMatch? {
        guard word(index - 1) == "as" else { return nil }
        var end = index + 1
        if word(end) == "has" || word(end) == "had" { end += 1 }
        guard
            ["begun", "begins", "began", "started", "starts", "dawned", "dawns", "opened", "opens"].contains(word(end))
        else { return nil }
        let inJanuary = published?.year == year && published?.month == 1
        guard let date = PartialDate(year: year, month: inJanuary ? 1 : nil) else { return nil }
        return DateMatch(date: date, kind: .relative, tokens: index..<end + 1)
    }
}
