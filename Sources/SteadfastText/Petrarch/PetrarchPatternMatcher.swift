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
    /// The first words of each synset's phrases.
    let synsetStarts: [String: Set<String>]
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

    /// Matches a pattern around a verb.
    ///
    /// - Parameters:
    ///   - pattern: the pattern, compiled.
    ///   - verb: the verb's units.
    /// - Returns: the bindings, or nil when the pattern does not match.
    func match(_ pattern: PetrarchCompiledPattern, verb: Range<Int>) -> Bindings? {
        var lenient = self
        lenient.emptySkips = true
        return strictMatch(pattern, verb: verb) ?? lenient.strictMatch(pattern, verb: verb)
    }

    private func strictMatch(_ pattern: PetrarchCompiledPattern, verb: Range<Int>) -> Bindings? {
        let start = Bindings(first: verb.lowerBound, last: verb.upperBound - 1)
        guard let after = forward(pattern.after[...], at: verb.upperBound, start) else { return nil }
        return backward(pattern.reversedBefore[...], before: verb.lowerBound, after)
    }

    private func forward(_ elements: ArraySlice<Element>, at unit: Int, _ bindings: Bindings) -> Bindings? {
        guard let element = elements.first else { return bindings }
        let rest = elements.dropFirst()
        var touched = bindings
        touched.last = max(bindings.last, unit)
        switch element {
        case .gap:
            return (unit...sentence.units.count).lazy.filter { mayStart(rest.first, at: $0) }
                .compactMap { forward(rest, at: $0, bindings) }.first
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
            return stride(from: unit, through: 0, by: -1).lazy.filter { mayEnd(rest.first, before: $0) }
                .compactMap { backward(rest, before: $0, bindings) }.first
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

    /// Whether an element after a gap may start at a unit: a cheap test before matching.
    private func mayStart(_ element: Element?, at unit: Int) -> Bool {
        switch element {
        case .word(let word): sentence.word(at: unit) == word
        case .synset(let name): sentence.word(at: unit).map { synsetStarts[name]?.contains($0) ?? false } ?? false
        default: true
        }
    }

    /// Whether an element before a gap may end just before a unit.
    private func mayEnd(_ element: Element?, before unit: Int) -> Bool {
        if case .word(let word) = element { return sentence.word(at: unit - 1) == word }
        return true
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

/// A pattern ready for matching: its elements written out flat, those before the verb reversed.
struct PetrarchCompiledPattern: Sendable {
    /// The event code.
    let code: String
    /// The elements before the verb, nearest first.
    let reversedBefore: [PetrarchVerbDictionary.PatternElement]
    /// The elements after the verb.
    let after: [PetrarchVerbDictionary.PatternElement]
    /// How specific it is: its elements that are not gaps. Longer patterns are tried first.
    let weight: Int

    /// Compiles a pattern.
    ///
    /// - Parameters:
    ///   - pattern: the pattern.
    init(_ pattern: PetrarchVerbDictionary.Pattern) {
        code = pattern.code
        reversedBefore = PetrarchPatternMatcher.flattened(pattern.before).reversed()
        after = PetrarchPatternMatcher.flattened(pattern.after)
        weight = (reversedBefore + after).count { $0 != .gap }
    }

    /// The patterns of some verbs, without duplicates, longest first and otherwise in file order.
    ///
    /// - Parameters:
    ///   - verbs: the verbs.
    /// - Returns: the compiled patterns.
    static func patterns(of verbs: [PetrarchVerbDictionary.Verb]) -> [PetrarchCompiledPattern] {
        var seen: Set<PetrarchVerbDictionary.Pattern> = []
        let compiled = verbs.flatMap(\.patterns).filter { seen.insert($0).inserted }.map(PetrarchCompiledPattern.init)
        return compiled.enumerated().sorted { ($0.element.weight, -$0.offset) > ($1.element.weight, -$1.offset) }
            .map(\.element)
    }
}
