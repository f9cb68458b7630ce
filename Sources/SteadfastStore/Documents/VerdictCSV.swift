import Foundation
import SteadfastCore

/// `steadfast export --format csv`: one row per verdict, RFC 4180 quoting.
public enum VerdictCSV {
    /// The header row's fields.
    public static let header = [
        "test_id", "title", "client", "adversary", "threat", "started", "ended", "outcome", "patron", "expected",
        "realized", "verdict", "expecting_commitment", "deciding_response", "weight", "at_war_elsewhere", "red_flags",
    ]

    /// The CSV text, header first, tests in start order.
    ///
    /// - Parameters:
    ///   - reading: the judged ledger.
    /// - Returns: the CSV text, lines ending in CRLF as RFC 4180 asks.
    public static func render(_ reading: LedgerReading) -> String {
        let tests = Dictionary(reading.ledger.tests.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var lines = [header.map(quoted).joined(separator: ",")]
        for verdict in reading.judgement.verdicts {
            guard let test = tests[verdict.testID] else { continue }
            let fields: [String] = [
                test.id, test.title, test.client, test.adversary ?? "", test.threat.rawValue,
                test.started.description, test.ended?.description ?? "", test.outcome?.rawValue ?? "",
                verdict.patron, String(verdict.expected.rawValue), String(verdict.realized.rawValue),
                verdict.kind.rawValue, verdict.derivation.expectingCommitment,
                verdict.derivation.decidingResponse ?? "", String(verdict.weight),
                verdict.derivation.atWarElsewhere ?? "", String(verdict.derivation.redFlags.count),
            ]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A field quoted when it holds a comma, a quote or a line break.
    ///
    /// - Parameters:
    ///   - field: the field.
    /// - Returns: the field as written in CSV.
    public static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
