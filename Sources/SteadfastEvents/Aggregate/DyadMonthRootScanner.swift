/// Aggregates one stretch of a tab-separated GDELT export (whole lines) by dyad, month and root
/// code, reading only the bytes of the five columns it needs and counting the rest of the tabs.
struct DyadMonthRootScanner {
    /// Fixed-point scale of Goldstein sums: six decimals.
    static let scale: Int64 = 1_000_000
    static let malformedLimit = 1000
    private static let month = 2
    private static let source = 7
    private static let target = 17
    private static let root = 28
    private static let goldstein = 30

    var table: GroupTable
    var unusual: [DyadMonthRootGroup: (count: Int64, sum: Int64)] = [:]
    var rows = 0
    var lines = 0
    var malformed = 0
    var malformedRows: [MalformedRow] = []

    /// A scanner whose table is sized for about one group per kilobyte of input.
    init(expectedBytes: Int = 0) {
        table = GroupTable(capacity: min(1 << 22, max(1 << 16, expectedBytes >> 10)))
    }

    /// Scans the lines in `from..<to` (which starts at a line's start); `limit` is the end of the
    /// readable bytes, never crossed.
    mutating func scan(_ base: UnsafeRawPointer, from: Int, to: Int, limit: Int) {
        var offset = from
        var bounds = [Int](repeating: 0, count: 10)
        while offset < to {
            lines &+= 1
            var field = 0
            var start = offset
            var end = offset
            bounds.withUnsafeMutableBufferPointer { bounds in
                while true {
                    end = ByteScan.delimiter(base, from: start, limit: limit)
                    switch field {
                    case Self.month: (bounds[0], bounds[1]) = (start, end)
                    case Self.source: (bounds[2], bounds[3]) = (start, end)
                    case Self.target: (bounds[4], bounds[5]) = (start, end)
                    case Self.root: (bounds[6], bounds[7]) = (start, end)
                    case Self.goldstein: (bounds[8], bounds[9]) = (start, end)
                    default: break
                    }
                    if end == limit || base.load(fromByteOffset: end, as: UInt8.self) == 0x0A { break }
                    field &+= 1
                    start = end &+ 1
                    if field > Self.goldstein { break }
                }
            }
            var fields = field &+ 1
            if field > Self.goldstein {
                let rest = ByteScan.lineEnd(base, from: start, limit: limit)
                end = rest.end
                fields = Self.goldstein &+ 2 &+ rest.tabs
            }
            let lineStart = offset
            offset = end &+ 1
            if end == lineStart
                || (end == lineStart &+ 1 && base.load(fromByteOffset: lineStart, as: UInt8.self) == 0x0D)
            {
                continue
            }
            rows &+= 1
            guard fields == 57 || fields == 58 || fields == 61 else {
                reject("\(fields) fields, expected 57, 58 or 61")
                continue
            }
            record(base, bounds)
        }
    }

    private mutating func record(_ base: UnsafeRawPointer, _ bounds: [Int]) {
        let month = Self.integer(base, bounds[0], bounds[1])
        if case .invalid = month {
            reject("MonthYear '\(Self.text(base, bounds[0], bounds[1]))' is not a number")
            return
        }
        let goldstein = Self.fixedPoint(base, bounds[8], bounds[9])
        if case .invalid = goldstein {
            reject("GoldsteinScale '\(Self.text(base, bounds[8], bounds[9]))' is not a number")
            return
        }
        if let source = GroupKey.country(base, bounds[2], bounds[3]),
            let target = GroupKey.country(base, bounds[4], bounds[5]),
            let root = GroupKey.root(base, bounds[6], bounds[7]),
            let key = GroupKey.pack(source: source, target: target, month: month.value, root: root)
        {
            table.add(key, count: 1, sum: goldstein.value ?? 0)
            return
        }
        let group = DyadMonthRootGroup(
            source: Self.text(base, bounds[2], bounds[3]), target: Self.text(base, bounds[4], bounds[5]),
            month: month.value, root: Self.text(base, bounds[6], bounds[7]))
        let previous = unusual[group] ?? (0, 0)
        unusual[group] = (previous.count + 1, previous.sum + (goldstein.value ?? 0))
    }

    private mutating func reject(_ reason: String) {
        malformed &+= 1
        if malformedRows.count < Self.malformedLimit { malformedRows.append(MalformedRow(line: lines, reason: reason)) }
    }

    static func text(_ base: UnsafeRawPointer, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeRawBufferPointer(start: base + start, count: end - start), as: UTF8.self)
    }

    /// A number field: empty (DuckDB's NULL), a value, or something else (a malformed row).
    enum NumberField<Value> {
        case empty
        case number(Value)
        case invalid

        var value: Value? {
            if case .number(let value) = self { return value }
            return nil
        }
    }

    /// A non-negative integer of up to nine digits.
    @inline(__always)
    static func integer(_ base: UnsafeRawPointer, _ start: Int, _ end: Int) -> NumberField<Int> {
        guard end > start else { return .empty }
        guard end - start <= 9 else { return .invalid }
        var value = 0
        for offset in start..<end {
            let digit = base.load(fromByteOffset: offset, as: UInt8.self) &- 0x30
            guard digit < 10 else { return .invalid }
            value = value &* 10 &+ Int(digit)
        }
        return .number(value)
    }

    /// A decimal as millionths (digits past the sixth decimal are dropped).
    @inline(__always)
    static func fixedPoint(_ base: UnsafeRawPointer, _ start: Int, _ end: Int) -> NumberField<Int64> {
        guard end > start else { return .empty }
        guard end - start <= 18 else { return .invalid }
        var offset = start
        let sign = base.load(fromByteOffset: offset, as: UInt8.self)
        let negative = sign == 0x2D
        if negative || sign == 0x2B { offset &+= 1 }
        var whole: Int64 = 0
        var digits = 0
        while offset < end {
            let digit = base.load(fromByteOffset: offset, as: UInt8.self) &- 0x30
            guard digit < 10 else { break }
            whole = whole &* 10 &+ Int64(digit)
            digits &+= 1
            offset &+= 1
        }
        var fraction: Int64 = 0
        var place: Int64 = scale
        if offset < end {
            guard base.load(fromByteOffset: offset, as: UInt8.self) == 0x2E else { return .invalid }
            offset &+= 1
            while offset < end {
                let digit = base.load(fromByteOffset: offset, as: UInt8.self) &- 0x30
                guard digit < 10 else { return .invalid }
                place /= 10
                fraction = fraction &+ Int64(digit) &* place
                digits &+= 1
                offset &+= 1
            }
        }
        guard digits > 0 else { return .invalid }
        let value = whole &* scale &+ fraction
        return .number(negative ? -value : value)
    }
}
