/// A calendar day in the proleptic Gregorian calendar, counted from 1970-01-01.
///
/// `Day` is the unit of every date comparison in the ledger: response windows, commitments in
/// force, wars in progress. It carries no time of day and no time zone.
public struct Day: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int

    /// Creates a day from its ordinal.
    ///
    /// - Parameters:
    ///   - ordinal: days since 1970-01-01.
    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    /// Creates a day from a year, month and day of month, or returns nil for an impossible date.
    ///
    /// - Parameters:
    ///   - year: the year (1 to 9999).
    ///   - month: the month, 1 to 12.
    ///   - day: the day of the month, checked against the month's length.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.length(ofMonth: month, year: year)).contains(day)
        else { return nil }
        ordinal = Day.ordinal(year: year, month: month, day: day)
    }

    /// The year, month and day of month of this day.
    public var components: (year: Int, month: Int, day: Int) {
        let shifted = ordinal + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// The day `count` days after this one (before it when negative).
    ///
    /// - Parameters:
    ///   - count: the number of days to add.
    /// - Returns: the shifted day.
    public func adding(days count: Int) -> Day {
        Day(ordinal: ordinal + count)
    }

    /// ISO 8601 form, `YYYY-MM-DD`.
    public var description: String {
        let (year, month, day) = components
        return "\(Day.padded(year, 4))-\(Day.padded(month, 2))-\(Day.padded(day, 2))"
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        lhs.ordinal < rhs.ordinal
    }

    /// Whether `year` is a leap year in the Gregorian calendar.
    ///
    /// - Parameters:
    ///   - year: the year.
    /// - Returns: true for leap years.
    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in a month.
    ///
    /// - Parameters:
    ///   - month: 1 to 12.
    ///   - year: the year, for February.
    /// - Returns: 28 to 31.
    public static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static func ordinal(year: Int, month: Int, day: Int) -> Int {
        let adjustedYear = month <= 2 ? year - 1 : year
        let era = (adjustedYear >= 0 ? adjustedYear : adjustedYear - 399) / 400
        let yearOfEra = adjustedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Decodes `YYYY-MM-DD`.
    ///
    /// - Parameters:
    ///   - decoder: the decoder.
    /// - Throws: `DecodingError.dataCorrupted` for anything but a real day.
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(iso: text), date.precision == .day else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 day: '\(text)'"))
        }
        self = date.earliest
    }

    /// Encodes as `YYYY-MM-DD`.
    ///
    /// - Parameters:
    ///   - encoder: the encoder.
    /// - Throws: what the encoder throws.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
