import SteadfastCore

extension Day {
    /// The day of the week: 0 for Monday through 6 for Sunday.
    var weekday: Int {
        ((ordinal + 3) % 7 + 7) % 7
    }

    /// The nearest day with a weekday, looking back (`direction` -1) or ahead (+1).
    ///
    /// - Parameters:
    ///   - weekday: 0 (Monday) to 6 (Sunday).
    ///   - direction: -1 for on or before this day, +1 for on or after it.
    ///   - strictly: true to skip this day itself.
    /// - Returns: the day.
    func nearest(_ weekday: Int, direction: Int, strictly: Bool) -> Day {
        var distance = ((weekday - self.weekday) * direction % 7 + 7) % 7
        if distance == 0, strictly { distance = 7 }
        return adding(days: distance * direction)
    }
}

extension PartialDate {
    /// The day, when the date is known to the day.
    var knownDay: Day? {
        precision == .day ? earliest : nil
    }

    /// The month this date falls in, shifted by a number of months; nil when the month is unknown.
    ///
    /// - Parameters:
    ///   - count: months to add (negative for earlier months).
    /// - Returns: the month, at month precision.
    func month(shiftedBy count: Int) -> PartialDate? {
        guard let month else { return nil }
        let index = year * 12 + (month - 1) + count
        return PartialDate(year: index / 12, month: index % 12 + 1)
    }

    /// The month of a day, at month precision.
    ///
    /// - Parameters:
    ///   - day: the day.
    /// - Returns: its month.
    static func month(of day: Day) -> PartialDate? {
        let parts = day.components
        return PartialDate(year: parts.year, month: parts.month)
    }
}
