/// Splits one line into fields: tab-separated without quoting (the raw GDELT and ICEWS exports),
/// or comma-separated with RFC 4180 quotes (the CSV renderings, where R writes `NA` for missing).
struct FieldSplitter {
    /// The field separator.
    enum Separator: Sendable {
        case tab
        case comma
    }

    /// Where a field lies in the line, and whether it was quoted.
    struct Field {
        var start: Int
        var end: Int
        var quoted: Bool
    }

    let separator: Separator
    /// Whether an unquoted `NA` means a missing value (R's rendering).
    let naIsMissing: Bool
    private(set) var fields: [Field] = []

    init(separator: Separator, naIsMissing: Bool) {
        self.separator = separator
        self.naIsMissing = naIsMissing
        fields.reserveCapacity(64)
    }

    /// Splits a line, replacing the previous fields.
    ///
    /// - Parameters:
    ///   - line: the line's bytes.
    /// - Returns: false when a quote is left open (the row is malformed).
    mutating func split(_ line: UnsafeRawBufferPointer) -> Bool {
        fields.removeAll(keepingCapacity: true)
        switch separator {
        case .tab: splitTabs(line)
        case .comma: return splitQuoted(line)
        }
        return true
    }

    private mutating func splitTabs(_ line: UnsafeRawBufferPointer) {
        var start = 0
        for index in 0..<line.count where line[index] == 0x09 {
            fields.append(Field(start: start, end: index, quoted: false))
            start = index + 1
        }
        fields.append(Field(start: start, end: line.count, quoted: false))
    }

    private mutating func splitQuoted(_ line: UnsafeRawBufferPointer) -> Bool {
        var index = 0
        while true {
            if index < line.count, line[index] == 0x22 {
                let start = index
                index += 1
                while true {
                    guard index < line.count else { return false }
                    if line[index] == 0x22 {
                        if index + 1 < line.count, line[index + 1] == 0x22 {
                            index += 2
                            continue
                        }
                        break
                    }
                    index += 1
                }
                index += 1
                fields.append(Field(start: start, end: index, quoted: true))
            } else {
                let start = index
                while index < line.count, line[index] != 0x2C { index += 1 }
                fields.append(Field(start: start, end: index, quoted: false))
            }
            guard index < line.count else { return true }
            guard line[index] == 0x2C else { return false }
            index += 1
        }
    }

    /// The text of field `index`: quotes removed, doubled quotes undone, an unquoted `NA` as empty.
    ///
    /// - Parameters:
    ///   - index: the field's position.
    ///   - line: the line the fields were split from.
    /// - Returns: the text, or empty when the line has fewer fields.
    func text(_ index: Int, in line: UnsafeRawBufferPointer) -> String {
        guard index < fields.count else { return "" }
        let field = fields[index]
        if field.quoted {
            var bytes: [UInt8] = []
            var index = field.start + 1
            while index < field.end - 1 {
                bytes.append(line[index])
                index += line[index] == 0x22 ? 2 : 1
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        let bytes = UnsafeRawBufferPointer(rebasing: line[field.start..<field.end])
        if naIsMissing, bytes.count == 2, bytes[0] == 0x4E, bytes[1] == 0x41 { return "" }
        return String(decoding: bytes, as: UTF8.self)
    }
}
