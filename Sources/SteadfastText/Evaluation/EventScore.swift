import SteadfastCore

/// How well coded events agree with a gold file, scored as the data README defines.
public struct EventScore: Sendable, Hashable, Codable {
    /// Matched extracted events.
    public var matched: Int
    /// All extracted events that count (repeats and lower-level duplicates of a gold support excluded).
    public var extracted: Int
    /// All gold events.
    public var gold: Int
    /// Matched events whose date agrees with the gold at the gold's precision.
    public var datesRight: Int
    /// Gold events nobody matched, by quote.
    public var misses: [String]
    /// Extracted events that matched nothing: sentence start, source, target, type.
    public var falseAlarms: [String]
    /// Matched events whose date disagrees with the gold: the quote, the date coded and the gold date.
    public var wrongDates: [String] = []

    /// matched / extracted.
    public var precision: Double { extracted == 0 ? 0 : Double(matched) / Double(extracted) }
    /// matched / gold.
    public var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    /// The harmonic mean of precision and recall.
    public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    /// datesRight / matched.
    public var dateAccuracy: Double { matched == 0 ? 0 : Double(datesRight) / Double(matched) }

    /// Scores coded events against gold events of the same document.
    ///
    /// - Parameters:
    ///   - events: the coded events.
    ///   - gold: the gold events.
    ///   - document: the document, for the sentences and quotes.
    ///   - sentences: its sentences.
    ///   - codeMap: maps the project's codes to the gold's (e.g. REBELS kept, unknown kept).
    public init(
        events: [CodedEvent], gold: [GoldEvent], document: PreparedDocument, sentences: [Sentence],
        codeMap: [String: String] = [:]
    ) {
        let located = gold.map { Self.sentence(containing: $0.quote, in: sentences, document: document) }
        var used = Set<Int>()
        var matched = 0
        var datesRight = 0
        var alarms: [String] = []
        var wrongDates: [String] = []
        var counted = 0
        for event in events {
            let source = codeMap[event.source] ?? event.source
            let target = codeMap[event.target] ?? event.target
            let candidates = gold.indices.filter { index in
                !used.contains(index) && located[index] == event.sentence
                    && gold[index].actor == source && gold[index].target == target
                    && Self.agrees(event.reading, gold[index])
            }
            if let index = candidates.first {
                used.insert(index)
                matched += 1
                counted += 1
                if gold[index].date.map({ Self.sameDate(event.date, $0) }) ?? true {
                    datesRight += 1
                } else {
                    let coded = event.date?.description ?? "none"
                    wrongDates.append(
                        "\(gold[index].quote): coded \(coded), gold \(gold[index].date?.description ?? "none")")
                }
            } else if Self.isLowerSupport(event, source: source, target: target, gold: gold, located: located) {
                continue
            } else {
                counted += 1
                alarms.append("\(event.sentence.start): \(source) -> \(target) \(event.reading.type) \(event.cameo)")
            }
        }
        self.matched = matched
        extracted = counted
        self.gold = gold.count
        self.datesRight = datesRight
        misses = gold.indices.filter { !used.contains($0) }.map { gold[$0].quote }
        falseAlarms = alarms
        self.wrongDates = wrongDates
    }

    static func agrees(_ reading: EventReading, _ gold: GoldEvent) -> Bool {
        guard reading.type == gold.type else { return false }
        switch reading {
        case .support(let level, let scale): return Self.effective(level, scale) == gold.effectiveLevel
        case .threat(let kind): return kind == gold.threat
        case .outcome(let outcome): return outcome == gold.outcome
        case .withdrawal, .defection, .other: return true
        }
    }

    static func effective(_ level: LadderLevel, _ scale: Response.Scale) -> LadderLevel {
        VerdictRules.standard.effectiveLevel(
            of: Response(
                id: "", patron: "", level: level, scale: scale,
                date: PartialDate(year: 2000) ?? PartialDate(Day(ordinal: 0)), summary: ""))
    }

    private static func isLowerSupport(
        _ event: CodedEvent, source: String, target: String, gold: [GoldEvent], located: [TextSpan?]
    ) -> Bool {
        guard case .support(let level, let scale) = event.reading else { return false }
        return gold.indices.contains { index in
            located[index] == event.sentence && gold[index].type == "support" && gold[index].actor == source
                && gold[index].target == target && (gold[index].effectiveLevel ?? .abstain) > effective(level, scale)
        }
    }

    /// Whether an extracted date agrees with a gold date at the gold's precision.
    ///
    /// - Parameters:
    ///   - extracted: the extracted date.
    ///   - gold: the gold date.
    /// - Returns: true when they agree.
    public static func sameDate(_ extracted: PartialDate?, _ gold: PartialDate) -> Bool {
        guard let extracted else { return false }
        switch gold.precision {
        case .year: return extracted.year == gold.year
        case .month: return extracted.year == gold.year && extracted.month == gold.month
        case .day: return extracted.year == gold.year && extracted.month == gold.month && extracted.day == gold.day
        }
    }

    static func sentence(containing quote: String, in sentences: [Sentence], document: PreparedDocument) -> TextSpan? {
        sentences.first { !$0.isRepeat && $0.text.contains(quote) }?.span
            ?? sentences.first { !$0.isRepeat && quote.contains($0.text) }?.span
    }
}
