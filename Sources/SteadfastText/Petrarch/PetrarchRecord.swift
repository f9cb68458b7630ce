import SteadfastCore

/// One `<Sentence>` of a PETRARCH validation records file: its text, date, category and the codings
/// it expects, with the options in force where it stands.
public struct PetrarchRecord: Sendable, Hashable {
    /// The record's id (`DEMO-01`); records without one are named by their line (`line 4802`).
    public var id: String
    /// The category (`DEMO`, `COMPOUND`, ...).
    public var category: String
    /// The day of the story, which selects date-restricted actor codes.
    public var date: Day?
    /// False for records PETRARCH marks `sentence="false"` (features it does not implement).
    public var isSentence: Bool
    /// The raw text, blanks collapsed.
    public var text: String
    /// The expected codings; empty for `noevents` and error records.
    public var expected: Set<PetrarchCoding>
    /// The error the record expects instead of codings (`storydiscard`, `dateline`, ...).
    public var expectedError: String?
    /// The options in force.
    public var config: PetrarchConfig
    /// The line of the `<Sentence>` tag.
    public var line: Int

    /// Creates a record.
    ///
    /// - Parameters:
    ///   - id: the id.
    ///   - category: the category.
    ///   - date: the day.
    ///   - isSentence: whether PETRARCH treats it as a sentence.
    ///   - text: the text.
    ///   - expected: the expected codings.
    ///   - expectedError: the expected error.
    ///   - config: the options in force.
    ///   - line: the line of its tag.
    public init(
        id: String, category: String, date: Day?, isSentence: Bool = true, text: String,
        expected: Set<PetrarchCoding>, expectedError: String? = nil, config: PetrarchConfig = PetrarchConfig(),
        line: Int = 0
    ) {
        self.id = id
        self.category = category
        self.date = date
        self.isSentence = isSentence
        self.text = text
        self.expected = expected
        self.expectedError = expectedError
        self.config = config
        self.line = line
    }
}

/// The dictionaries a records file names in its `<Environment>`.
public struct PetrarchEnvironment: Sendable, Hashable {
    /// The verbs dictionary's file name.
    public var verbs: String?
    /// The actors dictionaries' file names.
    public var actors: [String] = []
    /// The agents dictionary's file name.
    public var agents: String?
    /// The discards dictionary's file name.
    public var discards: String?

    /// Creates an environment.
    ///
    /// - Parameters:
    ///   - verbs: the verbs file.
    ///   - actors: the actors files.
    ///   - agents: the agents file.
    ///   - discards: the discards file.
    public init(verbs: String? = nil, actors: [String] = [], agents: String? = nil, discards: String? = nil) {
        self.verbs = verbs
        self.actors = actors
        self.agents = agents
        self.discards = discards
    }
}

/// A records file: its environment and its records in order.
public struct PetrarchRecordFile: Sendable, Hashable {
    /// The dictionaries it names.
    public var environment: PetrarchEnvironment
    /// The records.
    public var records: [PetrarchRecord]

    /// Creates a records file.
    ///
    /// - Parameters:
    ///   - environment: the dictionaries it names.
    ///   - records: the records.
    public init(environment: PetrarchEnvironment, records: [PetrarchRecord]) {
        self.environment = environment
        self.records = records
    }
}
