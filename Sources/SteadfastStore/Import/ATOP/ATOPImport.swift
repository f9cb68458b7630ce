import Foundation
import SteadfastCore

/// The commitments read from the ATOP alliance-level and member-level files.
public struct ATOPImport: Sendable {
    /// One commitment per member pair, obligation and period in which both were members.
    public var commitments: [Commitment]
    /// One source per alliance.
    public var sources: [Source]
    /// Alliances read.
    public var alliances: Int
    /// Member rows read.
    public var memberRows: Int
    /// Pairs skipped because the curated case base already records them with the same ATOP id.
    public var matchedCurated: Int
    /// COW state numbers the registry does not know, with how many member rows used them.
    public var unknownStates: [Int: Int]
    /// Every member row with its obligations and their conditions, keyed by COW numbers, for the
    /// historical ledger (states the registry does not know included).
    public var memberships: [AllianceMembership]

    /// Reads the two ATOP files, all or nothing.
    ///
    /// - Parameters:
    ///   - alliances: the alliance-level CSV file.
    ///   - members: the member-level CSV file.
    ///   - registry: the actors, for their COW numbers and validity dates.
    ///   - curated: the curated commitments; pairs they record with an ATOP id are not imported.
    /// - Returns: the import.
    /// - Throws: `ImportError` naming the file, line and column of every problem.
    public static func read(
        alliances: URL, members: URL, registry: ActorRegistry, curated: [Commitment]
    ) throws -> ATOPImport {
        var problems: [CSVTable.Problem] = []
        let allianceTable = try CSVTable(url: alliances, required: ATOPAlliance.columns, problems: &problems)
        let memberTable = try CSVTable(url: members, required: ATOPMembership.columns, problems: &problems)
        let allianceRows = allianceTable.rows.compactMap {
            ATOPAlliance(row: $0, table: allianceTable, problems: &problems)
        }
        let alliancesByID = Dictionary(allianceRows.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let memberships = memberTable.rows.compactMap { row -> ATOPMembership? in
            guard let membership = ATOPMembership(row: row, table: memberTable, problems: &problems) else { return nil }
            guard alliancesByID[membership.allianceID] != nil else {
                problems.append(
                    CSVTable.Problem(
                        file: memberTable.file, line: row.line, column: "atopid",
                        message: "alliance \(membership.allianceID) is not in \(allianceTable.file)"))
                return nil
            }
            return membership
        }
        guard problems.isEmpty else { throw ImportError.invalid(Array(problems.prefix(50)), total: problems.count) }
        var builder = ATOPCommitmentBuilder(registry: registry, curated: curated)
        let commitments = builder.commitments(from: memberships, alliances: alliancesByID)
        return ATOPImport(
            commitments: commitments,
            sources: allianceRows.map(\.source),
            alliances: allianceRows.count, memberRows: memberships.count, matchedCurated: builder.matchedCurated,
            unknownStates: builder.unknownStates,
            memberships: memberships.compactMap { $0.allianceMembership(alliance: alliancesByID[$0.allianceID]) })
    }
}

/// A row of the ATOP alliance-level file: the alliance's identity and dates.
struct ATOPAlliance {
    static let columns = ["atopid", "begyr", "begmo", "begday", "endyr", "endmo", "endday", "bilat", "version"]

    var id: Int
    var begins: PartialDate?
    var ends: PartialDate?
    var bilateral: Bool
    var version: String

    init?(row: CSVTable.Row, table: CSVTable, problems: inout [CSVTable.Problem]) {
        let count = problems.count
        let numbers = ["atopid", "begyr", "begmo", "begday", "endyr", "endmo", "endday", "bilat"].map {
            table.integer(row, $0, problems: &problems) ?? 0
        }
        guard problems.count == count else { return nil }
        id = numbers[0]
        begins = ATOPDate.make(year: numbers[1], month: numbers[2], day: numbers[3])
        ends = ATOPDate.make(year: numbers[4], month: numbers[5], day: numbers[6])
        bilateral = numbers[7] == 1
        version = row["version"].trimmingCharacters(in: .whitespaces)
    }

    var source: Source {
        Source(
            id: "atop-\(id)", kind: .dataset, publisher: "Alliance Treaty Obligations and Provisions (Leeds et al.)",
            title: "ATOP alliance \(id)" + (version.isEmpty ? "" : ", version \(version.prefix(4))"), date: begins,
            url: "http://www.atopdata.org")
    }
}

/// ATOP's dates: a year, and a month and day that may be 0 or missing when unknown.
enum ATOPDate {
    static func make(year: Int, month: Int, day: Int) -> PartialDate? {
        guard year > 0 else { return nil }
        guard (1...12).contains(month) else { return PartialDate(year: year) }
        return PartialDate(year: year, month: month, day: day > 0 ? day : nil)
            ?? PartialDate(year: year, month: month)
    }
}
