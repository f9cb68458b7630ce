/// Reads the `[code]` blocks of verbs dictionaries: event codes as written (`042`, `042:043`, `:173`,
/// `---`, `023?`, `080!`), upper-cased.
enum PetrarchCode {
    /// The codes of the `[...]` blocks at the start of some bytes. Dashes and blanks after them are
    /// allowed (a header's closing `---`); other text is warned about and ignored.
    ///
    /// - Parameters:
    ///   - bytes: the bytes, from the first `[` (or empty).
    ///   - line: the line number.
    ///   - report: where warnings go.
    /// - Returns: the codes in order.
    /// - Throws: `TextError.badDictionary` for a missing `]` or a bad code.
    static func blocks(_ bytes: ArraySlice<UInt8>, line: Int, report: inout PetrarchReport) throws -> [String] {
        var codes: [String] = []
        var rest = PetrarchSource.trimmed(bytes)
        while rest.first == UInt8(ascii: "[") {
            guard let close = rest.firstIndex(of: UInt8(ascii: "]")) else { throw report.error(line, "missing ']'") }
            codes.append(try code(rest[(rest.startIndex + 1)..<close], line: line, report: report))
            rest = PetrarchSource.trimmed(rest[(close + 1)...])
        }
        if rest.contains(where: { $0 != UInt8(ascii: "-") && !PetrarchSource.isBlank($0) }) {
            report.warn(line, "text after the code ignored: '\(PetrarchWords.text(rest))'")
        }
        return codes
    }

    /// One code, checked and upper-cased.
    ///
    /// - Parameters:
    ///   - bytes: the code between the brackets.
    ///   - line: the line number.
    ///   - report: the report, for the error.
    /// - Returns: the code.
    /// - Throws: `TextError.badDictionary` for an empty code or one with other characters than letters,
    ///   digits and `:-+#!?`.
    static func code(_ bytes: ArraySlice<UInt8>, line: Int, report: PetrarchReport) throws -> String {
        let code = PetrarchSource.trimmed(bytes)
        guard !code.isEmpty, code.allSatisfy(isCodeByte) else {
            throw report.error(line, "bad code '\(PetrarchWords.text(code))'")
        }
        return PetrarchWords.uppercased(code)
    }

    private static func isCodeByte(_ byte: UInt8) -> Bool {
        PetrarchWords.isLetter(byte) || (0x30...0x39).contains(byte) || ":-+#!?".utf8.contains(byte)
    }
}
