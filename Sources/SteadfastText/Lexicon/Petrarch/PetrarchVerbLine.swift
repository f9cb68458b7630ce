/// Reads family headers and verb lines of a verbs dictionary.
enum PetrarchVerbLine {
    /// A family header: `--- ACCELERATE [---] ---`.
    struct Header {
        var name: String
        var code: String?
    }

    /// A verb line: `SWEAR {SWORE SWORN SWEARS} [032]`, `WIRE_+TAP`, `+ASK_FOR {+ASKED_FOR} [020]`.
    struct Verb {
        /// The primary form as written, without `+`, `_` and `=`, upper-cased: a TABARI family's name.
        var label: String
        var forms: [String]
        var verbWordIndex: Int
        var code: String?
    }

    /// Reads a family header. Extra codes are warned about and ignored, as PETRARCH reads only the first.
    ///
    /// - Parameters:
    ///   - line: the line, starting with `---`.
    ///   - report: where warnings go.
    /// - Returns: the header.
    /// - Throws: `TextError.badDictionary` for a header without a name or with a bad code.
    static func header(_ line: PetrarchLine, report: inout PetrarchReport) throws -> Header {
        let content = line.bytes.dropFirst(3)
        let open = content.firstIndex(of: UInt8(ascii: "[")) ?? content.endIndex
        let label = PetrarchWords.text(strippingDashes(content[..<open]))
        guard !label.isEmpty else { throw report.error(line.number, "family header without a name") }
        let codes = try PetrarchCode.blocks(content[open...], line: line.number, report: &report)
        if codes.count > 1 { report.warn(line.number, "a family has one code; \(codes.dropFirst()) ignored") }
        return Header(name: label, code: codes.first)
    }

    /// Reads a verb line.
    ///
    /// - Parameters:
    ///   - line: the line.
    ///   - report: where warnings go.
    /// - Returns: the verb.
    /// - Throws: `TextError.badDictionary` for a verb without a word, unbalanced braces or a bad code.
    static func verb(_ line: PetrarchLine, report: inout PetrarchReport) throws -> Verb {
        let (head, codes) = try splitCodes(line, report: report)
        if codes.count > 1 { report.warn(line.number, "a verb has one code; \(codes.dropFirst()) ignored") }
        let brace = head.firstIndex(of: UInt8(ascii: "{"))
        let base = try form(head[..<(brace ?? head.endIndex)], line: line.number, report: &report)
        guard !base.words.isEmpty else { throw report.error(line.number, "verb without a word") }
        if base.words.count > 1, base.verbWordIndex == nil {
            report.warn(
                line.number, "no '+' marks the verb word of '\(base.words.joined(separator: " "))'; taking the first")
        }
        let index = base.verbWordIndex ?? 0
        var forms = [base.words.joined(separator: " ")]
        if brace != nil {
            forms += try braceForms(
                PetrarchLine(number: line.number, bytes: head), verbWordIndex: index, report: &report)
        } else if !base.noEndings {
            forms += regularForms(base.words, verbWordIndex: index)
        }
        return Verb(label: base.label, forms: unique(forms), verbWordIndex: index, code: codes.first)
    }

    /// The regular forms of a (multi-word) verb: the verb word inflected, the others kept.
    private static func regularForms(_ words: [String], verbWordIndex: Int) -> [String] {
        EnglishInflection.verbForms(words[verbWordIndex]).map { inflected in
            var words = words
            words[verbWordIndex] = inflected
            return words.joined(separator: " ")
        }
    }

    /// The forms listed in `{...}` on a line.
    ///
    /// - Parameters:
    ///   - line: the line holding the braces.
    ///   - verbWordIndex: the verb word of the primary form.
    ///   - report: where warnings go.
    /// - Returns: the forms.
    /// - Throws: `TextError.badDictionary` for unbalanced braces.
    static func braceForms(_ line: PetrarchLine, verbWordIndex: Int, report: inout PetrarchReport) throws -> [String] {
        let bytes = line.bytes
        guard let open = bytes.firstIndex(of: UInt8(ascii: "{")),
            let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")),
            PetrarchSource.trimmed(bytes[(close + 1)...]).isEmpty
        else { throw report.error(line.number, "expected {FORM FORM ...}") }
        var forms: [String] = []
        for written in bytes[(open + 1)..<close].split(whereSeparator: PetrarchSource.isBlank) {
            let parsed = try form(written, line: line.number, report: &report)
            if let marked = parsed.verbWordIndex, marked != verbWordIndex {
                report.warn(
                    line.number, "'+' marks word \(marked + 1) of a form but word \(verbWordIndex + 1) of the verb")
            }
            if !parsed.words.isEmpty { forms.append(parsed.words.joined(separator: " ")) }
        }
        return forms
    }

    /// The line without its `[...]` blocks, and their codes (a code may stand before the forms, as in
    /// `SNUB [111] {SNUBS SNUBBING SNUBBED}`).
    private static func splitCodes(
        _ line: PetrarchLine, report: PetrarchReport
    ) throws -> (ArraySlice<UInt8>, [String]) {
        var head: [UInt8] = []
        var codes: [String] = []
        var rest = line.bytes
        while let open = rest.firstIndex(of: UInt8(ascii: "[")) {
            guard let close = rest[open...].firstIndex(of: UInt8(ascii: "]")) else {
                throw report.error(line.number, "missing ']'")
            }
            head += rest[..<open] + [UInt8(ascii: " ")]
            codes.append(try PetrarchCode.code(rest[(open + 1)..<close], line: line.number, report: report))
            rest = rest[(close + 1)...]
        }
        return (PetrarchSource.trimmed((head + rest)[...]), codes)
    }

    /// One written form: `+CORDONED_OFF`, `WIRE_+TAP`, `BREAK_`, `BREAK=`.
    private static func form(
        _ bytes: ArraySlice<UInt8>, line: Int, report: inout PetrarchReport
    ) throws -> (label: String, words: [String], verbWordIndex: Int?, noEndings: Bool) {
        var words: [String] = []
        var marked: Int?
        var noEndings = false
        for var piece in PetrarchWords.pieces(bytes) {
            if piece.first == UInt8(ascii: "+") { marked = words.count }
            if piece.dropFirst().contains(UInt8(ascii: "+")) {
                report.warn(line, "'+' should start the verb word: '\(PetrarchWords.text(piece))'")
            }
            if piece.last == UInt8(ascii: "=") { noEndings = true }
            piece = piece.filter { $0 != UInt8(ascii: "+") && $0 != UInt8(ascii: "=") }[...]
            if !piece.isEmpty { words.append(PetrarchWords.normalized(piece)) }
        }
        return (words.joined(separator: "_").uppercased(), words, marked, noEndings)
    }

    private static func strippingDashes(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let dashOrBlank = { (byte: UInt8) in byte == UInt8(ascii: "-") || PetrarchSource.isBlank(byte) }
        guard let first = bytes.firstIndex(where: { !dashOrBlank($0) }),
            let last = bytes.lastIndex(where: { !dashOrBlank($0) })
        else { return [] }
        return bytes[first...last]
    }

    private static func unique(_ forms: [String]) -> [String] {
        var seen: Set<String> = []
        return forms.filter { seen.insert($0).inserted }
    }
}
