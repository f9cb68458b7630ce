import SteadfastCore

/// Turns lines into rows for one file: recognizes the separator, the header and the layout from
/// the first lines, then checks and converts each row.
struct RowParser {
    let path: String
    let dataset: EventDataset
    let countryCode: @Sendable (String) -> String?
    let malformedLimit: Int
    private var splitter: FieldSplitter?
    private var columns: ColumnMap?
    private var layout: EventLayout?
    private var header = false
    private var rows = 0
    private var wellFormed = 0
    private var malformed = 0
    private var malformedRows: [MalformedRow] = []
    private var unresolved: [String: Int] = [:]

    init(path: String, dataset: EventDataset, countryCode: @escaping @Sendable (String) -> String?, malformedLimit: Int)
    {
        self.path = path
        self.dataset = dataset
        self.countryCode = countryCode
        self.malformedLimit = malformedLimit
    }

    /// The row on a line, nil for a header, a blank line or a malformed row (which is recorded).
    mutating func parse(_ line: UnsafeRawBufferPointer, number: Int) throws -> EventRow? {
        if line.isEmpty { return nil }
        if splitter == nil, try start(line) { return nil }
        guard var splitter else { return nil }
        rows += 1
        let closed = splitter.split(line)
        self.splitter = splitter
        guard closed else { return reject(number, "a quote is left open") }
        guard let columns = columnsFor(fieldCount: splitter.fields.count) else {
            return reject(number, "\(splitter.fields.count) fields; no GDELT layout has that many")
        }
        let fields = splitter.fields.count
        guard fields == columns.fields || (header && fields == columns.fields + 1) else {
            return reject(number, "\(fields) fields, expected \(columns.fields)")
        }
        let placed = fields == columns.fields ? columns : columns.shifted()
        switch convert(splitter, line: line, number: number, columns: placed) {
        case .success(let row):
            wellFormed += 1
            return row
        case .failure(let problem):
            return reject(number, problem.reason)
        }
    }

    /// Recognizes the separator and header on the first non-blank line; true when it was a header.
    private mutating func start(_ line: UnsafeRawBufferPointer) throws -> Bool {
        let separator: FieldSplitter.Separator = line.contains(0x09) ? .tab : .comma
        var splitter = FieldSplitter(separator: separator, naIsMissing: separator == .comma || dataset == .icews)
        _ = splitter.split(line)
        self.splitter = splitter
        let first = splitter.text(0, in: line).lowercased()
        switch dataset {
        case .gdelt:
            header = first == "globaleventid"
            if header {
                let names = (0..<splitter.fields.count).map { splitter.text($0, in: line) }
                (columns, layout) = try ColumnMap.gdelt(header: names, file: path)
            }
        case .icews:
            guard first == "event id" || first == "event_id" else {
                throw EventsError.missingColumn(file: path, column: "Event ID (the header row)")
            }
            header = true
            let names = (0..<splitter.fields.count).map { splitter.text($0, in: line) }
            columns = try ColumnMap.icews(header: names, file: path)
            layout = .icews
        }
        return header
    }

    private mutating func columnsFor(fieldCount: Int) -> ColumnMap? {
        if let columns { return columns }
        guard let found = EventLayout.gdelt(fields: fieldCount) else { return nil }
        layout = found
        columns = ColumnMap.gdelt(found)
        return columns
    }

    private mutating func reject(_ line: Int, _ reason: String) -> EventRow? {
        malformed += 1
        if malformedRows.count < malformedLimit { malformedRows.append(MalformedRow(line: line, reason: reason)) }
        return nil
    }

    mutating func noteUnresolved(_ name: String) {
        unresolved[name, default: 0] += 1
    }

    func summary(bytes: Int) -> EventFileSummary {
        EventFileSummary(
            file: path, layout: layout, header: header, rows: rows, wellFormed: wellFormed, malformed: malformed,
            malformedRows: malformedRows, unresolvedCountries: unresolved, bytes: bytes)
    }
}
