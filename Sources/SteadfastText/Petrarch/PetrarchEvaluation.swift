/// How many PETRARCH validation records a coder codes exactly right, overall and by category.
///
/// A record is exactly right when the set of (source, target, code) the coder produces equals the set
/// of its `<EventCoding>` elements. Records expecting no events (`noevents`, or no `<EventCoding>`)
/// expect the empty set. Records expecting an error expect no codings and that same error from the
/// coder: `storydiscard`, `sentencediscard` and `dateline` can be met; `bad_input_parse` concerns
/// parse trees, which Steadfast does not read, so those records always count as wrong. Records
/// marked `sentence="false"` (features PETRARCH itself does not implement) are scored like any other.
public struct PetrarchEvaluation: Sendable, Codable, Equatable {
    /// The tally of one category.
    public struct Tally: Sendable, Codable, Equatable {
        /// Records coded exactly right.
        public var correct: Int
        /// Records.
        public var total: Int
        /// `correct / total`, 0 for none.
        public var share: Double
    }

    /// One record's outcome.
    public struct Outcome: Sendable, Codable, Equatable {
        /// The record's id.
        public var id: String
        /// Its category.
        public var category: String
        /// False for `sentence="false"` records.
        public var sentence: Bool
        /// Its text.
        public var text: String
        /// The expected codings, sorted, as `SOURCE TARGET CODE`.
        public var expected: [String]
        /// The produced codings, sorted.
        public var produced: [String]
        /// The error the record expects, if any.
        public var expectedError: String?
        /// Why the coder set it aside, if it did.
        public var rejection: String?
        /// Whether it was coded exactly right.
        public var correct: Bool
    }

    /// Records coded exactly right.
    public var correct: Int
    /// Records.
    public var total: Int
    /// `correct / total`.
    public var share: Double
    /// Tallies by category.
    public var byCategory: [String: Tally]
    /// Every record's outcome, in file order.
    public var records: [Outcome]

    /// Codes every record of a file and scores it.
    ///
    /// - Parameters:
    ///   - file: the records.
    ///   - coder: the coder.
    public init(file: PetrarchRecordFile, coder: PetrarchCoder) {
        records = file.records.map { record in
            let result = coder.code(record.text, on: record.date, config: record.config)
            let correct =
                result.codings == record.expected && result.rejection?.rawValue == record.expectedError
                || (record.expectedError == nil && result.codings == record.expected && result.codings.isEmpty)
            return Outcome(
                id: record.id, category: record.category, sentence: record.isSentence, text: record.text,
                expected: record.expected.sorted().map(\.description),
                produced: result.codings.sorted().map(\.description), expectedError: record.expectedError,
                rejection: result.rejection?.rawValue, correct: correct)
        }
        correct = records.count(where: \.correct)
        total = records.count
        share = Self.share(correct, total)
        byCategory = Dictionary(grouping: records, by: \.category).mapValues { outcomes in
            let correct = outcomes.count(where: \.correct)
            return Tally(correct: correct, total: outcomes.count, share: Self.share(correct, outcomes.count))
        }
    }

    /// A table: the share overall, by category, then the records coded wrong.
    ///
    /// - Returns: the text.
    public func render() -> String {
        var lines = ["exactly right: \(correct) of \(total) (\(Self.percent(share)))", ""]
        for (category, tally) in byCategory.sorted(by: { $0.key < $1.key }) {
            let name = category.padding(toLength: 10, withPad: " ", startingAt: 0)
            lines.append("  \(name) \(tally.correct)/\(tally.total)  \(Self.percent(tally.share))")
        }
        let wrong = records.filter { !$0.correct }
        if !wrong.isEmpty { lines += ["", "coded wrong:"] }
        for outcome in wrong {
            let expected = outcome.expectedError.map { "error \($0)" } ?? Self.list(outcome.expected)
            let produced = outcome.rejection.map { "error \($0)" } ?? Self.list(outcome.produced)
            lines.append("  \(outcome.id) [\(outcome.category)]: expected \(expected); produced \(produced)")
        }
        return lines.joined(separator: "\n")
    }

    private static func share(_ correct: Int, _ total: Int) -> Double {
        total == 0 ? 0 : Double(correct) / Double(total)
    }

    private static func percent(_ share: Double) -> String {
        "\(Int((share * 1000).rounded()) / 10).\(Int((share * 1000).rounded()) % 10)%"
    }

    private static func list(_ codings: [String]) -> String {
        codings.isEmpty ? "nothing" : codings.joined(separator: ", ")
    }
}
