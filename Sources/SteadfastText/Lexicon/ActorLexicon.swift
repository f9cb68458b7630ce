import SteadfastCore

/// An actor named in a sentence: which tokens, which code.
public struct ActorMention: Sendable, Hashable {
    /// The actor code.
    public var code: String
    /// The tokens of the sentence that name it.
    public var tokens: Range<Int>
    /// The role the name carries (`GOV`, `MIL`, `REB`), if any.
    public var role: String?

    /// Creates a mention.
    ///
    /// - Parameters:
    ///   - code: the actor code.
    ///   - tokens: the tokens that name it.
    ///   - role: the role the name carries.
    public init(code: String, tokens: Range<Int>, role: String? = nil) {
        self.code = code
        self.tokens = tokens
        self.role = role
    }
}

/// Finds actor names in token sequences: longest match first, left to right, time-aware.
///
/// Names are kept in a token trie, so that a sentence is scanned once whatever the size of the
/// lexicon; among names of the same length the one valid on the event's day wins.
public struct ActorLexicon: Sendable {
    private var children: [[String: Int]] = [[:]]
    private var names: [Int: [ActorName]] = [:]

    /// Creates a lexicon.
    ///
    /// - Parameters:
    ///   - names: the names it knows.
    public init(names: [ActorName] = []) {
        for name in names { add(name) }
    }

    /// Codes named with the insurgent role (`REB`): armed groups and generic rebels.
    public private(set) var insurgentCodes: Set<String> = []

    /// The number of names known.
    public var count: Int { names.values.reduce(0) { $0 + $1.count } }

    /// Adds a name; a later name with the same tokens and validity replaces nothing, both are kept.
    ///
    /// - Parameters:
    ///   - name: the name.
    public mutating func add(_ name: ActorName) {
        guard !name.tokens.isEmpty else { return }
        var node = 0
        for token in name.tokens {
            if let next = children[node][token] {
                node = next
            } else {
                children.append([:])
                children[node][token] = children.count - 1
                node = children.count - 1
            }
        }
        if !(names[node]?.contains(name) ?? false) { names[node, default: []].append(name) }
        if name.role == "REB" { insurgentCodes.insert(name.code) }
    }

    /// Every name, grouped by phrase.
    func allNames() -> [[ActorName]] {
        Array(names.values)
    }

    /// Adds every name of another lexicon.
    ///
    /// - Parameters:
    ///   - other: the other lexicon.
    public mutating func merge(_ other: ActorLexicon) {
        for list in other.names.values { for name in list { add(name) } }
    }

    /// The actor mentions of a token sequence: at each position the longest name valid on `day`.
    ///
    /// - Parameters:
    ///   - tokens: the sentence's tokens.
    ///   - day: the event's day, if known, for time-aware names.
    /// - Returns: the mentions, left to right, never overlapping.
    public func mentions(in tokens: [Token], on day: Day?) -> [ActorMention] {
        var result: [ActorMention] = []
        var index = 0
        while index < tokens.count {
            if let match = longestMatch(in: tokens, from: index, on: day) {
                result.append(match)
                index = match.tokens.upperBound
            } else {
                index += 1
            }
        }
        return result
    }

    private func longestMatch(in tokens: [Token], from start: Int, on day: Day?) -> ActorMention? {
        var node = 0
        var best: ActorMention?
        var index = start
        while index < tokens.count {
            let key = Self.key(tokens[index].normalized)
            let exact = "=" + Self.key(tokens[index].text).word
            guard let next = children[node][key.word] ?? children[node][exact] else { break }
            node = next
            if let candidates = names[node], let name = Self.choose(candidates, on: day) {
                best = ActorMention(code: name.code, tokens: start..<(index + 1), role: name.role)
            }
            if key.possessive { break }
            index += 1
        }
        return best
    }

    private static func choose(_ candidates: [ActorName], on day: Day?) -> ActorName? {
        candidates.first { $0.applies(on: day) } ?? (day == nil ? candidates.first : nil)
    }

    /// A token's lookup form: possessive `'s` and trailing `'` (straight or curly) removed.
    static func key(_ word: String) -> (word: String, possessive: Bool) {
        // Called for every token of every lookup: compare bytes, not characters.
        let bytes = word.utf8
        guard let last = bytes.last, last == UInt8(ascii: "s") || last == UInt8(ascii: "'") || last == 0x99 else {
            return (word, false)
        }
        var end = bytes.endIndex
        if last == UInt8(ascii: "s") { end = bytes.index(before: end) }
        let apostrophe = Self.apostropheLength(bytes[..<end])
        guard apostrophe > 0 else { return (word, false) }
        let stem = bytes.index(end, offsetBy: -apostrophe)
        return (String(word[..<stem]), true)
    }

    /// The length in bytes of a straight (1) or curly (3) apostrophe ending `bytes`, else 0.
    private static func apostropheLength(_ bytes: Substring.UTF8View) -> Int {
        guard let last = bytes.last else { return 0 }
        if last == UInt8(ascii: "'") { return 1 }
        guard last == 0x99, bytes.count >= 3 else { return 0 }
        let tail = bytes.suffix(3)
        return tail.elementsEqual([0xE2, 0x80, 0x99]) ? 3 : 0
    }

    /// Splits a phrase into the normalized tokens lexicons match on. Short all-capital words
    /// (`US`, `UK`, `UN`) are kept case-sensitive, marked with a leading `=`, so that "US" never
    /// matches "us".
    ///
    /// - Parameters:
    ///   - phrase: the phrase as written.
    /// - Returns: its tokens, lower-cased unless case-sensitive.
    public static func tokens(of phrase: String) -> [String] {
        Tokenizer.tokens(phrase).filter { !$0.isPunctuation }.map { token in
            let letters = token.text.filter(\.isLetter)
            let acronym =
                !letters.isEmpty && letters.count <= 4 && letters.allSatisfy(\.isUppercase)
                && !token.text.contains(".")
            return acronym ? "=" + token.text : token.normalized
        }
    }
}
