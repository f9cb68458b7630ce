import SteadfastCore

/// Turns ATOP memberships into directed commitments between members, resolving COW numbers to
/// the registry's codes by date (COW 365 is SUN until 1991-12-25 and RUS after).
struct ATOPCommitmentBuilder {
    let registry: ActorRegistry
    let curatedPairs: Set<String>
    private(set) var matchedCurated = 0
    private(set) var unknownStates: [Int: Int] = [:]

    init(registry: ActorRegistry, curated: [Commitment]) {
        self.registry = registry
        curatedPairs = Set(
            curated.compactMap { commitment in
                commitment.atopID.map { "\($0) \(commitment.patron) \(commitment.client)" }
            })
    }

    mutating func commitments(
        from memberships: [ATOPMembership], alliances: [Int: ATOPAlliance]
    ) -> [Commitment] {
        for membership in memberships where registry.states(withCOW: membership.member).isEmpty {
            unknownStates[membership.member, default: 0] += 1
        }
        var result: [Commitment] = []
        let byAlliance = Dictionary(grouping: memberships, by: \.allianceID)
        for allianceID in byAlliance.keys.sorted() {
            guard let alliance = alliances[allianceID], let rows = byAlliance[allianceID] else { continue }
            for promisor in rows {
                for partner in rows where partner.member != promisor.member {
                    result += pair(promisor, partner, alliance: alliance)
                }
            }
        }
        return Self.identified(Self.merged(result))
    }

    /// The commitments one member owes another while both are in the alliance.
    private mutating func pair(
        _ promisor: ATOPMembership, _ partner: ATOPMembership, alliance: ATOPAlliance
    ) -> [Commitment] {
        guard let promisorStart = promisor.entered, let partnerStart = partner.entered else { return [] }
        let start = max(promisorStart, partnerStart)
        let ends = [promisor.exited, partner.exited, alliance.ends].compactMap { $0 }
        let end = ends.min()
        if let end, end.latest < start.earliest { return [] }
        var commitments: [Commitment] = []
        for (patron, patronFrom, patronUntil) in segments(promisor.member, from: start, until: end) {
            for (client, clientFrom, clientUntil) in segments(partner.member, from: patronFrom, until: patronUntil) {
                if curatedPairs.contains("\(alliance.id) \(patron) \(client)") {
                    matchedCurated += 1
                    continue
                }
                for (obligation, conditions) in promisor.obligations.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                    commitments.append(
                        commitment(
                            obligation, conditions, patron: patron, client: client, from: clientFrom,
                            until: clientUntil, alliance: alliance, threats: promisor.threats))
                }
            }
        }
        return commitments
    }

    private func commitment(
        _ obligation: ATOPMembership.Obligation, _ conditions: ATOPMembership.Conditions, patron: String,
        client: String, from: PartialDate, until: PartialDate?, alliance: ATOPAlliance, threats: [Int]
    ) -> Commitment {
        let adversaries =
            conditions.onAdversary ? threats.flatMap { segments($0, from: from, until: until).map(\.0) } : []
        var notes = ["ATOP \(alliance.id): \(obligation.rawValue) obligation"]
        if conditions.onAdversary {
            notes.append(
                adversaries.isEmpty
                    ? "conditional on the adversary (not named in ATOP)"
                    : "against \(adversaries.joined(separator: ", ")) only")
        }
        if conditions.onLocation { notes.append("conditional on the location of the conflict (see the treaty)") }
        return Commitment(
            id: "", patron: patron, client: client, kind: obligation.kind(bilateral: alliance.bilateral),
            atopID: alliance.id,
            started: from, ended: until,
            scope: Scope(note: notes.joined(separator: "; "), adversaries: adversaries),
            sources: ["atop-\(alliance.id)"])
    }

    /// The registry codes a COW number stood for over a period, split at successions.
    private func segments(_ cow: Int, from: PartialDate, until: PartialDate?) -> [(String, PartialDate, PartialDate?)] {
        let states = registry.states(withCOW: cow)
        var result: [(String, PartialDate, PartialDate?)] = []
        for state in states {
            let start = max(from, state.validFrom ?? from)
            var end = until
            if let validUntil = state.validUntil { end = end.map { min($0, validUntil) } ?? validUntil }
            if let end, end.latest < start.earliest { continue }
            result.append((state.code, start, end))
        }
        return result
    }

    /// Joins overlapping and back-to-back phases of the same pair, obligation and scope into one
    /// commitment.
    static func merged(_ commitments: [Commitment]) -> [Commitment] {
        let sorted = commitments.sorted {
            ($0.atopID ?? 0, $0.patron, $0.client, $0.kind.rawValue, $0.scope.note ?? "", $0.started)
                < ($1.atopID ?? 0, $1.patron, $1.client, $1.kind.rawValue, $1.scope.note ?? "", $1.started)
        }
        var result: [Commitment] = []
        for commitment in sorted {
            if let last = result.last, last.atopID == commitment.atopID, last.patron == commitment.patron,
                last.client == commitment.client, last.kind == commitment.kind, last.scope == commitment.scope,
                let ended = last.ended, ended.latest.adding(days: 1) >= commitment.started.earliest
            {
                result[result.count - 1].ended = commitment.ended.map { max($0, ended) }
                continue
            }
            result.append(commitment)
        }
        return result
    }

    /// Stable identifiers from the alliance, the pair, the obligation and the start.
    static func identified(_ commitments: [Commitment]) -> [Commitment] {
        var counts: [String: Int] = [:]
        return commitments.map { commitment in
            var identified = commitment
            let base =
                "atop-\(commitment.atopID ?? 0)-\(commitment.patron.lowercased())-\(commitment.client.lowercased())-"
                + "\(commitment.kind.rawValue.lowercased())-\(commitment.started)"
            counts[base, default: 0] += 1
            identified.id = counts[base] == 1 ? base : "\(base)-\(counts[base] ?? 0)"
            return identified
        }
    }
}
