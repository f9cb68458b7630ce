import SteadfastCore

/// A closed run of days; `Int.min` and `Int.max` stand for no bound.
struct PetrarchPeriod: Equatable {
    /// The first day's ordinal.
    var first: Int
    /// The last day's ordinal.
    var last: Int

    /// All time.
    static let always = PetrarchPeriod(first: .min, last: .max)

    /// The first day, nil for no bound.
    var validFrom: Day? { first == .min ? nil : Day(ordinal: first) }
    /// The last day, nil for no bound.
    var validUntil: Day? { last == .max ? nil : Day(ordinal: last) }
}

/// Turns an entry's code blocks into codes over disjoint periods.
///
/// TABARI's rules (manual 6.5.2): restrictions are tried in the order listed and the first one
/// satisfied wins; the unrestricted (default) code applies only when none is satisfied; with no
/// default, the entry codes nothing then. `ActorName` has no precedence, so each restriction keeps
/// only the days that no earlier one claims, the default gets the days left over, and touching
/// periods with the same codes are merged: every day then has at most one answer, the one TABARI
/// would give.
enum PetrarchPeriods {
    /// The codes of each period, ordered by start.
    ///
    /// - Parameters:
    ///   - blocks: the entry's blocks in file order.
    /// - Returns: codes and periods, disjoint.
    static func resolve(_ blocks: [PetrarchCodeBlock]) -> [(codes: [String], period: PetrarchPeriod)] {
        if blocks.count == 1, let block = blocks.first, let period = period(of: block.restriction) {
            return period.first <= period.last ? [(block.codes, period)] : []
        }
        var covered: [PetrarchPeriod] = []
        var pieces: [(codes: [String], period: PetrarchPeriod)] = []
        for block in blocks {
            guard let period = period(of: block.restriction), period.first <= period.last else { continue }
            pieces += subtract(covered, from: period).map { (block.codes, $0) }
            covered = union(covered, period)
        }
        if let fallback = blocks.first(where: { $0.restriction == .always }) {
            pieces += subtract(covered, from: .always).map { (fallback.codes, $0) }
        }
        return merged(pieces.sorted { $0.period.first < $1.period.first })
    }

    private static func period(of restriction: PetrarchCodeBlock.Restriction) -> PetrarchPeriod? {
        switch restriction {
        case .always: nil
        case .until(let day): PetrarchPeriod(first: .min, last: day.ordinal)
        case .from(let day): PetrarchPeriod(first: day.ordinal, last: .max)
        case .between(let start, let end): PetrarchPeriod(first: start.ordinal, last: end.ordinal)
        }
    }

    /// The parts of a period not covered by sorted, disjoint periods.
    private static func subtract(_ covered: [PetrarchPeriod], from period: PetrarchPeriod) -> [PetrarchPeriod] {
        var pieces: [PetrarchPeriod] = []
        var cursor = period.first
        for taken in covered where taken.last >= cursor && taken.first <= period.last {
            if taken.first > cursor { pieces.append(PetrarchPeriod(first: cursor, last: taken.first - 1)) }
            guard taken.last < period.last else { return pieces }
            cursor = taken.last + 1
        }
        if cursor <= period.last { pieces.append(PetrarchPeriod(first: cursor, last: period.last)) }
        return pieces
    }

    /// Sorted, disjoint periods with one more added.
    private static func union(_ covered: [PetrarchPeriod], _ period: PetrarchPeriod) -> [PetrarchPeriod] {
        var result: [PetrarchPeriod] = []
        for next in (covered + [period]).sorted(by: { $0.first < $1.first }) {
            if let last = result.last, last.last == .max || next.first <= last.last + 1 {
                result[result.count - 1].last = max(last.last, next.last)
            } else {
                result.append(next)
            }
        }
        return result
    }

    /// Pieces sorted by start with touching pieces of the same codes joined.
    private static func merged(
        _ pieces: [(codes: [String], period: PetrarchPeriod)]
    ) -> [(codes: [String], period: PetrarchPeriod)] {
        var result: [(codes: [String], period: PetrarchPeriod)] = []
        for piece in pieces {
            if let last = result.last, last.codes == piece.codes, last.period.last != .max,
                last.period.last + 1 == piece.period.first
            {
                result[result.count - 1].period.last = piece.period.last
            } else {
                result.append(piece)
            }
        }
        return result
    }
}
