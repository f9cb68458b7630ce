import SteadfastCore

/// A stored COW war participation.
struct WarParticipantRow: Codable, Equatable {
    var id: String
    var warNumber: Int
    var warName: String
    var warType: Int
    var state: Int
    var stateName: String
    var side: Int
    var started1: String
    var ended1: String?
    var started2: String?
    var ended2: String?
    var transFrom: String?
    var transTo: String?
    var whereFought: Int
    var initiator: Bool
    var outcome: Int
    var battleDeaths: Int?
    var version: String?
    var line: Int
    var origin: String

    init(_ record: COWWarRecord, origin: String) {
        let participation = record.participation
        id = "cow-\(participation.war)-\(participation.state)-\(participation.side)"
        warNumber = participation.war
        warName = participation.warName
        warType = record.warType
        state = participation.state
        stateName = participation.stateName
        side = participation.side
        started1 = participation.spells.first?.started.description ?? ""
        ended1 = participation.spells.first?.ended?.description
        started2 = participation.spells.dropFirst().first?.started.description
        ended2 = participation.spells.dropFirst().first?.ended?.description
        transFrom = record.transFrom
        transTo = record.transTo
        whereFought = participation.whereFought
        initiator = participation.initiator
        outcome = participation.outcome.rawValue
        battleDeaths = participation.battleDeaths
        version = record.version
        line = record.line
        self.origin = origin
    }

    /// Equal in everything but the line, which only says where the row was read.
    func sameContent(as other: WarParticipantRow) -> Bool {
        var copy = other
        copy.line = line
        return self == copy
    }

    func participation() throws -> WarParticipation {
        let reader = RowReader(table: "war_participants", id: id)
        var spells = [WarSpell(started: try reader.date(started1), ended: try reader.optionalDate(ended1))]
        if let started2 {
            spells.append(WarSpell(started: try reader.date(started2), ended: try reader.optionalDate(ended2)))
        }
        guard let outcome = WarParticipation.Outcome(rawValue: outcome) else {
            throw StoreError.corruptRow(table: "war_participants", id: id, reason: "unknown outcome \(self.outcome)")
        }
        return WarParticipation(
            war: warNumber, warName: warName, state: state, stateName: stateName, side: side, spells: spells,
            initiator: initiator, outcome: outcome, whereFought: whereFought, battleDeaths: battleDeaths)
    }
}

/// A stored COW dyad-year: two states that fought each other in a war in a year.
struct WarDyadRow: Codable, Equatable {
    var id: String
    var warNumber: Int
    var state1: Int
    var state2: Int
    var year: Int
    var line: Int
    var origin: String

    init(_ record: COWDyadRecord, origin: String) {
        let dyad = record.dyad
        id = "cowdyad-\(dyad.war)-\(dyad.state)-\(dyad.opponent)-\(dyad.year)"
        warNumber = dyad.war
        state1 = dyad.state
        state2 = dyad.opponent
        year = dyad.year
        line = record.line
        self.origin = origin
    }

    /// Equal in everything but the line, which only says where the row was read.
    func sameContent(as other: WarDyadRow) -> Bool {
        var copy = other
        copy.line = line
        return self == copy
    }

    var dyad: WarDyad { WarDyad(war: warNumber, state: state1, opponent: state2, year: year) }
}

/// A stored ATOP membership with its obligations as JSON.
struct ATOPMembershipRow: Codable, Equatable {
    var id: String
    var allianceId: Int
    var member: Int
    var entered: String
    var exited: String?
    var obligations: String
    var origin: String

    init(_ membership: AllianceMembership, id: String, origin: String) throws {
        self.id = id
        allianceId = membership.allianceID
        member = membership.member
        entered = membership.entered.description
        exited = membership.exited?.description
        obligations = try JSONColumn.encode(membership.obligations)
        self.origin = origin
    }

    func membership() throws -> AllianceMembership {
        let reader = RowReader(table: "atop_memberships", id: id)
        return AllianceMembership(
            allianceID: allianceId, member: member, entered: try reader.date(entered),
            exited: try reader.optionalDate(exited),
            obligations: try reader.list([AllianceObligation].self, obligations))
    }

    /// Stable identifiers: the alliance, the member, and the phase's order among the member's rows.
    static func rows(_ memberships: [AllianceMembership], origin: String) throws -> [ATOPMembershipRow] {
        var counts: [String: Int] = [:]
        return try memberships.map { membership in
            let base = "atop-\(membership.allianceID)-\(membership.member)"
            counts[base, default: 0] += 1
            return try ATOPMembershipRow(membership, id: "\(base)-\(counts[base] ?? 0)", origin: origin)
        }
    }
}
