/// Matches verb patterns against the units around a verb, TABARI style.
///
/// Elements before the verb are matched backwards from it, elements after it forwards. A gap lets any
/// units come between; elements without a gap are consecutive. `$`, `+` and `%` match a mention (`%` a
/// compound one) and bind it; `^` skips a mention, or, when the pattern cannot match so, nothing (the
/// records use it for phrases a parser would call a noun phrase, like `their farmers`). A synset
/// matches any of its phrases. PETRARCH 2's noun and prepositional phrase groups are matched as their
/// words with gaps between.
struct PetrarchPatternMatcher {
    typealias Element = PetrarchVerbDictionary.PatternElement

    /// The mentions a match binds.
    struct Bindings: Equatable {
        var source: Int?
        var target: Int?
        var compound: Int?
        /// Mentions skipped by `^`.
        var skipped: [Int] = []
        /// The first and last unit the pattern touches.
        var first: Int
        var last: Int
    }

    let sentence: PetrarchSentence
    let synsets: [String: [[String]]]
    /// Whether `^` may match nothing; a pattern is tried first with every `^` skipping a mention.
    var emptySkips = false

    /// The elements of a pattern with groups written out as words and gaps.
    ///
    /// - Parameters:
    ///   - elements: the pattern's elements.
    /// - Returns: the flat elements.
    static func flattened(_ elements: [Element]) -> [Element] {
        elements.flatMap { element -> [Element] in
            switch element {
            case .nounPhrase(let inner): flattened(inner).flatMap { [$0, .gap] }.dropLast()
            case .prepositionalPhrase(let preposition, let object): [.word(preposition), .gap] + flattened(object)
            default: [element]
            }
        }
    }

    /// How specific a pattern is: its elements that are not gaps.
    ///
    /// - Parameters:
    ///   - pattern: the pattern.
    /// - Returns: the count.
    static func weight(_ pattern: PetrarchVerbDictionary.Pattern) -> Int {
        (flattened(pattern.before) + flattened(pattern.after)).count { $0 != .gap }
    }

    /// Matches a pattern around a verb.
    ///
    /// - Parameters:
    ///   - pattern: the pattern.
    ///   - verb: the verb's units.
    /// - Returns: the bindings, or nil when the pattern does not match.
    func match(_ pattern: PetrarchVerbDictionary.Pattern, verb: Range<Int>) -> Bindings? {
        var lenient = self
        lenient.emptySkips = true
        return strictMatch(pattern, verb: verb) ?? lenient.strictMatch(pattern, verb: verb)
    }

    private func strictMatch(_ pattern: PetrarchVerbDictionary.Pattern, verb: Range<Int>) -> Bindings? {
        let start = Bindings(first: verb.lowerBound, last: verb.upperBound - 1)
        guard let after = forward(Self.flattened(pattern.after)[...], at: verb.upperBound, start) else { return nil }
        return backward(Self.flattened(pattern.before).reversed()[...], before: verb.lowerBound, after)
    }

    private func forward(_ elements: ArraySlice<Element>, at unit: Int, _ bindings: Bindings) -> Bindings? {
        guard let element = elements.first else { return bindings }
        let rest = elements.dropFirst()
        var touched = bindings
        touched.last = max(bindings.last, unit)
        switch element {
        case .gap:
            return (unit...sentence.units.count).lazy.compactMap { forward(rest, at: $0, bindings) }.first
        case .word(let word):
            guard sentence.word(at: unit) == word else { return nil }
            return forward(rest, at: unit + 1, touched)
        case .synset(let name):
            for phrase in synsets[name] ?? [] where words(phrase, at: unit) {
                touched.last = unit + phrase.count - 1
                if let found = forward(rest, at: unit + phrase.count, touched) { return found }
            }
            return nil
        default:
            if let bound = bind(element, at: unit, touched), let found = forward(rest, at: unit + 1, bound) {
                return found
            }
            return element == .skipActor && emptySkips ? forward(rest, at: unit, bindings) : nil
        }
    }

    private func backward(_ elements: ArraySlice<Element>, before unit: Int, _ bindings: Bindings) -> Bindings? {
        guard let element = elements.first else { return bindings }
        let rest = elements.dropFirst()
        var touched = bindings
        touched.first = min(bindings.first, unit - 1)
        switch element {
        case .gap:
            return stride(from: unit, through: 0, by: -1).lazy.compactMap { backward(rest, before: $0, bindings) }
                .first
        case .word(let word):
            guard sentence.word(at: unit - 1) == word else { return nil }
            return backward(rest, before: unit - 1, touched)
        case .synset(let name):
            for phrase in synsets[name] ?? [] where words(phrase, at: unit - phrase.count) {
                touched.first = unit - phrase.count
                if let found = backward(rest, before: unit - phrase.count, touched) { return found }
            }
            return nil
        default:
            if let bound = bind(element, at: unit - 1, touched), let found = backward(rest, before: unit - 1, bound) {
                return found
            }
            return element == .skipActor && emptySkips ? backward(rest, before: unit, bindings) : nil
        }
    }

    private func words(_ phrase: [String], at unit: Int) -> Bool {
        unit >= 0 && phrase.indices.allSatisfy { sentence.word(at: unit + $0) == phrase[$0] }
    }

    private func bind(_ element: Element, at unit: Int, _ bindings: Bindings) -> Bindings? {
        guard let mention = sentence.mention(at: unit) else { return nil }
        var bound = bindings
        switch element {
        case .source: bound.source = mention
        case .target: bound.target = mention
        case .compound:
            guard sentence.mentions[mention].members.count > 1 else { return nil }
            bound.compound = mention
        case .skipActor: bound.skipped.append(mention)
        default: return nil
        }
        return bound
    }
}
