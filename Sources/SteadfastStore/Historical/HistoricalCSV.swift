import SteadfastCore

/// `steadfast export --format csv --historical`: one row per historical test.
public enum HistoricalCSV {
    /// The header row's fields.
    public static let header = [
        "war", "war_name", "atop_id", "member", "member_name", "side", "role", "entered", "partner", "obligation",
        "response", "verdict", "conditions",
    ]

    /// The CSV text, header first, tests by war, alliance, member and partner.
    ///
    /// - Parameters:
    ///   - ledger: the historical ledger.
    /// - Returns: the CSV text, lines ending in CRLF as RFC 4180 asks.
    public static func render(_ ledger: HistoricalLedger) -> String {
        var lines = [header.joined(separator: ",")]
        for test in ledger.tests {
            let fields = [
                String(test.war), test.warName, String(test.allianceID), String(test.member), test.memberName,
                String(test.side), test.role.rawValue, test.entered.description, String(test.partner),
                test.obligation.rawValue, test.response.rawValue, test.verdict.rawValue,
                test.conditions.joined(separator: "; "),
            ]
            lines.append(fields.map(VerdictCSV.quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }
}
