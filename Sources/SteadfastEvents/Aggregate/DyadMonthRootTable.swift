/// The result of `--by dyad-month-root`: groups with their event count and Goldstein sum.
public struct DyadMonthRootTable: Sendable {
    private let packed: [GroupTable.Slot]
    private let unusual: [(group: DyadMonthRootGroup, count: Int64, sum: Int64)]
    /// What was read from each file: rows, malformed rows with their line numbers.
    public let files: [EventFileSummary]

    init(
        packed: [GroupTable.Slot], unusual: [DyadMonthRootGroup: (count: Int64, sum: Int64)], files: [EventFileSummary]
    ) {
        self.packed = packed
        self.unusual = unusual.map { ($0.key, $0.value.count, $0.value.sum) }.sorted { $0.group < $1.group }
        self.files = files
    }

    /// The number of groups.
    public var groups: Int { packed.count + unusual.count }

    /// The number of rows counted (well-formed rows of every file).
    public var events: Int64 {
        packed.reduce(0) { $0 + $1.count } + unusual.reduce(0) { $0 + $1.count }
    }

    /// The sum of every Goldstein score counted.
    public var goldstein: Double {
        Double(packed.reduce(0) { $0 + $1.sum } + unusual.reduce(0) { $0 + $1.sum })
            / Double(DyadMonthRootScanner.scale)
    }

    /// Every group as text with its count and sum, sorted by the four keys.
    public var rows: [(group: DyadMonthRootGroup, count: Int64, goldstein: Double)] {
        let scale = Double(DyadMonthRootScanner.scale)
        return packed.map { (GroupKey.unpack($0.key), $0.count, Double($0.sum) / scale) }
            + unusual.map { ($0.group, $0.count, Double($0.sum) / scale) }
    }

    /// The table as tab-separated text with a header line: source, target, month, root, count, sum.
    ///
    /// - Returns: UTF-8 bytes, ready to write.
    public func tsv() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(32 * (groups + 1))
        out += Array("Actor1CountryCode\tActor2CountryCode\tMonthYear\tEventRootCode\tcount\tgoldstein\n".utf8)
        for slot in packed {
            TSVWriter.country(slot.key >> 46 & 0x3_FFFF, into: &out)
            out.append(0x09)
            TSVWriter.country(slot.key >> 28 & 0x3_FFFF, into: &out)
            out.append(0x09)
            let month = Int(slot.key >> 7 & 0x1F_FFFF)
            if month > 0 { TSVWriter.integer(Int64(month - 1), into: &out) }
            out.append(0x09)
            TSVWriter.root(Int(slot.key & 0x7F), into: &out)
            TSVWriter.counts(slot.count, slot.sum, into: &out)
        }
        for row in unusual {
            out += Array("\(row.group.source)\t\(row.group.target)\t".utf8)
            if let month = row.group.month { TSVWriter.integer(Int64(month), into: &out) }
            out += Array("\t\(row.group.root)".utf8)
            TSVWriter.counts(row.count, row.sum, into: &out)
        }
        return out
    }
}

/// Writes the parts of a TSV line as bytes, without building strings.
enum TSVWriter {
    static func country(_ bits: UInt64, into out: inout [UInt8]) {
        for shift: UInt64 in [12, 6, 0] {
            let value = UInt8(truncatingIfNeeded: bits >> shift & 0x3F)
            if value == 0 { continue }
            out.append(value <= 10 ? 0x30 + value - 1 : 0x41 + value - 11)
        }
    }

    static func root(_ bits: Int, into out: inout [UInt8]) {
        guard bits > 0 else { return }
        if bits <= 10 {
            out.append(UInt8(0x30 + bits - 1))
        } else {
            out.append(UInt8(0x30 + (bits - 11) / 10))
            out.append(UInt8(0x30 + (bits - 11) % 10))
        }
    }

    static func counts(_ count: Int64, _ sum: Int64, into out: inout [UInt8]) {
        out.append(0x09)
        integer(count, into: &out)
        out.append(0x09)
        decimal(sum, into: &out)
        out.append(0x0A)
    }

    static func integer(_ value: Int64, into out: inout [UInt8]) {
        if value < 0 { out.append(0x2D) }
        var magnitude = value.magnitude
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
            0, 0, 0, 0, 0, 0, 0, 0, 0, 0
        )
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(0x30 + magnitude % 10)
                magnitude /= 10
                count += 1
            } while magnitude > 0 && count < 10
        }
        if magnitude > 0 {
            out += Array(String(value.magnitude).utf8)
            return
        }
        withUnsafeBytes(of: &digits) { buffer in
            for index in stride(from: count - 1, through: 0, by: -1) { out.append(buffer[index]) }
        }
    }

    /// A fixed-point sum in millionths, with at least one decimal and no trailing zeros.
    static func decimal(_ millionths: Int64, into out: inout [UInt8]) {
        if millionths < 0 { out.append(0x2D) }
        let magnitude = millionths.magnitude
        let scale = UInt64(DyadMonthRootScanner.scale)
        integer(Int64(magnitude / scale), into: &out)
        out.append(0x2E)
        var fraction = magnitude % scale
        var place = scale / 10
        repeat {
            out.append(UInt8(0x30 + fraction / place))
            fraction %= place
            place /= 10
        } while fraction > 0 && place > 0
    }
}
