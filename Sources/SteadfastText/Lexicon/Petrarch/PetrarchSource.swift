import Foundation

/// One meaningful line of a TABARI/PETRARCH dictionary: comments removed, blanks trimmed, never empty.
struct PetrarchLine {
    /// The 1-based line number in the file.
    let number: Int
    /// The line's content as UTF-8 bytes.
    let bytes: ArraySlice<UInt8>
}

/// Reads dictionary files into meaningful lines.
///
/// Comments follow both programs: `#` (PETRARCH) and `;` (TABARI) end a line's content, except inside
/// `[...]`, where `[###]` is TABARI's discard code; XML-style
/// `<!-- ... -->` comments may sit inside a line or span several lines; a line starting with `<!` is
/// skipped whole (PETRARCH's rule, which also covers the malformed `<! -- ... -->`). TABARI's end mark
/// `~FINISH` ends the file.
enum PetrarchSource {
    /// The largest dictionary accepted (the biggest real one is about 1.5 MB).
    static let byteLimit = 64 << 20

    /// The bytes of a dictionary file, checked to be UTF-8 text of a sensible size.
    ///
    /// - Parameters:
    ///   - url: the file.
    /// - Returns: the file's UTF-8 bytes.
    /// - Throws: `TextError.tooLarge` or `TextError.notText`, or what reading the file throws.
    static func bytes(of url: URL) throws -> [UInt8] {
        let data = try Data(contentsOf: url)
        let name = url.lastPathComponent
        guard data.count <= byteLimit else { throw TextError.tooLarge(name, bytes: data.count, limit: byteLimit) }
        let hasNul = data.withUnsafeBytes { $0.contains(0) }
        guard !hasNul, let text = String(data: data, encoding: .utf8) else {
            throw TextError.notText(name)
        }
        return Array(text.utf8)
    }

    /// The meaningful lines of a file.
    ///
    /// - Parameters:
    ///   - bytes: the file's UTF-8 bytes.
    ///   - file: the file's name, for errors.
    /// - Returns: the lines that hold something once comments are removed.
    /// - Throws: `TextError.badDictionary` for an XML comment that is never closed.
    static func lines(_ bytes: [UInt8], file: String) throws -> [PetrarchLine] {
        var lines: [PetrarchLine] = []
        var openComment: Int?
        var start = 0
        var number = 0
        while start < bytes.count {
            number += 1
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            let content = stripComments(bytes, start..<end, openComment: &openComment, line: number)
            if content.elementsEqual("~FINISH".utf8) { break }
            if !content.isEmpty { lines.append(PetrarchLine(number: number, bytes: content)) }
            start = end + 1
        }
        if let openComment {
            throw TextError.badDictionary(file, line: openComment, reason: "'<!--' is never closed by '-->'")
        }
        return lines
    }

    /// A line's content without comments, trimmed.
    private static func stripComments(
        _ bytes: [UInt8], _ range: Range<Int>, openComment: inout Int?, line: Int
    ) -> ArraySlice<UInt8> {
        if openComment == nil, !bytes[range].contains(UInt8(ascii: "<")) {
            return trimmed(bytes[uncommented(bytes, range)])
        }
        if openComment == nil, startsSkippedLine(bytes[range]) { return [] }
        var kept: [Range<Int>] = []
        var keepFrom = range.lowerBound
        var index = range.lowerBound
        var inCode = false
        while index < range.upperBound {
            if openComment != nil {
                guard let close = commentEnd(bytes, from: index, before: range.upperBound) else { break }
                openComment = nil
                index = close
                keepFrom = close
                continue
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "[") { inCode = true }
            if byte == UInt8(ascii: "]") { inCode = false }
            if !inCode, byte == UInt8(ascii: "#") || byte == UInt8(ascii: ";") { break }
            if byte == UInt8(ascii: "<"), matches(bytes, at: index, "<!--") {
                kept.append(keepFrom..<index)
                openComment = line
                index += 4
                continue
            }
            index += 1
        }
        if openComment == nil { kept.append(keepFrom..<min(index, range.upperBound)) }
        return trimmed(joined(bytes, kept))
    }

    /// A range cut at its first `#` or `;` outside `[...]`.
    private static func uncommented(_ bytes: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var inCode = false
        for index in range {
            switch bytes[index] {
            case UInt8(ascii: "["): inCode = true
            case UInt8(ascii: "]"): inCode = false
            case UInt8(ascii: "#"), UInt8(ascii: ";"): if !inCode { return range.lowerBound..<index }
            default: continue
            }
        }
        return range
    }

    /// The index just after the first `-->` in a range, if any.
    private static func commentEnd(_ bytes: [UInt8], from start: Int, before end: Int) -> Int? {
        (start..<end).first { matches(bytes, at: $0, "-->") }.map { $0 + 3 }
    }

    /// True for a line that starts with `<!` but not `<!--` (PETRARCH skips such lines whole).
    private static func startsSkippedLine(_ line: ArraySlice<UInt8>) -> Bool {
        let content = trimmed(line)
        guard content.count >= 2, content.first == UInt8(ascii: "<"),
            content[content.startIndex + 1] == UInt8(ascii: "!")
        else { return false }
        return !matches(Array(content), at: 0, "<!--")
    }

    private static func joined(_ bytes: [UInt8], _ ranges: [Range<Int>]) -> ArraySlice<UInt8> {
        if ranges.count == 1 { return bytes[ranges[0]] }
        let nonEmpty = ranges.filter { !$0.isEmpty }
        if nonEmpty.count <= 1 { return nonEmpty.first.map { bytes[$0] } ?? [] }
        var joined: [UInt8] = []
        for range in nonEmpty { joined.append(contentsOf: bytes[range] + [UInt8(ascii: " ")]) }
        return joined[...]
    }

    private static func matches(_ bytes: [UInt8], at index: Int, _ text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { pattern in
            (0..<count).allSatisfy { bytes[index + $0] == pattern[$0] }
        }
    }

    /// The bytes without leading and trailing blanks, tabs and carriage returns.
    ///
    /// - Parameters:
    ///   - bytes: the bytes.
    /// - Returns: the trimmed slice.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lower = bytes.startIndex
        var upper = bytes.endIndex
        while lower < upper, isBlank(bytes[lower]) { lower += 1 }
        while upper > lower, isBlank(bytes[upper - 1]) { upper -= 1 }
        return bytes[lower..<upper]
    }

    /// True for a blank, tab, carriage return, vertical tab or form feed.
    ///
    /// - Parameters:
    ///   - byte: the byte.
    /// - Returns: whether it is white space.
    static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}
