import Foundation
import SteadfastCore

/// Numbers and dates as pages print them.
enum Format {
    /// A coordinate with at most one decimal: `12`, `12.5`.
    static func coordinate(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        if rounded == rounded.rounded() { return String(Int(rounded)) }
        return String(format: "%.1f", rounded)
    }

    /// A probability or reliability with two decimals: `0.73`.
    static func share(_ value: Double) -> String {
        String(format: "%.2f", value)
    }

    /// A partial date range: `2020-09-27 – 2020-11-10`, or `2022-02-24 – ongoing`.
    static func period(_ started: PartialDate, _ ended: PartialDate?) -> String {
        "\(started) – \(ended?.description ?? "ongoing")"
    }

    /// The fractional year of a day, for time axes: 2020-07-02 is about 2020.5.
    static func year(_ day: Day) -> Double {
        let parts = day.components
        guard let first = Day(year: parts.year, month: 1, day: 1) else { return Double(parts.year) }
        let length = Day.isLeap(parts.year) ? 366.0 : 365.0
        return Double(parts.year) + Double(day.ordinal - first.ordinal) / length
    }
}
