import SteadfastCore

/// Reads and checks the fields of one participants row, collecting a problem per bad field.
///
/// COW's missing-value codes: -7 ongoing, -8 not applicable (no second spell), -9 unknown (a
/// month or day unknown leaves the date at the precision known).
struct COWFieldReader {
    let table: CSVTable
    let row: CSVTable.Row
    private(set) var problems: [CSVTable.Problem] = []

    init(table: CSVTable, row: CSVTable.Row) {
        self.table = table
        self.row = row
    }

    mutating func record() -> COWWarRecord? {
        let war = number("WarNum", allowed: 1...9999)
        let state = number("ccode", allowed: 1...999)
        let side = number("Side", allowed: 1...2)
        let initiator = number("Initiator", allowed: 1...2)
        let outcome = number("Outcome", allowed: 1...8).flatMap(WarParticipation.Outcome.init(rawValue:))
        let whereFought = number("WhereFought", allowed: 1...99)
        let warName = text("WarName", required: true)
        let spells = self.spells()
        let battleDeaths = optionalNumber("BatDeath")
        let warType = optionalNumber("WarType") ?? 1
        guard problems.isEmpty, let war, let state, let side, let initiator, let outcome, let whereFought,
            let warName, let spells
        else { return nil }
        let participation = WarParticipation(
            war: war, warName: warName, state: state, stateName: text("StateName", required: false) ?? "",
            side: side, spells: spells, initiator: initiator == 1, outcome: outcome, whereFought: whereFought,
            battleDeaths: battleDeaths.flatMap { $0 >= 0 ? $0 : nil })
        return COWWarRecord(
            participation: participation, warType: warType, transFrom: code("TransFrom"), transTo: code("TransTo"),
            version: text("Version", required: false), line: row.line)
    }

    private mutating func spells() -> [WarSpell]? {
        guard let first = spell(1, required: true) else { return nil }
        guard let second = spell(2, required: false) else { return problems.isEmpty ? [first] : nil }
        if second.started.latest < first.started.earliest
            || first.ended.map({ second.started.latest < $0.earliest }) == true
        {
            problem("StartYear2", "the second spell begins before the first ends")
            return nil
        }
        return [first, second]
    }

    /// A spell's dates, nil when it is absent (all -8) or bad.
    private mutating func spell(_ index: Int, required: Bool) -> WarSpell? {
        let startYear = number("StartYear\(index)", allowed: -8...2100)
        guard let startYear else { return nil }
        if startYear == -8 && !required { return nil }
        guard startYear > 0 else {
            problem("StartYear\(index)", "'\(startYear)': a start year is required")
            return nil
        }
        guard let started = date(index: index, prefix: "Start", year: startYear) else { return nil }
        guard let endYear = number("EndYear\(index)", allowed: -9...2100) else { return nil }
        if endYear == -7 || endYear == -9 { return WarSpell(started: started, ended: nil) }
        guard endYear > 0 else {
            problem("EndYear\(index)", "'\(endYear)' is not a year, -7 (ongoing) or -9 (unknown)")
            return nil
        }
        guard let ended = date(index: index, prefix: "End", year: endYear) else { return nil }
        guard ended.latest >= started.earliest else {
            problem("EndYear\(index)", "the spell ends (\(ended)) before it begins (\(started))")
            return nil
        }
        return WarSpell(started: started, ended: ended)
    }

    private mutating func date(index: Int, prefix: String, year: Int) -> PartialDate? {
        let monthColumn = "\(prefix)Month\(index)"
        let dayColumn = "\(prefix)Day\(index)"
        guard let month = number(monthColumn, allowed: -9...12), month != 0 else {
            if problems.last?.column != monthColumn { problem(monthColumn, "'0' is not a month") }
            return nil
        }
        guard let day = number(dayColumn, allowed: -9...31) else { return nil }
        if month < 0 { return PartialDate(year: year) }
        if day < 0 { return PartialDate(year: year, month: month) }
        guard let date = PartialDate(year: year, month: month, day: day) else {
            problem(dayColumn, "\(year)-\(month) has no day \(day)")
            return nil
        }
        return date
    }

    private mutating func number(_ column: String, allowed: ClosedRange<Int>) -> Int? {
        switch COWNumber.read(row[column].trimmingCharacters(in: .whitespaces), allowed: allowed) {
        case .success(let value): return value
        case .failure(let wrong):
            problem(column, wrong.message)
            return nil
        }
    }

    private mutating func optionalNumber(_ column: String) -> Int? {
        let text = row[column].trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard let value = Int(text) else {
            problem(column, "'\(text)' is not a whole number")
            return nil
        }
        return value
    }

    private mutating func text(_ column: String, required: Bool) -> String? {
        let text = row[column].trimmingCharacters(in: .whitespaces)
        if text.isEmpty {
            if required { problem(column, "missing value") }
            return nil
        }
        return text
    }

    /// A transformation reference: nil for empty or -8, the text otherwise.
    private func code(_ column: String) -> String? {
        let text = row[column].trimmingCharacters(in: .whitespaces)
        return text.isEmpty || text == "-8" ? nil : text
    }

    private mutating func problem(_ column: String, _ message: String) {
        problems.append(CSVTable.Problem(file: table.file, line: row.line, column: column, message: message))
    }
}
