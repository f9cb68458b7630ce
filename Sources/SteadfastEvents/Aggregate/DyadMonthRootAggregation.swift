import Dispatch

/// `events aggregate --by dyad-month-root`: count and Goldstein sum of events grouped by
/// (Actor1CountryCode, Actor2CountryCode, MonthYear, EventRootCode), empty codes as their own group.
///
/// Plain tab-separated GDELT files are mapped into memory, split at newlines into one stretch per
/// core and scanned byte by byte with no string per field; zipped, comma-separated and ICEWS files
/// go through `EventFileReader` row by row.
public struct DyadMonthRootAggregation: Sendable {
    /// How many stretches a mapped file is split into (the cores to use).
    public var threads: Int
    /// Which dataset the files belong to.
    public var dataset: EventDataset
    /// The country code of an ICEWS country name.
    public var countryCode: @Sendable (String) -> String?

    /// Creates an aggregation.
    ///
    /// - Parameters:
    ///   - threads: the cores to use.
    ///   - dataset: GDELT or ICEWS.
    ///   - countryCode: the code of an ICEWS country name.
    public init(
        threads: Int, dataset: EventDataset = .gdelt,
        countryCode: @escaping @Sendable (String) -> String? = { _ in nil }
    ) {
        self.threads = max(1, threads)
        self.dataset = dataset
        self.countryCode = countryCode
    }

    /// Aggregates files into one table.
    ///
    /// - Parameters:
    ///   - paths: the files, read in order.
    /// - Returns: the groups, and per file the rows read and the malformed rows.
    /// - Throws: `EventsError` when a file cannot be read.
    public func aggregate(_ paths: [String]) throws -> DyadMonthRootTable {
        var table = GroupTable()
        var unusual: [DyadMonthRootGroup: (count: Int64, sum: Int64)] = [:]
        var files: [EventFileSummary] = []
        for path in paths {
            let parts = try scanFile(path)
            var summary = EventFileSummary(
                file: path, layout: nil, header: false, rows: 0, wellFormed: 0, malformed: 0, malformedRows: [],
                unresolvedCountries: [:], bytes: parts.bytes)
            var lineOffset = parts.headerLines
            summary.header = parts.headerLines > 0
            for part in parts.scanners {
                table.merge(part.table)
                part.table.release()
                for (group, tally) in part.unusual {
                    let previous = unusual[group] ?? (0, 0)
                    unusual[group] = (previous.count + tally.count, previous.sum + tally.sum)
                }
                summary.rows += part.rows
                summary.malformed += part.malformed
                summary.malformedRows += part.malformedRows.map {
                    MalformedRow(line: $0.line + lineOffset, reason: $0.reason)
                }
                lineOffset += part.lines
            }
            summary.wellFormed = summary.rows - summary.malformed
            files.append(parts.summary ?? summary)
        }
        defer { table.release() }
        return DyadMonthRootTable(packed: table.sorted(), unusual: unusual, files: files)
    }

    private func scanFile(_ path: String) throws -> FileScan {
        let mapped = try MappedFile(path: path)
        let bytes = mapped.bytes
        guard dataset == .gdelt, let base = bytes.baseAddress, !Self.isZip(bytes), Self.firstLineHasTab(bytes) else {
            return try readRows(path, bytes: bytes.count)
        }
        let headerLines = Self.startsWithHeader(bytes) ? 1 : 0
        let start = headerLines == 0 ? 0 : ByteScan.lineEnd(base, from: 0, limit: bytes.count).end + 1
        let cuts = Self.cuts(bytes, from: min(start, bytes.count), parts: threads)
        let results = ScanResults(count: cuts.count - 1)
        DispatchQueue.concurrentPerform(iterations: cuts.count - 1) { part in
            var scanner = DyadMonthRootScanner(expectedBytes: cuts[part + 1] - cuts[part])
            if let base = mapped.bytes.baseAddress {
                scanner.scan(base, from: cuts[part], to: cuts[part + 1], limit: mapped.bytes.count)
            }
            results.store(scanner, at: part)
        }
        return FileScan(scanners: results.scanners, headerLines: headerLines, bytes: bytes.count, summary: nil)
    }

    /// Stretch boundaries: `parts` + 1 offsets, each after a newline.
    static func cuts(_ bytes: UnsafeRawBufferPointer, from start: Int, parts: Int) -> [Int] {
        guard let base = bytes.baseAddress, parts > 1, bytes.count - start > 1 << 20 else {
            return [start, bytes.count]
        }
        var cuts = [start]
        for part in 1..<parts {
            let guess = max(cuts[cuts.count - 1], start + (bytes.count - start) / parts * part)
            let cut = min(bytes.count, ByteScan.lineEnd(base, from: guess, limit: bytes.count).end + 1)
            cuts.append(cut)
        }
        cuts.append(bytes.count)
        return cuts
    }

    static func isZip(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 3 && bytes[3] == 4
    }

    static func firstLineHasTab(_ bytes: UnsafeRawBufferPointer) -> Bool {
        for byte in bytes {
            if byte == 0x09 { return true }
            if byte == 0x0A { return false }
        }
        return false
    }

    static func startsWithHeader(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let name = Array("GLOBALEVENTID".utf8)
        guard bytes.count >= name.count else { return false }
        return zip(name, bytes).allSatisfy { $0 == ($1 & 0xDF) }
    }
}

/// Per-stretch results written by concurrent scans.
private final class ScanResults: @unchecked Sendable {
    // Safe: each concurrent iteration writes only its own index, and the array is read only after
    // `concurrentPerform` has returned.
    private var slots: UnsafeMutableBufferPointer<DyadMonthRootScanner?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    func store(_ scanner: DyadMonthRootScanner, at index: Int) {
        slots[index] = scanner
    }

    var scanners: [DyadMonthRootScanner] { slots.compactMap { $0 } }
}
