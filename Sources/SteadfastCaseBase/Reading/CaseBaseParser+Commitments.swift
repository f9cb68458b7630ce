import SteadfastCore

extension CaseBaseParser {
    func readCommitment(_ entry: MappingReader, into fragment: inout Fragment) {
        entry.rejectUnknownKeys([
            "id", "patron", "client", "kind", "via", "atop", "started", "ended", "scope", "sources", "note",
        ])
        let id = identifier(entry, into: &fragment)
        let patron = actorCode(entry, "patron", into: &fragment)
        let client = actorCode(entry, "client", into: &fragment)
        let kind = entry.choice("kind", Commitment.Kind.self)
        if entry.node("kind") == nil { entry.log.report("missing required field", at: entry.location(of: "kind")) }
        let via = actorCode(entry, "via", required: false, into: &fragment)
        let atop = entry.int("atop", in: 1...99999)
        let started = entry.date("started", required: true)
        let ended = entry.date("ended")
        checkOrder(started, ended, entry, endKey: "ended")
        let scope = entry.mapping("scope").map { readScope($0, into: &fragment) } ?? Scope()
        let sources = sourceList(entry, into: &fragment)
        if sources.isEmpty {
            entry.log.report("a commitment needs at least one source", at: entry.location(of: "sources"))
        }
        if let patron, patron == client {
            entry.log.report("patron and client are both '\(patron)'", at: entry.location(of: "client"))
        }
        guard let id, let patron, let client, let kind, let started else { return }
        fragment.commitments.append(
            Commitment(
                id: id, patron: patron, client: client, kind: kind, via: via, atopID: atop, started: started,
                ended: ended, scope: scope, sources: sources))
    }

    private func readScope(_ entry: MappingReader, into fragment: inout Fragment) -> Scope {
        entry.rejectUnknownKeys(["note", "threats", "includes", "excludes", "regime", "adversaries"])
        var threats: Set<ThreatKind>?
        if entry.node("threats") != nil {
            threats = Set(
                entry.strings("threats").compactMap { item in
                    guard let threat = ThreatKind(rawValue: item.value) else {
                        let allowed = ThreatKind.allCases.map(\.rawValue).joined(separator: ", ")
                        entry.log.report(
                            "unknown value '\(item.value)' (expected one of: \(allowed))", at: item.location)
                        return nil
                    }
                    return threat
                })
        }
        return Scope(
            note: entry.string("note"), threats: threats, includes: places(entry, "includes", into: &fragment),
            excludes: places(entry, "excludes", into: &fragment), regime: entry.bool("regime"),
            adversaries: entry.strings("adversaries").map { item in
                fragment.refer(to: .actor, item.value, at: item.location)
                return item.value
            })
    }

    private func places(_ entry: MappingReader, _ key: String, into fragment: inout Fragment) -> [String] {
        entry.strings(key).map { item in
            fragment.refer(to: .place, item.value, at: item.location)
            return item.value
        }
    }
}
