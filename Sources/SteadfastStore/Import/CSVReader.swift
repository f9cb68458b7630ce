import Foundation

/// Reads comma- or tab-separated text record by record, with RFC 4180 quoting and any of the
/// line endings LF, CRLF or CR (old Mac files such as the Correlates of War data use CR).
///
/// Each record carries the line it started on, so that errors can name it.
public struct CSVReader: Sequence, IteratorProtocol {
    /// One record and the line it started on.
    public struct Record: Sendable, Hashable {
        /// The line number, counted from 1.
        public var line: Int
        /// The fields.
        public var fields: [String]
    }

    private let scalars: [Unicode.Scalar]
    private let separator: Unicode.Scalar
    private var position = 0
    private var line = 1

    /// Creates a reader over text.
    ///
    /// - Parameters:
    ///   - text: the whole text.
    ///   - separator: the field separator, a comma by default.
    public init(text: String, separator: Unicode.Scalar = ",") {
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        self.scalars = scalars
        self.separator = separator
    }

    /// The next record, or nil at the end; blank lines are skipped.
    ///
    /// - Returns: the record.
    public mutating func next() -> Record? {
        while position < scalars.count {
            let start = line
            let fields = readRecord()
            if fields == [""] { continue }
            return Record(line: start, fields: fields)
        }
        return nil
    }

    private mutating func readRecord() -> [String] {
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        while position < scalars.count {
            let scalar = scalars[position]
            position += 1
            if quoted {
                if scalar == "\"" {
                    if position < scalars.count && scalars[position] == "\"" {
                        field.append("\"")
                        position += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if scalar == "\n" || (scalar == "\r" && !(position < scalars.count && scalars[position] == "\n")) {
                        line += 1
                    }
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                quoted = true
            case separator:
                fields.append(String(field))
                field = String.UnicodeScalarView()
            case "\r", "\n":
                if scalar == "\r" && position < scalars.count && scalars[position] == "\n" { position += 1 }
                line += 1
                fields.append(String(field))
                return fields
            default:
                field.append(scalar)
            }
        }
        fields.append(String(field))
        return fields
    }
}
