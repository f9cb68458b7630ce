/// Finds the verbs of the dictionary in a sentence, and the clauses they belong to.
///
/// A verb is a dictionary form (the longest, for multi-word forms like `broken down`) on words outside
/// any mention, except:
/// - a form after a determiner with at most one adjective between, and bare names after it (`an
///   accord`, `an anti- Marento rally`, `his march`), is a noun;
/// - an auxiliary (`should`, `has`) with another verb just after it (`should have acted`) is not the
///   event's verb.
///
/// Clauses end at `,` (unless between adjectives), `;`, `:` and at `and` or `but` followed by a verb (`... and sent aid`). A
/// comma clause opened by a subordinator (`, two days after rioters stormed ...`) belongs to the
/// clause before it: its verb is coded only when that clause's is not, and that clause's target may lie
/// in it.
struct PetrarchVerbFinder {
    /// A verb found in a sentence.
    struct Occurrence {
        /// Its units.
        var units: Range<Int>
        /// The verb entries of its form.
        var verbs: [Int]
        /// Their patterns, longest first.
        var patterns: [PetrarchCompiledPattern] = []
        /// Its clause.
        var clause = 0
    }

    /// The verbs of a sentence and its clauses.
    struct Result {
        /// The verbs, in order.
        var verbs: [Occurrence]
        /// The clause of each unit.
        var clauseOfUnit: [Int]
        /// The clauses that a conjunction opens (`and sent aid`): they share the subject before them.
        var conjoined: Set<Int>
        /// The comma clauses that a subordinator opens (`, two days after ...`): they belong to the
        /// clause before them.
        var subordinate: Set<Int>
    }

    let lexicon: PetrarchCoderLexicon
    let sentence: PetrarchSentence
    let capitalized: [Bool]

    /// The verbs, in order, with their clauses, and the clause of every unit.
    ///
    /// - Returns: the occurrences and each unit's clause.
    func occurrences() -> Result {
        var found: [Occurrence] = []
        var unit = 0
        while unit < sentence.units.count {
            guard let occurrence = form(at: unit) else {
                unit += 1
                continue
            }
            found.append(occurrence)
            unit = occurrence.units.upperBound
        }
        found = found.filter { !isNoun($0) && !isAuxiliary($0, among: found) }
        return clauses(found)
    }

    private func form(at unit: Int) -> Occurrence? {
        guard let word = sentence.word(at: unit), let forms = lexicon.forms[word] else { return nil }
        for form in forms where form.tokens.indices.allSatisfy({ sentence.word(at: unit + $0) == form.tokens[$0] }) {
            return Occurrence(units: unit..<(unit + form.tokens.count), verbs: form.verbs, patterns: form.patterns)
        }
        return nil
    }

    private func isNoun(_ occurrence: Occurrence) -> Bool {
        var unit = occurrence.units.lowerBound - 1
        var adjectives = 0
        while unit >= 0, adjectives < 2 {
            if let mention = sentence.mention(at: unit), !isBareName(mention) || !isModifier(unit - 1) {
                return false
            }
            if let word = sentence.word(at: unit) {
                if PetrarchWordClasses.determiners.contains(word) { return true }
                let token = sentence.unitToken(unit)
                if PetrarchWordClasses.functionWords.contains(word) || lexicon.forms[word] != nil
                    || capitalized[token] || !word.unicodeScalars.contains(where: Tokenizer.isWordScalar)
                {
                    return false
                }
            }
            if sentence.word(at: unit) != nil { adjectives += 1 }
            unit -= 1
        }
        return false
    }

    /// A mention that is a name alone, without agents: it may modify a noun (`Marento rally`).
    private func isBareName(_ mention: Int) -> Bool {
        sentence.mentions[mention].members.allSatisfy { $0.actor != nil && $0.prefixes.isEmpty && $0.suffixes.isEmpty }
    }

    /// A lower-case word that may modify a noun through a name (`anti-` of `an anti- Marento rally`).
    private func isModifier(_ unit: Int) -> Bool {
        guard let word = sentence.word(at: unit) else { return false }
        return !capitalized[sentence.unitToken(unit)] && !PetrarchWordClasses.functionWords.contains(word)
            && lexicon.forms[word] == nil && word.unicodeScalars.contains(where: Tokenizer.isWordScalar)
    }

    private func isAuxiliary(_ occurrence: Occurrence, among found: [Occurrence]) -> Bool {
        guard occurrence.units.count == 1, let word = sentence.word(at: occurrence.units.lowerBound),
            PetrarchWordClasses.auxiliaries.contains(word)
        else { return false }
        let window = occurrence.units.upperBound...(occurrence.units.upperBound + 2)
        return found.contains { window.contains($0.units.lowerBound) }
    }

    /// A comma between two adjectives (`long, bitter talks`) ends no clause.
    private func joinsAdjectives(at unit: Int) -> Bool {
        isModifier(unit - 1) && isModifier(unit + 1) && sentence.word(at: unit) == ","
    }

    private func clauses(_ found: [Occurrence]) -> Result {
        let starts = Set(found.map(\.units.lowerBound))
        var clause = 0
        var conjoined: Set<Int> = []
        var subordinate: Set<Int> = []
        var clauseOfUnit = [Int](repeating: 0, count: sentence.units.count)
        for unit in sentence.units.indices {
            if let word = sentence.word(at: unit) {
                if [",", ";", ":", "--"].contains(word), !joinsAdjectives(at: unit) {
                    clause += 1
                    let opening = ((unit + 1)..<min(unit + 5, sentence.units.count)).compactMap(sentence.word(at:))
                    if opening.contains(where: PetrarchWordClasses.subordinators.contains) {
                        subordinate.insert(clause)
                    }
                }
                if PetrarchWordClasses.clauseConjunctions.contains(word),
                    starts.contains(unit + 1) || starts.contains(unit + 2)
                {
                    clause += 1
                    conjoined.insert(clause)
                }
            }
            clauseOfUnit[unit] = clause
        }
        let verbs = found.map { occurrence in
            var occurrence = occurrence
            occurrence.clause = clauseOfUnit[occurrence.units.lowerBound]
            return occurrence
        }
        return Result(verbs: verbs, clauseOfUnit: clauseOfUnit, conjoined: conjoined, subordinate: subordinate)
    }
}

extension PetrarchSentence {
    /// The first token of a unit.
    ///
    /// - Parameters:
    ///   - unit: the unit.
    /// - Returns: its first token.
    func unitToken(_ unit: Int) -> Int {
        unitOfToken.firstIndex(of: unit) ?? 0
    }

}
