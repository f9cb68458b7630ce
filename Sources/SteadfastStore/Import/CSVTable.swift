import Foundation

/// A CSV file read whole into records with named columns, checked for shape as it is read.
///
/// Every problem (a missing column, a short row, a value that is not a number) is collected
/// with the file name and line so that one run reports them all.
public struct CSVTable: Sendable {
    /// A problem in a CSV file.
    public struct Problem: Sendable, Hashable, CustomStringConvertible {
        /// The file name.
        public var file: String
        /// The line, counted from 1.
        public var line: Int
        /// The column, when one is at fault.
        public var column: String?
        /// What is wrong.
        public var message: String

        public var description: String {
            column.map { "\(file):\(line): \($0): \(message)" } ?? "\(file):\(line): \(message)"
        }
    }

    /// One data row.
    public struct Row: Sendable {
        /// The line it started on.
        public var line: Int
        fileprivate var fields: [String]
        fileprivate var index: [String: Int]

        /// The raw text of a column.
        ///
        /// - Parameters:
        ///   - column: the column name.
        /// - Returns: the text, or "" when the column is absent.
        public subscript(column: String) -> String {
            index[column].map { $0 < fields.count ? fields[$0] : "" } ?? ""
        }
    }

    /// The file name used in problems.
    public var file: String
    /// The column names, as in the header.
    public var columns: [String]
    /// The data rows.
    public var rows: [Row]

    /// Reads a CSV file with a header row, as UTF-8 or, failing that, Latin-1 (the Correlates of
    /// War files).
    ///
    /// - Parameters:
    ///   - url: the file.
    ///   - required: columns that must be present.
    ///   - problems: where problems are collected.
    /// - Throws: `ImportError.unreadable` when the file cannot be read as text.
    public init(url: URL, required: [String], problems: inout [Problem]) throws {
        let name = url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ImportError.unreadable(path: url.path, reason: "cannot read the file")
        }
        guard !data.contains(0) else { throw ImportError.unreadable(path: url.path, reason: "binary file, not CSV") }
        let text =
            String(data: data, encoding: .utf8) ?? String(data: data, encoding: .isoLatin1)
            ?? String(decoding: data, as: UTF8.self)
        self.init(text: text, file: name, required: required, problems: &problems)
    }

    /// Reads CSV text with a header row.
    ///
    /// - Parameters:
    ///   - text: the text.
    ///   - file: the name used in problems.
    ///   - required: columns that must be present.
    ///   - problems: where problems are collected.
    public init(text: String, file: String, required: [String], problems: inout [Problem]) {
        self.file = file
        var reader = CSVReader(text: text)
        guard let header = reader.next() else {
            columns = []
            rows = []
            problems.append(Problem(file: file, line: 1, column: nil, message: "empty file: expected a header row"))
            return
        }
        columns = header.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        let index = Dictionary(columns.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for column in required where index[column] == nil {
            problems.append(Problem(file: file, line: header.line, column: column, message: "missing column"))
        }
        var rows: [Row] = []
        while let record = reader.next() {
            guard record.fields.count == columns.count else {
                problems.append(
                    Problem(
                        file: file, line: record.line, column: nil,
                        message: "expected \(columns.count) fields, found \(record.fields.count)"))
                continue
            }
            rows.append(Row(line: record.line, fields: record.fields, index: index))
        }
        self.rows = rows
    }

    /// A whole number from a row, 0 for an empty field, or nil after recording a problem.
    ///
    /// - Parameters:
    ///   - row: the row.
    ///   - column: the column.
    ///   - problems: where problems are collected.
    /// - Returns: the number.
    public func integer(_ row: Row, _ column: String, problems: inout [Problem]) -> Int? {
        let text = row[column].trimmingCharacters(in: .whitespaces)
        if text.isEmpty || text == "." { return 0 }
        if let value = Int(text) { return value }
        if let value = Double(text), value == value.rounded() { return Int(value) }
        problems.append(Problem(file: file, line: row.line, column: column, message: "'\(text)' is not a whole number"))
        return nil
    }
}

/// Why an import failed; nothing was written.
public enum ImportError: Error, Equatable, CustomStringConvertible {
    /// A file could not be read.
    case unreadable(path: String, reason: String)
    /// The files hold problems; the first ones are listed.
    case invalid([CSVTable.Problem], total: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path): \(reason)"
        case .invalid(let problems, let total):
            let first = problems.first.map(\.description) ?? "invalid input"
            return total > 1 ? "\(first) (and \(total - 1) more problems; nothing was imported)" : first
        }
    }
}
