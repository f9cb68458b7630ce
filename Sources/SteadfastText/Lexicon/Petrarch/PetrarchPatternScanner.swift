/// Scans a pattern's text into elements; `nil` items stand for the verb `*`.
struct PetrarchPatternScanner {
    typealias Element = PetrarchVerbDictionary.PatternElement

    /// Why a pattern cannot be read.
    enum Problem: Error {
        /// Skip the pattern with a warning.
        case skip(String)
        /// Stop with an error.
        case fail(String)
    }

    private let bytes: ArraySlice<UInt8>
    private let synsetNames: Set<String>
    private var index: Int
    /// Slips passed over, for warnings.
    private(set) var notes: [String] = []

    /// Creates a scanner.
    ///
    /// - Parameters:
    ///   - bytes: the pattern's text between `-` and its code.
    ///   - synsetNames: the synset labels.
    init(bytes: ArraySlice<UInt8>, synsetNames: Set<String>) {
        self.bytes = bytes
        self.synsetNames = synsetNames
        index = bytes.startIndex
    }

    /// The items up to a closing bracket (or the end at top level, where blanks become gaps).
    ///
    /// - Parameters:
    ///   - closer: `}` or `)` inside a group; nil at top level.
    /// - Returns: the items; nil for the verb.
    /// - Throws: `Problem`.
    mutating func sequence(closer: UInt8?) throws -> [Element?] {
        var items: [Element?] = []
        while index < bytes.endIndex {
            let byte = bytes[index]
            if PetrarchWords.isSeparator(byte) {
                if skipSeparators(), closer == nil, (items.last ?? nil) != .gap { items.append(.gap) }
                continue
            }
            if byte == closer {
                index += 1
                return items
            }
            if let item = try item(byte, inGroup: closer != nil) { items.append(item) }
        }
        if let closer { throw Problem.fail("'\(Character(Unicode.Scalar(closer)))' is missing") }
        return items
    }

    /// One item; `.some(nil)` for the verb, nil for a stray closer passed over.
    private mutating func item(_ byte: UInt8, inGroup: Bool) throws -> Element?? {
        switch byte {
        case UInt8(ascii: "*"):
            guard !inGroup else { throw Problem.fail("'*' inside a group") }
            index += 1
            return .some(nil)
        case UInt8(ascii: "{"), UInt8(ascii: "("):
            index += 1
            return try group(opener: byte)
        case UInt8(ascii: "}"), UInt8(ascii: ")"):
            notes.append("unbalanced '\(Character(Unicode.Scalar(byte)))' ignored")
            index += 1
            return nil
        default:
            return try word()
        }
    }

    private mutating func group(opener: UInt8) throws -> Element {
        let isNoun = opener == UInt8(ascii: "{")
        let inner = try sequence(closer: isNoun ? UInt8(ascii: "}") : UInt8(ascii: ")")).compactMap { $0 }
        if isNoun {
            guard !inner.isEmpty else { throw Problem.fail("empty noun phrase {}") }
            return .nounPhrase(inner)
        }
        guard case .word(let preposition) = inner.first else {
            throw Problem.fail("a prepositional phrase ( ) starts with its preposition")
        }
        return .prepositionalPhrase(preposition: preposition, object: Array(inner.dropFirst()))
    }

    /// A word, an actor token or a synset reference.
    private mutating func word() throws -> Element {
        if bytes[index] == UInt8(ascii: "&") { return try synset() }
        let start = index
        while index < bytes.endIndex, !isDelimiter(bytes[index]) { index += 1 }
        let word = bytes[start..<index]
        switch PetrarchWords.text(word) {
        case "$": return .source
        case "+": return .target
        case "%": return .compound
        case "^": return .skipActor
        default: return .word(PetrarchWords.normalized(word))
        }
    }

    /// The longest defined label at `&`: `&FIGHT_OF_WORDS` is one, `&FIGHT_CRIM` is `&FIGHT` then `crim`.
    private mutating func synset() throws -> Element {
        let start = index + 1
        var end = start
        while end < bytes.endIndex, !isDelimiter(bytes[end]) || bytes[end] == UInt8(ascii: "_") { end += 1 }
        let cuts = [end] + bytes[start..<end].indices.filter { bytes[$0] == UInt8(ascii: "_") }.reversed()
        for cut in cuts where synsetNames.contains(PetrarchWords.uppercased(bytes[start..<cut])) {
            index = cut
            return .synset(PetrarchWords.uppercased(bytes[start..<cut]))
        }
        throw Problem.skip("synset &\(PetrarchWords.text(bytes[start..<end])) is not defined")
    }

    /// Skips blanks and underscores; true when a blank was among them.
    private mutating func skipSeparators() -> Bool {
        var blank = false
        while index < bytes.endIndex, PetrarchWords.isSeparator(bytes[index]) {
            blank = blank || bytes[index] != UInt8(ascii: "_")
            index += 1
        }
        return blank
    }

    private func isDelimiter(_ byte: UInt8) -> Bool {
        PetrarchWords.isSeparator(byte) || "*{}()".utf8.contains(byte)
    }
}
