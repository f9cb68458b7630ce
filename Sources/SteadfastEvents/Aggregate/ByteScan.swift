/// Word-at-a-time (SWAR) searches for tabs and newlines: eight bytes per step, exact per byte.
enum ByteScan {
    static let tabs: UInt64 = 0x0909_0909_0909_0909
    static let newlines: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
    private static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

    /// A mask with the high bit of each byte of `word` that is zero set, and nothing else.
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & low7) &+ low7) | word | low7)
    }

    @inline(__always)
    static func word(_ base: UnsafeRawPointer, _ offset: Int) -> UInt64 {
        UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The offset of the first tab or newline at or after `from`, or `limit` when there is none.
    @inline(__always)
    static func delimiter(_ base: UnsafeRawPointer, from: Int, limit: Int) -> Int {
        var offset = from
        while offset &+ 8 <= limit {
            let word = word(base, offset)
            let found = zeroBytes(word ^ tabs) | zeroBytes(word ^ newlines)
            if found != 0 { return offset &+ found.trailingZeroBitCount >> 3 }
            offset &+= 8
        }
        while offset < limit {
            let byte = base.load(fromByteOffset: offset, as: UInt8.self)
            if byte == 0x09 || byte == 0x0A { return offset }
            offset &+= 1
        }
        return limit
    }

    /// The offset of the next newline (or `limit`) and the number of tabs before it.
    @inline(__always)
    static func lineEnd(_ base: UnsafeRawPointer, from: Int, limit: Int) -> (end: Int, tabs: Int) {
        var offset = from
        var count = 0
        while offset &+ 8 <= limit {
            let word = word(base, offset)
            let newline = zeroBytes(word ^ newlines)
            let tab = zeroBytes(word ^ tabs)
            if newline != 0 {
                let before = (newline & (0 &- newline)) &- 1
                return (offset &+ newline.trailingZeroBitCount >> 3, count &+ (tab & before).nonzeroBitCount)
            }
            count &+= tab.nonzeroBitCount
            offset &+= 8
        }
        while offset < limit {
            let byte = base.load(fromByteOffset: offset, as: UInt8.self)
            if byte == 0x0A { return (offset, count) }
            if byte == 0x09 { count &+= 1 }
            offset &+= 1
        }
        return (limit, count)
    }
}
