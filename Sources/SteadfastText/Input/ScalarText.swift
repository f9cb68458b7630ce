/// Scalar-level text helpers shared by the readers: line endings, whitespace and lines.
enum ScalarText {
    /// The scalars of a text with CR LF and lone CR turned into LF.
    ///
    /// - Parameters:
    ///   - text: the text.
    /// - Returns: its scalars with Unix line endings.
    static func normalizedScalars(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var previousWasCarriageReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\r" {
                scalars.append("\n")
                previousWasCarriageReturn = true
                continue
            }
            if !(scalar == "\n" && previousWasCarriageReturn) { scalars.append(scalar) }
            previousWasCarriageReturn = false
        }
        return scalars
    }

    /// The lines of some scalars, without their line feeds.
    ///
    /// - Parameters:
    ///   - scalars: the text, with LF line endings.
    /// - Returns: one slice per line.
    static func lines(_ scalars: ArraySlice<Unicode.Scalar>) -> [ArraySlice<Unicode.Scalar>] {
        var lines: [ArraySlice<Unicode.Scalar>] = []
        var start = scalars.startIndex
        for index in scalars.indices where scalars[index] == "\n" {
            lines.append(scalars[start..<index])
            start = index + 1
        }
        if start < scalars.endIndex { lines.append(scalars[start..<scalars.endIndex]) }
        return lines
    }

    /// A text with every whitespace run turned into one space, invisible format characters
    /// (soft hyphen, zero-width space, byte order mark) removed, and no space at either end.
    ///
    /// - Parameters:
    ///   - scalars: the text.
    /// - Returns: the collapsed text.
    static func collapsed(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount)
        var pendingSpace = false
        for scalar in scalars {
            if isWhitespace(scalar) {
                pendingSpace = !bytes.isEmpty
            } else if !isIgnorable(scalar) {
                if pendingSpace { bytes.append(0x20) }
                pendingSpace = false
                UTF8.encode(scalar) { bytes.append($0) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A string of some scalars. (Building a `String` from UTF-8 bytes is many times faster
    /// than appending to a `String.UnicodeScalarView`.)
    ///
    /// - Parameters:
    ///   - scalars: the scalars.
    /// - Returns: the string.
    static func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.underestimatedCount)
        for scalar in scalars { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Whether a scalar is white space (including no-break spaces).
    ///
    /// - Parameters:
    ///   - scalar: the scalar.
    /// - Returns: true for white space.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 {
            return scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar.value == 0x0b
                || scalar.value == 0x0c
        }
        return scalar.properties.isWhitespace
    }

    /// Whether a line holds only white space.
    ///
    /// - Parameters:
    ///   - line: the line.
    /// - Returns: true when blank.
    static func isBlank(_ line: some Collection<Unicode.Scalar>) -> Bool {
        line.allSatisfy(isWhitespace)
    }

    /// A line without white space at either end.
    ///
    /// - Parameters:
    ///   - line: the line.
    /// - Returns: the trimmed slice.
    static func trimmed(_ line: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        var start = line.startIndex
        var end = line.endIndex
        while start < end, isWhitespace(line[start]) { start += 1 }
        while end > start, isWhitespace(line[end - 1]) { end -= 1 }
        return line[start..<end]
    }

    /// A string without white space at either end.
    ///
    /// - Parameters:
    ///   - text: the string.
    /// - Returns: the trimmed string.
    static func trimmed(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        return string(trimmed(scalars[...]))
    }

    /// Whether a scalar is an ASCII letter.
    ///
    /// - Parameters:
    ///   - scalar: the scalar.
    /// - Returns: true for A-Z and a-z.
    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z")
    }

    /// An ASCII scalar in lower case; other scalars unchanged.
    ///
    /// - Parameters:
    ///   - scalar: the scalar.
    /// - Returns: the lower-case scalar.
    static func asciiLowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar >= "A" && scalar <= "Z" ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
    }

    private static func isIgnorable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x2060, 0xFEFF: true
        default: scalar.value < 0x20
        }
    }
}
