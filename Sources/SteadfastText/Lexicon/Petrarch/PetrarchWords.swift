/// Turns dictionary phrases into the lower-case tokens that Steadfast's lexicons match against.
///
/// Words are separated by blanks, tabs and underscores (`UNITED_STATES_` is `["united", "states"]`);
/// a final `_` (TABARI's "whole word, no stem") leaves nothing behind. Hyphens, periods and
/// apostrophes stay inside words, as `Tokenizer` keeps them (`AL-ASSAD` is `["al-assad"]`, `U.S.`
/// is `["u.s."]`), and words are normalized like `Token.normalized`: lower-cased, with curly
/// apostrophes straightened.
enum PetrarchWords {
    /// The normalized words of a phrase.
    ///
    /// - Parameters:
    ///   - phrase: the phrase's UTF-8 bytes.
    /// - Returns: its words, lower-cased.
    static func tokens(_ phrase: ArraySlice<UInt8>) -> [String] {
        pieces(phrase).map(normalized)
    }

    /// The raw words of a phrase, split at blanks, tabs and underscores.
    ///
    /// - Parameters:
    ///   - phrase: the phrase's UTF-8 bytes.
    /// - Returns: the non-empty pieces.
    static func pieces(_ phrase: ArraySlice<UInt8>) -> [ArraySlice<UInt8>] {
        phrase.split(whereSeparator: isSeparator)
    }

    /// True for a byte that separates words in a phrase: blank, tab or underscore.
    ///
    /// - Parameters:
    ///   - byte: the byte.
    /// - Returns: whether it separates words.
    static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "_") || PetrarchSource.isBlank(byte)
    }

    /// A word lower-cased with curly apostrophes straightened (ASCII without going through Foundation).
    ///
    /// - Parameters:
    ///   - word: the word's UTF-8 bytes.
    /// - Returns: the normalized word.
    static func normalized(_ word: ArraySlice<UInt8>) -> String {
        if word.allSatisfy({ $0 < 0x80 }) { return mapped(word, lowercasedASCII) }
        return String(decoding: word, as: UTF8.self).lowercased().replacing("\u{2019}", with: "'")
    }

    /// A word upper-cased, for labels and codes (ASCII only; other bytes are kept).
    ///
    /// - Parameters:
    ///   - word: the word's UTF-8 bytes.
    /// - Returns: the upper-cased text.
    static func uppercased(_ word: ArraySlice<UInt8>) -> String {
        mapped(word) { (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 }
    }

    /// The text of some bytes, unchanged.
    ///
    /// - Parameters:
    ///   - bytes: UTF-8 bytes.
    /// - Returns: the text.
    static func text(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// True for an ASCII letter.
    ///
    /// - Parameters:
    ///   - byte: the byte.
    /// - Returns: whether it is `A`–`Z` or `a`–`z`.
    static func isLetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// A string of the bytes mapped one by one, built in place (no intermediate array).
    private static func mapped(_ bytes: ArraySlice<UInt8>, _ transform: (UInt8) -> UInt8) -> String {
        String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (offset, byte) in bytes.enumerated() { buffer[offset] = transform(byte) }
            return bytes.count
        }
    }

    private static func lowercasedASCII(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
    }
}
