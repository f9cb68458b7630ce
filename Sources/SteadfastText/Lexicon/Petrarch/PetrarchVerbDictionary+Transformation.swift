extension PetrarchVerbDictionary {
    /// A PETRARCH 2 transformation: `~ a (a b ATTACK) SAY = a b 015` reads "when `a` says that `a` will
    /// attack `b`, code one event `a b 015`" (a threat).
    ///
    /// Letters are actor variables; `.` is an unspecified actor and `_` an absent one; verbs are
    /// lower-cased with `_` joining several (`will attack`); `q` stands for any verb, and as a result
    /// code for the embedded event's code. Only this one-level form occurs in the dictionaries and is read.
    public struct Transformation: Sendable, Hashable {
        /// Source, target and verb (or, in a result, code) of a clause.
        public struct Clause: Sendable, Hashable {
            /// The source variable.
            public var source: String
            /// The target variable.
            public var target: String
            /// The verb, or the code of a result.
            public var action: String

            /// Creates a clause.
            ///
            /// - Parameters:
            ///   - source: the source variable.
            ///   - target: the target variable.
            ///   - action: the verb or code.
            public init(source: String, target: String, action: String) {
                self.source = source
                self.target = target
                self.action = action
            }
        }

        /// The source of the outer verb.
        public var source: String
        /// The embedded event: `(a b ATTACK)`.
        public var embedded: Clause
        /// The outer verb: `SAY`.
        public var verb: String
        /// The event coded instead: `a b 015`.
        public var result: Clause
        /// The line it is on.
        public var line: Int

        /// Creates a transformation.
        ///
        /// - Parameters:
        ///   - source: the outer source.
        ///   - embedded: the embedded event.
        ///   - verb: the outer verb.
        ///   - result: the resulting event.
        ///   - line: the line.
        public init(source: String, embedded: Clause, verb: String, result: Clause, line: Int = 0) {
            self.source = source
            self.embedded = embedded
            self.verb = verb
            self.result = result
            self.line = line
        }

        /// Reads a `~` line.
        ///
        /// - Parameters:
        ///   - line: the line.
        ///   - report: the report, for the error.
        /// - Throws: `TextError.badDictionary` for any other shape than `~ x (x x VERB) VERB = x x CODE`.
        init(_ line: PetrarchLine, report: PetrarchReport) throws {
            let text = PetrarchWords.text(line.bytes.dropFirst())
                .replacing("(", with: " ( ").replacing(")", with: " ) ")
            let sides = text.split(separator: "=", omittingEmptySubsequences: false)
            let left = sides.first.map { $0.split(whereSeparator: \.isWhitespace).map(String.init) } ?? []
            let right = sides.count == 2 ? sides[1].split(whereSeparator: \.isWhitespace).map(String.init) : []
            guard left.count == 7, left[1] == "(", left[5] == ")", right.count == 3 else {
                throw report.error(line.number, "expected a transformation: ~ a (a b VERB) VERB = a b CODE")
            }
            func verb(_ written: String) -> String { written.lowercased().replacing("_", with: " ") }
            self.init(
                source: left[0], embedded: Clause(source: left[2], target: left[3], action: verb(left[4])),
                verb: verb(left[6]), result: Clause(source: right[0], target: right[1], action: right[2].lowercased()),
                line: line.number)
        }
    }
}
