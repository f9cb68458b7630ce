import SteadfastCore

/// A row of the ATOP member-level file: one member in one phase of an alliance, with the
/// obligations it took on and their conditions.
struct ATOPMembership {
    /// The five obligations ATOP codes, with the commitment kind each becomes and the columns of
    /// its conditions (adversary, location).
    enum Obligation: String, CaseIterable {
        case defense
        case offense
        case neutral
        case nonagg
        case consul

        func kind(bilateral: Bool) -> Commitment.Kind {
            switch self {
            case .defense: bilateral ? .defensePact : .collectiveSecurity
            case .offense: .offensePact
            case .neutral: .neutralityPact
            case .nonagg: .nonAggressionPact
            case .consul: .consultationPact
            }
        }

        /// The member-level columns saying the obligation is conditional on named adversaries and
        /// on the location of the conflict.
        var conditionColumns: (adversary: String, location: String)? {
            switch self {
            case .defense: ("defcoadv", "defcoloc")
            case .offense: ("offcoadv", "offcoloc")
            case .neutral: ("neucoadv", "neucoloc")
            case .consul: ("concoadv", "concoloc")
            case .nonagg: nil
            }
        }
    }

    static let columns =
        ["atopid", "member", "yrent", "moent", "dayent", "yrexit", "moexit", "dayexit", "statthr1", "statthr2"]
        + Obligation.allCases.map(\.rawValue)
        + Obligation.allCases.compactMap(\.conditionColumns).flatMap { [$0.adversary, $0.location] }

    var allianceID: Int
    var member: Int
    var line: Int
    var entered: PartialDate?
    var exited: PartialDate?
    var obligations: [Obligation: Conditions]
    var threats: [Int]
    /// Each obligation's conditions as the historical ledger reads them.
    var conditions: [Obligation: ObligationConditions] = [:]

    struct Conditions: Hashable {
        var onAdversary: Bool
        var onLocation: Bool
    }

    init?(row: CSVTable.Row, table: CSVTable, problems: inout [CSVTable.Problem]) {
        let count = problems.count
        func number(_ column: String) -> Int { table.integer(row, column, problems: &problems) ?? 0 }
        allianceID = number("atopid")
        member = number("member")
        line = row.line
        entered = ATOPDate.make(year: number("yrent"), month: number("moent"), day: number("dayent"))
        exited = ATOPDate.make(year: number("yrexit"), month: number("moexit"), day: number("dayexit"))
        threats = [number("statthr1"), number("statthr2")].filter { $0 > 0 }
        var obligations: [Obligation: Conditions] = [:]
        for obligation in Obligation.allCases where number(obligation.rawValue) == 1 {
            let columns = obligation.conditionColumns
            obligations[obligation] = Conditions(
                onAdversary: columns.map { number($0.adversary) == 1 } ?? false,
                onLocation: columns.map { number($0.location) == 1 } ?? false)
        }
        self.obligations = obligations
        conditions = Self.historicalConditions(obligations, threats: threats, number: number)
        guard problems.count == count else { return nil }
        if entered == nil {
            problems.append(
                CSVTable.Problem(file: table.file, line: row.line, column: "yrent", message: "missing entry year"))
            return nil
        }
    }
}
