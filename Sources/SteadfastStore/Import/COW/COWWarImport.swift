import Foundation
import SteadfastCore

/// The Correlates of War inter-state war participants file (v4.0 layout), read whole and checked
/// field by field before anything is written.
public struct COWWarImport: Sendable {
    /// The participations, in file order.
    public var records: [COWWarRecord]
    /// The name of the file read, for problems found in files read with it.
    public var file: String

    /// The columns the importer reads; `WarType`, `TransFrom`, `TransTo`, `BatDeath` and
    /// `Version` are optional.
    static let columns = [
        "WarNum", "WarName", "ccode", "StateName", "Side", "StartMonth1", "StartDay1", "StartYear1", "EndMonth1",
        "EndDay1", "EndYear1", "StartMonth2", "StartDay2", "StartYear2", "EndMonth2", "EndDay2", "EndYear2",
        "WhereFought", "Initiator", "Outcome",
    ]

    /// The distinct wars read.
    public var wars: Int { Set(records.map(\.participation.war)).count }

    /// Reads a participants file, all or nothing.
    ///
    /// - Parameters:
    ///   - url: the CSV file (any line endings, UTF-8 or Latin-1).
    /// - Returns: the import.
    /// - Throws: `ImportError` naming the file, line and column of every problem.
    public static func read(_ url: URL) throws -> COWWarImport {
        var problems: [CSVTable.Problem] = []
        let table = try CSVTable(url: url, required: columns, problems: &problems)
        guard Set(columns).isSubset(of: table.columns) else {
            throw ImportError.invalid(problems, total: problems.count)
        }
        var records: [COWWarRecord] = []
        var seen: [String: Int] = [:]
        for row in table.rows {
            var fields = COWFieldReader(table: table, row: row)
            guard let record = fields.record() else {
                problems += fields.problems
                continue
            }
            let key = "\(record.participation.war) \(record.participation.state) \(record.participation.side)"
            if let first = seen[key] {
                problems.append(
                    CSVTable.Problem(
                        file: table.file, line: row.line, column: "ccode",
                        message: "state \(record.participation.state) already on side \(record.participation.side) "
                            + "of war \(record.participation.war) at line \(first)"))
                continue
            }
            seen[key] = row.line
            records.append(record)
        }
        guard problems.isEmpty else { throw ImportError.invalid(Array(problems.prefix(50)), total: problems.count) }
        return COWWarImport(records: records, file: table.file)
    }
}

/// One row of the participants file: the participation and the fields kept only for the record.
public struct COWWarRecord: Sendable, Hashable {
    /// The participation.
    public var participation: WarParticipation
    /// COW's war type (1 for inter-state).
    public var warType: Int
    /// The war numbers this war transformed from, as written (`404, 410`), when any.
    public var transFrom: String?
    /// The war number it transformed into, when any.
    public var transTo: String?
    /// The dataset version, as written.
    public var version: String?
    /// The line it was read from.
    public var line: Int
}
