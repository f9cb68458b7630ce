/// The rules that judge a partner's obligation by a war its ally fought, after Leeds, Long and
/// Mitchell (2000): each obligation is tested only by the wars its own terms reach, and judged
/// by what it promised.
public enum HistoricalRules {
    /// Whether a war in which the ally has a role invokes an obligation: defence and
    /// non-aggression when the ally defends, offence when it attacks, neutrality whenever it
    /// fights (only when it defends if the pledge is limited to attacks on it), consultation
    /// whenever it fights.
    ///
    /// - Parameters:
    ///   - obligation: the obligation.
    ///   - role: the ally's role in the war.
    /// - Returns: true when the war tests the obligation.
    public static func isInvoked(_ obligation: AllianceObligation, role: WarRole) -> Bool {
        switch obligation.kind {
        case .defense, .nonAggression: role == .defending
        case .offense: role == .attacking
        case .neutrality: !obligation.conditions.onlyIfAttacked || role == .defending
        case .consultation: true
        }
    }

    /// The verdict on an invoked obligation: defence and offence are honored when the partner
    /// fought on the ally's side; neutrality and non-aggression when it did not fight against
    /// the ally; consultation is not scored.
    ///
    /// - Parameters:
    ///   - kind: the obligation.
    ///   - response: what the partner did.
    /// - Returns: the verdict.
    public static func verdict(_ kind: AllianceObligation.Kind, response: PartnerResponse) -> HistoricalVerdict {
        switch kind {
        case .defense, .offense: response.joinedAllySide ? .honored : .broken
        case .neutrality, .nonAggression: response.foughtAgainst ? .broken : .honored
        case .consultation: .notScored
        }
    }

    /// Whether an obligation's conditions reach a war, as far as ATOP and COW let one check them.
    ///
    /// - Parameters:
    ///   - conditions: the obligation's conditions.
    ///   - war: the war.
    ///   - ally: the ally's participation in it.
    /// - Returns: met (with the conditions checked, in words), not met, or not checkable.
    public static func check(
        _ conditions: ObligationConditions, war: HistoricalWar, ally: WarParticipation
    ) -> ConditionCheck {
        var met: [String] = []
        let opponents = war.opponents(of: ally)
        if conditions.onAdversary {
            guard !conditions.adversaries.isEmpty else { return .notCheckable(.adversaryNotNamed) }
            let named = conditions.adversaries.filter(opponents.contains)
            guard !named.isEmpty else { return .notMet }
            met.append("against \(named.map(String.init).joined(separator: ", "))")
        }
        if conditions.onConflict {
            guard let formed = conditions.formedDuringWar else { return .notCheckable(.conflictNotNamed) }
            guard formed == war.number else { return .notMet }
            met.append("in war \(formed)")
        }
        if conditions.onLocation {
            let home = COWRegion.home(of: ally.state)
            guard war.regions.contains(home) else { return .notMet }
            met.append("fought in the ally's region")
        }
        if conditions.onNumber {
            guard opponents.count >= 2 else { return .notMet }
            met.append("\(opponents.count) adversaries")
        }
        return .met(met)
    }
}

/// The outcome of checking an obligation's conditions against a war.
public enum ConditionCheck: Sendable, Hashable {
    /// The conditions reach the war; the words say which were checked.
    case met([String])
    /// They do not: the war is no test of the obligation.
    case notMet
    /// The data do not say enough to check them.
    case notCheckable(Uncheckable)

    /// Why a condition cannot be checked.
    public enum Uncheckable: String, Sendable, Hashable, Codable, CaseIterable {
        /// Limited to adversaries that ATOP does not name.
        case adversaryNotNamed
        /// Limited to a conflict that ATOP does not tie to a COW war.
        case conflictNotNamed
    }
}
