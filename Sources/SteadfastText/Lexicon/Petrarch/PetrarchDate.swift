import SteadfastCore

/// Reads the dates of date restrictions: `YYMMDD` or `YYYYMMDD`.
///
/// Two-digit years follow TABARI and PETRARCH (TABARI manual 6.5.2, PETRARCH's `dstr_to_ordate`):
/// `00` to `30` are 2000 to 2030, `31` to `99` are 1931 to 1999. Like PETRARCH, a date of seven
/// digits is read from its first six and one of nine or more from its first eight; both are
/// reported as warnings, since the real dictionaries hold a few (`9008223`, `1920030320`).
enum PetrarchDate {
    /// The last two-digit year read as 20YY.
    static let lastYearOf2000s = 30

    /// The day a date stands for.
    ///
    /// - Parameters:
    ///   - digits: the date's bytes.
    ///   - line: the line, for messages.
    ///   - report: where warnings go.
    /// - Returns: the day.
    /// - Throws: `TextError.badDictionary` for anything but digits, fewer than six of them, or an
    ///   impossible date.
    static func day(_ digits: ArraySlice<UInt8>, line: Int, report: inout PetrarchReport) throws -> Day {
        let text = PetrarchWords.text(digits)
        guard digits.count >= 6, digits.allSatisfy({ (0x30...0x39).contains($0) }) else {
            throw report.error(line, "bad date '\(text)': expected YYMMDD or YYYYMMDD")
        }
        if digits.count == 7 || digits.count > 8 {
            let used = digits.count == 7 ? 6 : 8
            report.warn(line, "date '\(text)' has \(digits.count) digits; read from its first \(used) as PETRARCH does")
        }
        let fields = digits.count < 8 ? shortFields(digits) : longFields(digits)
        guard let day = Day(year: fields.year, month: fields.month, day: fields.day) else {
            throw report.error(line, "impossible date '\(text)'")
        }
        return day
    }

    private static func shortFields(_ digits: ArraySlice<UInt8>) -> (year: Int, month: Int, day: Int) {
        let year = number(digits, 0, 2)
        return (year <= lastYearOf2000s ? 2000 + year : 1900 + year, number(digits, 2, 2), number(digits, 4, 2))
    }

    private static func longFields(_ digits: ArraySlice<UInt8>) -> (year: Int, month: Int, day: Int) {
        (number(digits, 0, 4), number(digits, 4, 2), number(digits, 6, 2))
    }

    private static func number(_ digits: ArraySlice<UInt8>, _ offset: Int, _ count: Int) -> Int {
        let start = digits.startIndex + offset
        return digits[start..<(start + count)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }
}
