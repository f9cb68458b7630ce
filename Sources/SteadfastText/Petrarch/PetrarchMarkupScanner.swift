/// Reads the simple XML of PETRARCH records files: tags with attributes, text, comments.
///
/// Written for these files rather than general XML: attributes may have blanks around `=` and single or
/// double quotes (`sourcecode='"INJURY TOLL"'`); `<!-- -->`, `<!...>` and `<?...?>` are skipped; the five
/// predefined entities are decoded; the content of a `<Parse>` element is skipped unread.
struct PetrarchMarkupScanner {
    /// One piece of the file.
    enum Piece: Equatable {
        /// An opening (or self-closing) tag with its attributes.
        case open(name: String, attributes: [String: String], line: Int)
        /// A closing tag.
        case close(name: String)
        /// Text between tags, entities decoded.
        case text(String)
    }

    private let bytes: [UInt8]
    private let file: String
    private var index = 0
    private var line = 1

    /// Creates a scanner.
    ///
    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: its name, for errors.
    init(_ text: String, file: String) {
        bytes = Array(text.utf8)
        self.file = file
    }

    /// The next piece, or nil at the end.
    ///
    /// - Returns: the piece.
    /// - Throws: `TextError.badDictionary` for a comment or tag that is never closed.
    mutating func next() throws -> Piece? {
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else { return .text(readText()) }
            if starts(with: "<!--") {
                try skip(past: "-->", what: "'<!--' is never closed by '-->'")
            } else if starts(with: "<!") || starts(with: "<?") {
                try skip(past: ">", what: "'<!' is never closed by '>'")
            } else {
                return try tag()
            }
        }
        return nil
    }

    /// Skips the content of an element up to its closing tag (used for `<Parse>`).
    ///
    /// - Parameters:
    ///   - name: the element's name.
    /// - Throws: `TextError.badDictionary` when the closing tag is missing.
    mutating func skipContent(of name: String) throws {
        try skip(past: "</\(name)>", what: "<\(name)> is never closed")
    }

    private mutating func tag() throws -> Piece {
        let start = line
        let open = index
        try skip(past: ">", what: "'<' is never closed by '>'")
        var inner = bytes[(open + 1)..<(index - 1)]
        if inner.last == UInt8(ascii: "/") { inner = inner.dropLast() }
        if inner.first == UInt8(ascii: "/") {
            return .close(name: Self.trimmed(String(decoding: inner.dropFirst(), as: UTF8.self)))
        }
        let nameEnd = inner.firstIndex(where: Self.isBlank) ?? inner.endIndex
        let name = String(decoding: inner[..<nameEnd], as: UTF8.self)
        return .open(name: name, attributes: try attributes(inner[nameEnd...], line: start), line: start)
    }

    private func attributes(_ text: ArraySlice<UInt8>, line: Int) throws -> [String: String] {
        var attributes: [String: String] = [:]
        var cursor = text.startIndex
        func skipBlanks() { while cursor < text.endIndex, Self.isBlank(text[cursor]) { cursor += 1 } }
        while true {
            skipBlanks()
            guard cursor < text.endIndex else { return attributes }
            let nameStart = cursor
            while cursor < text.endIndex, !Self.isBlank(text[cursor]), text[cursor] != UInt8(ascii: "=") {
                cursor += 1
            }
            let name = String(decoding: text[nameStart..<cursor], as: UTF8.self)
            skipBlanks()
            guard cursor < text.endIndex, text[cursor] == UInt8(ascii: "=") else {
                throw TextError.badDictionary(file, line: line, reason: "attribute '\(name)' without a value")
            }
            cursor += 1
            skipBlanks()
            guard cursor < text.endIndex, text[cursor] == UInt8(ascii: "\"") || text[cursor] == UInt8(ascii: "'"),
                let close = text[(cursor + 1)...].firstIndex(of: text[cursor])
            else { throw TextError.badDictionary(file, line: line, reason: "attribute '\(name)' is not quoted") }
            attributes[name] = Self.decoded(String(decoding: text[(cursor + 1)..<close], as: UTF8.self))
            cursor = close + 1
        }
    }

    private mutating func readText() -> String {
        let start = index
        while index < bytes.count, bytes[index] != UInt8(ascii: "<") { advance() }
        return Self.decoded(String(decoding: bytes[start..<index], as: UTF8.self))
    }

    private func starts(with prefix: String) -> Bool {
        bytes[index...].starts(with: prefix.utf8)
    }

    private mutating func skip(past end: String, what: String) throws {
        let start = line
        let mark = Array(end.utf8)
        while index < bytes.count {
            if bytes[index...].starts(with: mark) {
                index += mark.count
                return
            }
            advance()
        }
        throw TextError.badDictionary(file, line: start, reason: what)
    }

    private mutating func advance() {
        if bytes[index] == UInt8(ascii: "\n") { line += 1 }
        index += 1
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }

    private static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        return text.replacing("&lt;", with: "<").replacing("&gt;", with: ">").replacing("&quot;", with: "\"")
            .replacing("&apos;", with: "'").replacing("&amp;", with: "&")
    }
}

extension PetrarchMarkupScanner {
    /// A text without leading and trailing blanks and line breaks.
    ///
    /// - Parameters:
    ///   - text: the text.
    /// - Returns: the trimmed text.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        let isBlank = { (scalar: Unicode.Scalar) in scalar.value < 0x80 && Self.isBlank(UInt8(scalar.value)) }
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
            let last = scalars.lastIndex(where: { !isBlank($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
