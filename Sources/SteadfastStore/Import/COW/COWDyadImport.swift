import Foundation
import SteadfastCore

/// The Correlates of War inter-state war directed dyad-year file: who fought whom in which year,
/// read whole and checked, field by field and against the participants file it comes with,
/// before anything is written.
///
/// Numbers may carry a zero fraction (`220.0`, as the published file writes them); `warnum`,
/// `ccode1`, `ccode2` and `year` are read, and `resume` when present: a row with `resume` 1 repeats
/// a dyad-year for fighting resumed within the year, and adds nothing to who fought whom. The other
/// columns are ignored.
public struct COWDyadImport: Sendable {
    /// The dyad-years, in file order.
    public var records: [COWDyadRecord]

    /// The columns the importer reads.
    static let columns = ["warnum", "ccode1", "ccode2", "year"]

    /// The distinct wars read.
    public var wars: Int { Set(records.map(\.dyad.war)).count }

    /// Reads a directed dyad-year file, all or nothing, and checks every dyad against the
    /// participants: the war is in it, both states fought in the war, and they were on opposite
    /// sides in that year.
    ///
    /// - Parameters:
    ///   - url: the CSV file (any line endings, UTF-8 or Latin-1).
    ///   - participants: the participants file the dyads belong to.
    /// - Returns: the import.
    /// - Throws: `ImportError` naming the file, line and column of every problem.
    public static func read(_ url: URL, participants: COWWarImport) throws -> COWDyadImport {
        var problems: [CSVTable.Problem] = []
        let table = try CSVTable(url: url, required: columns, problems: &problems)
        guard Set(columns).isSubset(of: table.columns) else {
            throw ImportError.invalid(problems, total: problems.count)
        }
        let check = COWDyadCheck(participants: participants)
        var records: [COWDyadRecord] = []
        var seen: [COWDyadFieldReader.Key: Int] = [:]
        var read = Set<WarDyad>()
        for row in table.rows {
            var fields = COWDyadFieldReader(table: table, row: row)
            guard let key = fields.key() else {
                problems += fields.problems
                continue
            }
            let dyad = key.dyad
            if let problem = check.problem(with: dyad) {
                problems.append(
                    CSVTable.Problem(file: table.file, line: row.line, column: problem.column, message: problem.message)
                )
                continue
            }
            if let first = seen[key] {
                problems.append(
                    CSVTable.Problem(
                        file: table.file, line: row.line, column: "year",
                        message: "\(dyad.state) against \(dyad.opponent) in war \(dyad.war) in \(dyad.year) "
                            + "already at line \(first)"))
                continue
            }
            seen[key] = row.line
            if read.insert(dyad).inserted { records.append(COWDyadRecord(dyad: dyad, line: row.line)) }
        }
        guard problems.isEmpty else { throw ImportError.invalid(Array(problems.prefix(50)), total: problems.count) }
        return COWDyadImport(records: records)
    }
}

/// One row of the dyad-year file.
public struct COWDyadRecord: Sendable, Hashable {
    /// The dyad-year.
    public var dyad: WarDyad
    /// The line it was read from.
    public var line: Int
}

/// Reads the four fields of one dyad-year row, collecting a problem per bad field.
private struct COWDyadFieldReader {
    let table: CSVTable
    let row: CSVTable.Row
    private(set) var problems: [CSVTable.Problem] = []

    init(table: CSVTable, row: CSVTable.Row) {
        self.table = table
        self.row = row
    }

    /// A dyad-year and whether the row is its resumption: a row may repeat only with the other flag.
    struct Key: Hashable {
        var dyad: WarDyad
        var resumed: Bool
    }

    mutating func key() -> Key? {
        let war = number("warnum", allowed: 1...9999)
        let state = number("ccode1", allowed: 1...999)
        let opponent = number("ccode2", allowed: 1...999)
        let year = number("year", allowed: 1816...2100)
        let resumed = table.columns.contains("resume") ? number("resume", allowed: 0...1) : 0
        guard problems.isEmpty, let war, let state, let opponent, let year, let resumed else { return nil }
        guard state != opponent else {
            problem("ccode2", "\(opponent) is also ccode1: a state does not fight itself")
            return nil
        }
        return Key(dyad: WarDyad(war: war, state: state, opponent: opponent, year: year), resumed: resumed == 1)
    }

    /// A whole number, written `220` or `220.0`.
    private mutating func number(_ column: String, allowed: ClosedRange<Int>) -> Int? {
        switch COWNumber.read(row[column].trimmingCharacters(in: .whitespaces), allowed: allowed) {
        case .success(let value): return value
        case .failure(let wrong):
            problem(column, wrong.message)
            return nil
        }
    }

    private mutating func problem(_ column: String, _ message: String) {
        problems.append(CSVTable.Problem(file: table.file, line: row.line, column: column, message: message))
    }
}

/// Checks dyad-years against the participants: the war, both states, and opposite sides that year.
private struct COWDyadCheck {
    let file: String
    let byWar: [Int: [WarParticipation]]

    init(participants: COWWarImport) {
        file = participants.file
        byWar = Dictionary(grouping: participants.records.map(\.participation), by: \.war)
    }

    func problem(with dyad: WarDyad) -> (column: String, message: String)? {
        guard let war = byWar[dyad.war] else { return ("warnum", "war \(dyad.war) is not in \(file)") }
        let first = war.filter { $0.state == dyad.state }
        let second = war.filter { $0.state == dyad.opponent }
        if first.isEmpty { return ("ccode1", "state \(dyad.state) did not fight in war \(dyad.war) (\(file))") }
        if second.isEmpty { return ("ccode2", "state \(dyad.opponent) did not fight in war \(dyad.war) (\(file))") }
        let opposed = first.contains { one in
            second.contains { other in
                one.side != other.side && Self.fighting(one, in: dyad.year) && Self.fighting(other, in: dyad.year)
            }
        }
        guard opposed else {
            return (
                "year",
                "\(dyad.state) and \(dyad.opponent) were not on opposite sides of war \(dyad.war) in \(dyad.year) "
                    + "(\(file))"
            )
        }
        return nil
    }

    /// Whether a participation's years, from its first spell's start to its last spell's end, hold a year.
    static func fighting(_ participation: WarParticipation, in year: Int) -> Bool {
        guard let started = participation.spells.first?.started.year else { return false }
        return started <= year && year <= (participation.spells.last?.ended?.year ?? Int.max)
    }
}
