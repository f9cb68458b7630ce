/// One actor of a noun phrase: an actor code qualified by agents (`ARN` + `GOV`), or agents alone.
struct PetrarchMember: Sendable, Hashable {
    /// The actor's code with any role its name carries (`USAGOV`); nil when only agents name it.
    var actor: String?
    /// Agent codes written before the actor's code (`NGO` of `[NGO~]`).
    var prefixes: [String] = []
    /// Agent codes written after it (`GOV` of `[~GOV]`), in text order.
    var suffixes: [String] = []

    /// The code: prefixes, the actor's code (`---` when unknown), suffixes; an agent code the actor's
    /// code already holds at a three-letter boundary is not repeated (`USAGOV` + `GOV` is `USAGOV`).
    var code: String {
        var code = actor ?? "---"
        for agent in suffixes where !Self.holds(code, agent) { code += agent }
        for agent in prefixes.reversed() where !Self.holds(code, agent) { code = agent + code }
        return code
    }

    /// True when the actor is the null code `---`: the phrase names no actor.
    var isNull: Bool { actor == PetrarchActorDictionary.nullCode }

    private static func holds(_ code: String, _ agent: String) -> Bool {
        let code = Array(code.utf8)
        let agent = Array(agent.utf8)
        return stride(from: 3, to: code.count, by: 3).contains { start in
            code[start...].starts(with: agent)
        }
    }
}

/// A noun phrase that names one or more actors: `Veloria`, `Kestrelia's foreign minister`, `the
/// envoys of Veloria, Kestrelia and Marento`.
struct PetrarchMention: Sendable, Hashable {
    /// The first token.
    var start: Int
    /// The token after the last.
    var end: Int
    /// The actors, several for a compound or a coded compound (`[FRO/BIL/SAM]`).
    var members: [PetrarchMember]
    /// Whether agents alone name it.
    var isAgentOnly: Bool { members.allSatisfy { $0.actor == nil } }
    /// Whether it names no actor at all (only null codes).
    var isNull: Bool { members.allSatisfy(\.isNull) }
    /// Its codes, without duplicates, null codes left out.
    var codes: [String] {
        var seen: Set<String> = []
        return members.filter { !$0.isNull }.map(\.code).filter { seen.insert($0).inserted }
    }
}
