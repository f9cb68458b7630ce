extension DateScanner {
    /// The value of a word made only of ASCII digits, with at most `maximumDigits` of them.
    static func digitValue(_ word: Substring.UnicodeScalarView, maximumDigits: Int) -> Int? {
        guard !word.isEmpty, word.count <= maximumDigits else { return nil }
        var value = 0
        for scalar in word {
            guard scalar.isASCII, scalar.properties.numericType != nil else { return nil }
            value = value * 10 + Int(scalar.value - 48)
        }
        return value
    }

    /// The year part of a year or a year range: `2014` in `2014`, `2014-16`, `2014-2016`; the
    /// whole text otherwise.
    static func firstYearDigits(_ word: Substring.UnicodeScalarView) -> Substring.UnicodeScalarView {
        guard word.count > 5, let dash = word.firstIndex(of: "-") else { return word }
        let rest = word[word.index(after: dash)...]
        guard rest.count == 2 || rest.count == 4, digitValue(rest, maximumDigits: 4) != nil else { return word }
        return word[..<dash]
    }

    /// A day of the month at `index`: `3`, `03`, `3rd`, `22nd`, or the first day of `5-7`.
    func dayOfMonth(_ index: Int, ordinalOnly: Bool = false) -> Int? {
        let scalars = Substring(word(index)).unicodeScalars
        let digits = scalars.prefix { $0.isASCII && $0.properties.numericType != nil }
        let rest = String(scalars[digits.endIndex...])
        let isOrdinal = ["st", "nd", "rd", "th"].contains(rest)
        guard isOrdinal || (!ordinalOnly && (rest.isEmpty || rangeRest(rest))) else { return nil }
        guard let day = DateScanner.digitValue(digits, maximumDigits: 2), (1...31).contains(day) else { return nil }
        return day
    }

    /// True for the rest of a day range after its first day: `-7` in `5-7`.
    private func rangeRest(_ rest: String) -> Bool {
        let scalars = Substring(rest).unicodeScalars
        guard scalars.first == "-" else { return false }
        return DateScanner.digitValue(scalars.dropFirst(), maximumDigits: 2) != nil
    }

    /// A year written with four digits at `index` (no separators: `2,000` is a number).
    func writtenYear(_ index: Int, in range: ClosedRange<Int> = 1000...2999) -> Int? {
        guard let year = DateScanner.digitValue(Substring(word(index)).unicodeScalars, maximumDigits: 4),
            word(index).utf8.count == 4, range.contains(year)
        else { return nil }
        return year
    }

    /// A small count at `index`: `3`, `three`, `a`.
    func count(_ index: Int) -> Int? {
        let word = word(index)
        return CalendarWords.counts[word] ?? DateScanner.digitValue(Substring(word).unicodeScalars, maximumDigits: 3)
    }
}
