/// A date known to the year, the month or the day: `2020`, `2020-09`, `2020-09-27`.
///
/// Sources often give only a year or a month. A partial date keeps exactly what is known and
/// exposes the first and last day it may stand for, so that rules can compare it honestly.
public struct PartialDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Hashable, Codable {
        case year
        case month
        case day
    }

    /// The year.
    public let year: Int
    /// The month, when known.
    public let month: Int?
    /// The day of the month, when known (implies the month).
    public let day: Int?

    /// Creates a partial date, or returns nil when the parts do not form a real date.
    ///
    /// - Parameters:
    ///   - year: the year, 1 to 9999.
    ///   - month: the month, when known.
    ///   - day: the day of the month, when known; requires a month.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, Day(year: year, month: month, day: day) != nil else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses ISO 8601 `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns nil for anything else or an
    /// impossible date such as `2023-02-30`.
    ///
    /// - Parameters:
    ///   - text: the text to parse.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count else { return nil }
        self.init(
            year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
    }

    /// A partial date known to the day.
    ///
    /// - Parameters:
    ///   - day: the day.
    public init(_ day: Day) {
        let parts = day.components
        year = parts.year
        month = parts.month
        self.day = parts.day
    }

    /// How much of the date is known.
    public var precision: Precision {
        day != nil ? .day : month != nil ? .month : .year
    }

    /// The first day the date may stand for.
    public var earliest: Day {
        Day(year: year, month: month ?? 1, day: day ?? 1) ?? Day(ordinal: 0)
    }

    /// The last day the date may stand for.
    public var latest: Day {
        let lastMonth = month ?? 12
        let lastDay = day ?? Day.length(ofMonth: lastMonth, year: year)
        return Day(year: year, month: lastMonth, day: lastDay) ?? Day(ordinal: 0)
    }

    /// ISO 8601, as precise as known.
    public var description: String {
        var text = Day.padded(year, 4)
        if let month { text += "-" + Day.padded(month, 2) }
        if let day { text += "-" + Day.padded(day, 2) }
        return text
    }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.earliest, lhs.latest) < (rhs.earliest, rhs.latest)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "not an ISO 8601 date: '\(text)'"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A closed range of days.
public struct DayInterval: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The first day.
    public let start: Day
    /// The last day.
    public let end: Day

    /// Creates an interval.
    ///
    /// - Parameters:
    ///   - start: the first day.
    ///   - end: the last day.
    public init(start: Day, end: Day) {
        self.start = start
        self.end = end
    }

    /// Whether the interval shares at least one day with another.
    ///
    /// - Parameters:
    ///   - other: the other interval.
    /// - Returns: true when they overlap.
    public func overlaps(_ other: DayInterval) -> Bool {
        start <= other.end && other.start <= end
    }

    /// Whether a day lies inside the interval.
    ///
    /// - Parameters:
    ///   - day: the day.
    /// - Returns: true when `start <= day <= end`.
    public func contains(_ day: Day) -> Bool {
        start <= day && day <= end
    }

    /// `START..END` in ISO 8601.
    public var description: String { "\(start)..\(end)" }
}

extension PartialDate {
    /// The days this date may stand for.
    public var interval: DayInterval { DayInterval(start: earliest, end: latest) }
}
