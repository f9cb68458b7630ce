/// A quick test, on the raw bytes, that a text may hold a date: a digit or a word that anchors a
/// date expression. Sentences that fail it are not tokenized, which keeps dating cheap for the
/// many sentences without a date.
enum DatePrefilter {
    /// Whether the text has an ASCII digit or an ASCII word that is a date anchor (`June`,
    /// `Friday`, `yesterday`, `week`, `ago`).
    ///
    /// - Parameters:
    ///   - text: the text.
    /// - Returns: false only when the scanner cannot find a date in it.
    static func mayHoldDate(_ text: String) -> Bool {
        var packed: UInt64 = 0
        var length = 0
        for byte in text.utf8 {
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { return true }
            let lower = byte | 0x20
            if lower >= UInt8(ascii: "a"), lower <= UInt8(ascii: "z") {
                packed = packed &* 32 &+ UInt64(lower - 96)
                length += 1
                continue
            }
            if length > 0, length <= maximumLength, anchors.contains(packed) { return true }
            packed = 0
            length = 0
        }
        return length > 0 && length <= maximumLength && anchors.contains(packed)
    }

    private static let maximumLength = 12

    private static let anchors: Set<UInt64> = Set(
        CalendarWords.anchors.keys.map { word in
            word.utf8.reduce(UInt64(0)) { $0 &* 32 &+ UInt64($1 &- 96) }
        })
}
