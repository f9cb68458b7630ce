/// The four grouping values (Actor1CountryCode, Actor2CountryCode, MonthYear, EventRootCode)
/// packed into 64 bits when they fit, which they do for every well-coded GDELT row:
/// 18 bits for each country code (up to three characters of `0-9A-Z`, 6 bits each, 0 for none),
/// 21 for MonthYear (0 when empty, otherwise value + 1), 7 for the root code (0 empty, then
/// one digit, then two digits). Keys that do not fit go to a slower table keyed by their text.
enum GroupKey {
    /// A key value no packed key can take: marks an empty slot.
    static let vacant = UInt64.max
    static let monthLimit = (1 << 21) - 2

    /// The 18-bit code of a country code of up to three characters, nil when it does not fit.
    @inline(__always)
    static func country(_ base: UnsafeRawPointer, _ start: Int, _ end: Int) -> UInt64? {
        let length = end - start
        guard length <= 3 else { return nil }
        var packed: UInt64 = 0
        for offset in 0..<3 {
            packed &<<= 6
            guard offset < length else { continue }
            let byte = base.load(fromByteOffset: start + offset, as: UInt8.self)
            switch byte {
            case 0x30...0x39: packed |= UInt64(byte &- 0x30 &+ 1)
            case 0x41...0x5A: packed |= UInt64(byte &- 0x41 &+ 11)
            default: return nil
            }
        }
        return packed
    }

    /// The 7-bit code of a root code of up to two digits, nil when it does not fit.
    @inline(__always)
    static func root(_ base: UnsafeRawPointer, _ start: Int, _ end: Int) -> UInt64? {
        switch end - start {
        case 0: return 0
        case 1:
            let digit = base.load(fromByteOffset: start, as: UInt8.self) &- 0x30
            return digit < 10 ? UInt64(digit) + 1 : nil
        case 2:
            let tens = base.load(fromByteOffset: start, as: UInt8.self) &- 0x30
            let ones = base.load(fromByteOffset: start + 1, as: UInt8.self) &- 0x30
            return tens < 10 && ones < 10 ? UInt64(tens) * 10 + UInt64(ones) + 11 : nil
        default: return nil
        }
    }

    @inline(__always)
    static func pack(source: UInt64, target: UInt64, month: Int?, root: UInt64) -> UInt64? {
        let monthBits: UInt64
        if let month {
            guard month >= 0, month < monthLimit else { return nil }
            monthBits = UInt64(month) + 1
        } else {
            monthBits = 0
        }
        return source << 46 | target << 28 | monthBits << 7 | root
    }

    /// The text of a packed key.
    static func unpack(_ key: UInt64) -> DyadMonthRootGroup {
        let monthBits = Int(key >> 7 & 0x1F_FFFF)
        let rootBits = Int(key & 0x7F)
        let root = rootBits == 0 ? "" : rootBits <= 10 ? String(rootBits - 1) : twoDigits(rootBits - 11)
        return DyadMonthRootGroup(
            source: countryText(key >> 46 & 0x3_FFFF), target: countryText(key >> 28 & 0x3_FFFF),
            month: monthBits == 0 ? nil : monthBits - 1, root: root)
    }

    private static func twoDigits(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }

    private static func countryText(_ bits: UInt64) -> String {
        var scalars: [UInt8] = []
        for shift in [12, 6, 0] {
            let value = UInt8(bits >> UInt64(shift) & 0x3F)
            if value == 0 { continue }
            scalars.append(value <= 10 ? 0x30 + value - 1 : 0x41 + value - 11)
        }
        return String(decoding: scalars, as: UTF8.self)
    }
}

/// One group of `--by dyad-month-root`, as text.
public struct DyadMonthRootGroup: Sendable, Hashable, Comparable {
    /// Actor1CountryCode (empty when uncoded).
    public var source: String
    /// Actor2CountryCode (empty when uncoded).
    public var target: String
    /// MonthYear (nil when empty).
    public var month: Int?
    /// EventRootCode (empty when missing).
    public var root: String

    /// Creates a group.
    ///
    /// - Parameters:
    ///   - source: Actor1CountryCode.
    ///   - target: Actor2CountryCode.
    ///   - month: MonthYear, nil when empty.
    ///   - root: EventRootCode.
    public init(source: String, target: String, month: Int?, root: String) {
        self.source = source
        self.target = target
        self.month = month
        self.root = root
    }

    public static func < (lhs: DyadMonthRootGroup, rhs: DyadMonthRootGroup) -> Bool {
        (lhs.source, lhs.target, lhs.month ?? -1, lhs.root) < (rhs.source, rhs.target, rhs.month ?? -1, rhs.root)
    }
}
