import SteadfastCore

extension DateScanner {
    /// `Friday`, `on Friday`: the latest Friday on or before the publication day; `last Friday`:
    /// the latest one before it; `next Friday`, `this Friday`: the first one after it (or on it,
    /// for `this`). A weekday before a written date (`Friday, January 3`) is left to that date.
    func weekday(_ weekday: Int, at index: Int) -> DateMatch? {
        guard let today = published?.knownDay else { return nil }
        let next = word(index + 1) == "," ? index + 2 : index + 1
        if dayOfMonth(next) != nil || isMonth(next) { return nil }
        var start = index - 1
        let day: Day
        switch word(index - 1) {
        case "last": day = today.nearest(weekday, direction: -1, strictly: true)
        case "next": day = today.nearest(weekday, direction: 1, strictly: true)
        case "this": day = today.nearest(weekday, direction: 1, strictly: false)
        case "coming":
            day = today.nearest(weekday, direction: 1, strictly: true)
            if word(index - 2) == "this" { start -= 1 }
        default:
            day = today.nearest(weekday, direction: -1, strictly: false)
            start = index
        }
        return DateMatch(date: PartialDate(day), kind: .relative, tokens: start..<index + 1)
    }

    /// `today`, `tonight` (the publication date), `yesterday`, `tomorrow`.
    func dayOffset(_ offset: Int, at index: Int) -> DateMatch? {
        guard let published else { return nil }
        if offset == 0 { return DateMatch(date: published, kind: .relative, tokens: index..<index + 1) }
        guard let today = published.knownDay else { return nil }
        return DateMatch(date: PartialDate(today.adding(days: offset)), kind: .relative, tokens: index..<index + 1)
    }

    /// `last night`, `this morning`, `this evening`.
    func partOfDay(at index: Int) -> DateMatch? {
        guard let today = published?.knownDay else { return nil }
        let offset: Int
        switch word(index - 1) {
        case "last" where key(index) == "night": offset = -1
        case "this": offset = 0
        default: return nil
        }
        return DateMatch(date: PartialDate(today.adding(days: offset)), kind: .relative, tokens: index - 1..<index + 1)
    }

    /// `this week`, `last month`, `next year`, `earlier this year`, `late last year`, and `the
    /// next day`, `the following day`, `the previous day` (counted from the context's day).
    func unit(_ unit: TimeUnit, at index: Int) -> DateMatch? {
        if unit == .day { return adjacentDay(at: index) }
        let shifts = ["this": 0, "last": -1, "next": 1, "coming": 1]
        guard let shift = shifts[word(index - 1)], word(index - 2) != "the", let date = shifted(unit, by: shift) else {
            return nil
        }
        let start = CalendarWords.unitModifiers.contains(word(index - 2)) ? index - 2 : index - 1
        return DateMatch(date: date, kind: .relative, tokens: start..<index + 1)
    }

    /// `three days ago`, `a year ago`, `2 weeks ago`.
    func ago(at index: Int) -> DateMatch? {
        guard let unit = CalendarWords.countedUnits[word(index - 1)], let count = count(index - 2),
            let date = shifted(unit, by: -count)
        else { return nil }
        return DateMatch(date: date, kind: .relative, tokens: index - 2..<index + 1)
    }

    /// `the next day`, `the following day`, `the previous day`, from a context known to the day.
    private func adjacentDay(at index: Int) -> DateMatch? {
        let offsets = ["next": 1, "following": 1, "previous": -1]
        guard word(index - 2) == "the", let offset = offsets[word(index - 1)], let day = context?.knownDay else {
            return nil
        }
        return DateMatch(date: PartialDate(day.adding(days: offset)), kind: .relative, tokens: index - 2..<index + 1)
    }

    /// The publication date moved by a number of units, at the unit's precision; weeks give the
    /// month of the day that many weeks away, since a partial date has no week.
    private func shifted(_ unit: TimeUnit, by count: Int) -> PartialDate? {
        guard let published else { return nil }
        switch unit {
        case .year:
            return PartialDate(year: published.year + count)
        case .month:
            return published.month(shiftedBy: count)
        case .week:
            if count == 0 { return published.month(shiftedBy: 0) }
            return published.knownDay.flatMap { PartialDate.month(of: $0.adding(days: 7 * count)) }
        case .day:
            return published.knownDay.map { PartialDate($0.adding(days: count)) }
        }
    }

    /// True when the token at `index` is a capitalised month name.
    private func isMonth(_ index: Int) -> Bool {
        guard case .month = CalendarWords.anchors[word(index)] else { return false }
        return tokens[index].isCapitalized
    }
}
