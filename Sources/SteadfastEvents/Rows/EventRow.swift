import SteadfastCore

/// One well-formed row of an event file: who did what to whom, when, as the dataset coded it.
public struct EventRow: Sendable, Hashable {
    /// The line the row was read from, counted from 1 (the header, when present, is line 1).
    public var line: Int
    /// The dataset's own identifier (GDELT's GLOBALEVENTID, ICEWS's Event ID).
    public var id: String
    /// The day the event took place.
    public var day: Day
    /// The acting country's code (GDELT Actor1CountryCode; ICEWS source country), empty when uncoded.
    public var source: String
    /// The receiving country's code (GDELT Actor2CountryCode; ICEWS target country), empty when uncoded.
    public var target: String
    /// The acting actor as the dataset names it (GDELT Actor1Code; ICEWS source name).
    public var sourceActor: String
    /// The receiving actor as the dataset names it.
    public var targetActor: String
    /// The CAMEO event code ("072", "1823").
    public var code: String
    /// The Goldstein score (GDELT GoldsteinScale; ICEWS Intensity).
    public var goldstein: Double
    /// Mentions, distinct sources and articles (1 each for ICEWS, which reports one story per row).
    public var mentions: Int
    /// Distinct sources reporting the event.
    public var sources: Int
    /// Articles reporting the event.
    public var articles: Int
    /// The first article's address (empty when the dataset gives none).
    public var url: String
    /// What names the report inside the dataset (ICEWS story id and sentence number; empty for GDELT).
    public var story: String

    /// The grouping key of the row.
    public var key: EventKey {
        EventKey(source: source, target: target, day: day, code: code)
    }

    /// The CAMEO root code: the first two digits of the event code.
    public var rootCode: String { String(code.prefix(2)) }
}

/// Events are grouped by dyad, day and CAMEO code.
public struct EventKey: Sendable, Hashable, Comparable, Codable {
    /// The acting country's code, empty when uncoded.
    public var source: String
    /// The receiving country's code, empty when uncoded.
    public var target: String
    /// The day.
    public var day: Day
    /// The CAMEO event code.
    public var code: String

    /// Creates a key.
    ///
    /// - Parameters:
    ///   - source: the acting country's code.
    ///   - target: the receiving country's code.
    ///   - day: the day.
    ///   - code: the CAMEO code.
    public init(source: String, target: String, day: Day, code: String) {
        self.source = source
        self.target = target
        self.day = day
        self.code = code
    }

    public static func < (lhs: EventKey, rhs: EventKey) -> Bool {
        (lhs.source, lhs.target, lhs.day, lhs.code) < (rhs.source, rhs.target, rhs.day, rhs.code)
    }
}

/// A row that could not be read, and why; the reader goes on with the next one.
public struct MalformedRow: Sendable, Hashable, Codable {
    /// The line, counted from 1.
    public var line: Int
    /// What is wrong with it.
    public var reason: String

    /// Creates a record of a malformed row.
    ///
    /// - Parameters:
    ///   - line: the line, counted from 1.
    ///   - reason: what is wrong with it.
    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}
