/// Finds any of a fixed list of lower-case phrases in a text's UTF-8 bytes, in one pass:
/// the phrases are indexed by their first byte, so each position is compared only with the
/// phrases that could start there. (The standard library's `String.contains` costs
/// microseconds per call; the cleaner checks dozens of phrases per block.)
struct PhraseMatcher: Sendable {
    private let phrasesByFirstByte: [[[UInt8]]]

    /// Creates a matcher.
    ///
    /// - Parameters:
    ///   - phrases: the phrases, in lower case.
    init(_ phrases: [String]) {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for phrase in phrases {
            let bytes = Array(phrase.utf8)
            if let first = bytes.first { table[Int(first)].append(bytes) }
        }
        phrasesByFirstByte = table
    }

    /// Whether any phrase occurs in a text.
    ///
    /// - Parameters:
    ///   - bytes: the text's UTF-8 bytes, lower-cased.
    /// - Returns: true when one occurs.
    func occurs(in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            for position in buffer.indices where matches(buffer, at: position) { return true }
            return false
        }
    }

    /// Whether a text starts with any phrase.
    ///
    /// - Parameters:
    ///   - bytes: the text's UTF-8 bytes, lower-cased.
    /// - Returns: true when one starts it.
    func starts(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { matches($0, at: 0) }
    }

    private func matches(_ buffer: UnsafeBufferPointer<UInt8>, at position: Int) -> Bool {
        guard position < buffer.count else { return false }
        for phrase in phrasesByFirstByte[Int(buffer[position])] where position + phrase.count <= buffer.count {
            var offset = 1
            while offset < phrase.count, buffer[position + offset] == phrase[offset] { offset += 1 }
            if offset == phrase.count { return true }
        }
        return false
    }
}
