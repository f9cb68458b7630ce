import SteadfastCore

/// One `[...]` block of an actors dictionary: codes and an optional date restriction.
///
/// `[AFG]`, `[ARM >911221]`, `[USR <911221]`, `[AFGGOV 791227-861124]`, `[GME/GMW]` (a coded compound
/// actor: several codes at once), `[---]` (the null code), `[HOB < 950601]` (blanks inside are allowed).
struct PetrarchCodeBlock: Equatable {
    /// When a block applies. Bounds are inclusive, as TABARI and PETRARCH define them.
    enum Restriction: Equatable {
        /// No date: the entry's default code.
        case always
        /// `<date`: up to and including the day.
        case until(Day)
        /// `>date`: from the day on.
        case from(Day)
        /// `date-date`: between the two days.
        case between(Day, Day)
    }

    /// The codes, upper-cased; several for a coded compound actor.
    var codes: [String]
    /// When they apply.
    var restriction: Restriction

    /// The special codes that stand alone: null, complex and discard.
    static let specialCodes: Set<String> = ["---", "+++", "###"]

    /// Reads the blocks at the end of a line.
    ///
    /// - Parameters:
    ///   - bytes: the part of the line from its first `[`.
    ///   - line: the line number.
    ///   - report: where warnings go.
    /// - Returns: the blocks in order.
    /// - Throws: `TextError.badDictionary` for a missing `]`, a bad code or a bad date.
    static func blocks(_ bytes: ArraySlice<UInt8>, line: Int, report: inout PetrarchReport) throws -> [Self] {
        var blocks: [Self] = []
        var rest = PetrarchSource.trimmed(bytes)
        while let open = rest.first, open == UInt8(ascii: "[") {
            guard let close = rest.firstIndex(of: UInt8(ascii: "]")) else {
                throw report.error(line, "missing ']'")
            }
            blocks.append(try block(rest[(rest.startIndex + 1)..<close], line: line, report: &report))
            rest = PetrarchSource.trimmed(rest[(close + 1)...])
        }
        if !rest.isEmpty {
            report.warn(line, "text after the codes ignored: '\(PetrarchWords.text(rest))'")
        }
        return blocks
    }

    private static func block(_ content: ArraySlice<UInt8>, line: Int, report: inout PetrarchReport) throws -> Self {
        let content = PetrarchSource.trimmed(content)
        let codeEnd = content.firstIndex { byte in
            PetrarchSource.isBlank(byte) || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
        }
        let code = content[..<(codeEnd ?? content.endIndex)]
        var dates = PetrarchSource.trimmed(content[(codeEnd ?? content.endIndex)...])
        if dates.contains(where: PetrarchSource.isBlank) { dates = dates.filter { !PetrarchSource.isBlank($0) }[...] }
        return Self(
            codes: try codes(code, line: line, report: report),
            restriction: try restriction(dates, line: line, report: &report))
    }

    private static func codes(_ bytes: ArraySlice<UInt8>, line: Int, report: PetrarchReport) throws -> [String] {
        let text = PetrarchWords.uppercased(bytes)
        if specialCodes.contains(text) { return [text] }
        let codes = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        let valid = codes.allSatisfy { code in
            !code.isEmpty && code.allSatisfy { PetrarchWords.isLetter($0) || (0x30...0x39).contains($0) }
        }
        guard !bytes.isEmpty, valid else {
            throw report.error(line, "bad code '\(PetrarchWords.text(bytes))': expected letters and digits")
        }
        return codes.count == 1 ? [text] : codes.map(PetrarchWords.uppercased)
    }

    private static func restriction(
        _ dates: ArraySlice<UInt8>, line: Int, report: inout PetrarchReport
    ) throws -> Restriction {
        guard let first = dates.first else { return .always }
        switch first {
        case UInt8(ascii: "<"): return .until(try PetrarchDate.day(dates.dropFirst(), line: line, report: &report))
        case UInt8(ascii: ">"): return .from(try PetrarchDate.day(dates.dropFirst(), line: line, report: &report))
        default:
            guard let dash = dates.firstIndex(of: UInt8(ascii: "-")) else {
                let day = try PetrarchDate.day(dates, line: line, report: &report)
                report.warn(
                    line,
                    "date '\(PetrarchWords.text(dates))' without '<', '>' or a range; read as '>' as PETRARCH does")
                return .from(day)
            }
            let start = try PetrarchDate.day(dates[..<dash], line: line, report: &report)
            let end = try PetrarchDate.day(dates[(dash + 1)...], line: line, report: &report)
            if end < start {
                report.warn(line, "'\(PetrarchWords.text(dates))' ends before it starts and never applies")
            }
            return .between(start, end)
        }
    }
}
