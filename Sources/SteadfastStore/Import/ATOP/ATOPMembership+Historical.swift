import SteadfastCore

/// The member row as the historical ledger reads it: every condition ATOP codes on each
/// obligation, and the COW war the alliance was formed in.
extension ATOPMembership.Obligation {
    /// The historical ledger's name for the obligation.
    var historicalKind: AllianceObligation.Kind {
        switch self {
        case .defense: .defense
        case .offense: .offense
        case .neutral: .neutrality
        case .nonagg: .nonAggression
        case .consul: .consultation
        }
    }

    /// The optional member-level columns of the conflict, number, demand and attack conditions
    /// (absent columns read as 0).
    var moreConditionColumns: (conflict: String?, number: String?, demand: String?, attacked: [String]) {
        switch self {
        case .defense: ("defcocon", "defconum", "defcodem", ["defconpr"])
        case .offense: ("offcocon", "offconum", "offcodem", [])
        case .neutral: ("neucocon", "neuconum", "neucodem", ["neuconpr", "neucoatt"])
        case .consul: ("concocon", nil, nil, [])
        case .nonagg: (nil, nil, nil, [])
        }
    }
}

extension ATOPMembership {
    static func historicalConditions(
        _ obligations: [Obligation: Conditions], threats: [Int], number: (String) -> Int
    ) -> [Obligation: ObligationConditions] {
        let war = number("cowwar")
        var result: [Obligation: ObligationConditions] = [:]
        for (obligation, conditions) in obligations {
            let columns = obligation.moreConditionColumns
            func flag(_ column: String?) -> Bool { column.map { number($0) == 1 } ?? false }
            result[obligation] = ObligationConditions(
                onAdversary: conditions.onAdversary, adversaries: conditions.onAdversary ? threats : [],
                onLocation: conditions.onLocation, onConflict: flag(columns.conflict),
                formedDuringWar: war > 0 ? war : nil, onNumber: flag(columns.number),
                onlyIfAttacked: columns.attacked.contains { flag($0) }, onDemand: flag(columns.demand))
        }
        return result
    }

    /// The membership for the historical ledger: dated from entry to exit or the alliance's end.
    ///
    /// - Parameters:
    ///   - alliance: the alliance's row.
    /// - Returns: the membership, nil without an entry date.
    func allianceMembership(alliance: ATOPAlliance?) -> AllianceMembership? {
        guard let entered else { return nil }
        let exit = [exited, alliance?.ends].compactMap { $0 }.min()
        let obligations = Obligation.allCases.compactMap { obligation in
            conditions[obligation].map { AllianceObligation(kind: obligation.historicalKind, conditions: $0) }
        }
        return AllianceMembership(
            allianceID: allianceID, member: member, entered: entered, exited: exit, obligations: obligations)
    }
}
