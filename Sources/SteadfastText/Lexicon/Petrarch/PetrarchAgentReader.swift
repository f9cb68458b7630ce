/// Reads the lines of an agents dictionary, see `PetrarchAgentDictionary`.
struct PetrarchAgentReader {
    typealias Agent = PetrarchAgentDictionary.Agent

    /// The warnings so far.
    private(set) var report: PetrarchReport
    /// The agents so far.
    private(set) var agents: [Agent] = []
    private var seen: Set<Agent> = []
    /// Substitution sets by marker name (`PERSON` for `!PERSON!`), items as written.
    private var markers: [String: [ArraySlice<UInt8>]] = [:]

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - report: where warnings go.
    init(report: PetrarchReport) {
        self.report = report
    }

    /// Reads one line: a marker definition or an agent.
    ///
    /// - Parameters:
    ///   - line: the line.
    /// - Throws: `TextError.badDictionary` for a malformed line.
    mutating func read(_ line: PetrarchLine) throws {
        let bytes = line.bytes
        if bytes.first == UInt8(ascii: "!"), let equals = bytes.firstIndex(of: UInt8(ascii: "=")) {
            try defineMarker(bytes[..<equals], items: bytes[(equals + 1)...], line: line.number)
            return
        }
        guard let open = bytes.firstIndex(of: UInt8(ascii: "[")) else {
            report.warn(line.number, "agent without a [code]; skipped")
            return
        }
        let (code, placement) = try agentCode(bytes[(open + 1)...], line: line.number)
        let (phrase, plural) = try phrases(bytes[..<open], line: line.number)
        for tokens in try forms(phrase, plural: plural, line: line.number) {
            add(tokens, code, placement)
        }
    }

    /// The tokens of a phrase and of its plurals.
    private mutating func forms(
        _ phrase: ArraySlice<UInt8>, plural: ArraySlice<UInt8>?, line: Int
    ) throws -> [[String]] {
        if phrase.contains(UInt8(ascii: "!")) {
            let written = [phrase] + (plural.map { [$0] } ?? [])
            return try written.flatMap { try substituted($0, line: line) }.map { PetrarchWords.tokens($0[...]) }
        }
        let tokens = PetrarchWords.tokens(phrase)
        guard let plural else {
            guard let generated = tokens.last.flatMap(EnglishInflection.plural) else { return [tokens] }
            return [tokens, tokens.dropLast() + [generated]]
        }
        return [tokens, PetrarchWords.tokens(plural)]
    }

    private mutating func add(_ tokens: [String], _ code: String, _ placement: Agent.Placement) {
        let agent = Agent(tokens: tokens, code: code, placement: placement)
        if !tokens.isEmpty, seen.insert(agent).inserted { agents.append(agent) }
    }

    /// `!NAME! = ITEM, ITEM, ...`
    private mutating func defineMarker(_ name: ArraySlice<UInt8>, items: ArraySlice<UInt8>, line: Int) throws {
        let name = PetrarchSource.trimmed(name)
        guard name.count > 2, name.last == UInt8(ascii: "!") else {
            throw report.error(line, "a substitution set is defined as !NAME! = ITEM, ITEM")
        }
        let list = items.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map(
            PetrarchSource.trimmed)
        guard list.allSatisfy({ !$0.isEmpty }) else { throw report.error(line, "empty item in a substitution set") }
        markers[PetrarchWords.uppercased(name.dropFirst().dropLast())] = list
    }

    /// `[~GOV]`, `[NGO~]`, `[ ~COP]`; `}` for `]` is accepted with a warning.
    private mutating func agentCode(_ bytes: ArraySlice<UInt8>, line: Int) throws -> (String, Agent.Placement) {
        guard let close = bytes.firstIndex(where: { $0 == UInt8(ascii: "]") || $0 == UInt8(ascii: "}") }) else {
            throw report.error(line, "missing ']'")
        }
        if bytes[close] == UInt8(ascii: "}") { report.warn(line, "agent code closed with '}' instead of ']'") }
        if !PetrarchSource.trimmed(bytes[(close + 1)...]).isEmpty { report.warn(line, "text after the code ignored") }
        let content = bytes[..<close].filter { !PetrarchSource.isBlank($0) }[...]
        let tilde = UInt8(ascii: "~")
        let placement: Agent.Placement = content.first == tilde ? .suffix : .prefix
        let code = placement == .suffix ? content.dropFirst() : content.dropLast()
        guard content.first == tilde || content.last == tilde, !code.isEmpty,
            code.allSatisfy({ $0 < 0x80 && (PetrarchWords.isLetter($0) || (0x30...0x39).contains($0)) })
        else {
            throw report.error(line, "bad agent code '\(PetrarchWords.text(content))': expected ~CODE or CODE~")
        }
        return (PetrarchWords.uppercased(code), placement)
    }

    /// The phrase and its plural: nil to generate one, empty for `{}`.
    private func phrases(
        _ bytes: ArraySlice<UInt8>, line: Int
    ) throws -> (ArraySlice<UInt8>, ArraySlice<UInt8>?) {
        guard let open = bytes.firstIndex(of: UInt8(ascii: "{")) else {
            return try (nonEmpty(bytes, line: line), nil)
        }
        guard let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")),
            PetrarchSource.trimmed(bytes[(close + 1)...]).isEmpty
        else { throw report.error(line, "expected PHRASE {PLURAL} [CODE]") }
        return try (nonEmpty(bytes[..<open], line: line), PetrarchSource.trimmed(bytes[(open + 1)..<close]))
    }

    private func nonEmpty(_ phrase: ArraySlice<UInt8>, line: Int) throws -> ArraySlice<UInt8> {
        guard !PetrarchWords.pieces(phrase).isEmpty else { throw report.error(line, "agent without a phrase") }
        return phrase
    }

    /// The phrase with each item of its first marker's set in place of the marker, recursively.
    private mutating func substituted(_ phrase: ArraySlice<UInt8>, line: Int) throws -> [[UInt8]] {
        let bang = UInt8(ascii: "!")
        guard let open = phrase.firstIndex(of: bang) else { return [Array(phrase)] }
        guard let close = phrase[(open + 1)...].firstIndex(of: bang) else {
            throw report.error(line, "substitution marker without its closing '!'")
        }
        let name = PetrarchWords.uppercased(phrase[(open + 1)..<close])
        guard let items = markers[name] else {
            report.warn(line, "substitution marker !\(name)! is not defined; line skipped")
            return []
        }
        return try items.flatMap { item in
            try substituted((Array(phrase[..<open]) + item + phrase[(close + 1)...])[...], line: line)
        }
    }
}
