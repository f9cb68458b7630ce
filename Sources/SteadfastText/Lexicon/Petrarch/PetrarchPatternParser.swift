/// Reads pattern lines: `- * (FOR {FINANCIAL AID}) [0231]`, `- + WAS *_BY $ [112]`.
struct PetrarchPatternParser {
    typealias Pattern = PetrarchVerbDictionary.Pattern
    typealias Element = PetrarchVerbDictionary.PatternElement

    /// Every synset label, for references.
    let synsetNames: Set<String>

    /// Reads a pattern line.
    ///
    /// - Parameters:
    ///   - line: the line, starting with `-`.
    ///   - report: where warnings go.
    /// - Returns: the pattern, or nil for one skipped with a warning (no code, no or several `*`,
    ///   alternatives, an undefined synset), as PETRARCH skips them.
    /// - Throws: `TextError.badDictionary` for a bad code, an unclosed group or a misplaced element.
    func pattern(_ line: PetrarchLine, report: inout PetrarchReport) throws -> Pattern? {
        let body = line.bytes.dropFirst()
        guard let open = body.firstIndex(of: UInt8(ascii: "[")) else {
            report.warn(line.number, "pattern without a [code]; skipped")
            return nil
        }
        let codes = try PetrarchCode.blocks(body[open...], line: line.number, report: &report)
        guard let code = codes.first else { throw report.error(line.number, "pattern without a [code]") }
        if codes.count > 1 { report.warn(line.number, "a pattern has one code; \(codes.dropFirst()) ignored") }
        let text = PetrarchSource.trimmed(body[..<open])
        let stars = text.count(where: { $0 == UInt8(ascii: "*") })
        guard stars == 1 else {
            report.warn(line.number, "a pattern needs one '*' for the verb, found \(stars); skipped")
            return nil
        }
        guard !text.contains(UInt8(ascii: "|")) else {
            report.warn(line.number, "alternative patterns { A | B } are not supported (nor by PETRARCH); skipped")
            return nil
        }
        return try elements(text, code: code, line: line.number, report: &report)
    }

    private func elements(
        _ text: ArraySlice<UInt8>, code: String, line: Int, report: inout PetrarchReport
    ) throws -> Pattern? {
        var scanner = PetrarchPatternScanner(bytes: text, synsetNames: synsetNames)
        do {
            let items = try scanner.sequence(closer: nil)
            for note in scanner.notes { report.warn(line, note) }
            guard let verb = items.firstIndex(of: nil) else { return nil }
            let before = items[..<verb].compactMap { $0 }.drop(while: { $0 == .gap })
            let after = items[(verb + 1)...].compactMap { $0 }
            return Pattern(before: Array(before), after: trailingGapsDropped(after), code: code, line: line)
        } catch PetrarchPatternScanner.Problem.skip(let reason) {
            report.warn(line, reason + "; pattern skipped")
            return nil
        } catch PetrarchPatternScanner.Problem.fail(let reason) {
            throw report.error(line, reason)
        }
    }

    private func trailingGapsDropped(_ elements: [Element]) -> [Element] {
        var elements = elements
        while elements.last == .gap { elements.removeLast() }
        return elements
    }
}
