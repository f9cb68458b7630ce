extension DyadMonthRootAggregation {
    /// The slow path for zipped, comma-separated and ICEWS files: one `EventRow` at a time.
    func readRows(_ path: String, bytes: Int) throws -> FileScan {
        var scanner = DyadMonthRootScanner()
        let reader = EventFileReader(path: path, dataset: dataset, countryCode: countryCode)
        let summary = try reader.read { row in
            let components = row.day.components
            let month = components.year * 100 + components.month
            let sum = Int64((row.goldstein * Double(DyadMonthRootScanner.scale)).rounded())
            scanner.add(source: row.source, target: row.target, month: month, root: row.rootCode, sum: sum)
        }
        scanner.rows = summary.rows
        return FileScan(scanners: [scanner], headerLines: 0, bytes: bytes, summary: summary)
    }
}

/// What scanning one file found: one scanner per stretch, or the reader's summary for the slow path.
struct FileScan {
    var scanners: [DyadMonthRootScanner]
    var headerLines: Int
    var bytes: Int
    var summary: EventFileSummary?
}

extension DyadMonthRootScanner {
    /// Counts one row given as text (the slow path).
    mutating func add(source: String, target: String, month: Int, root: String, sum: Int64) {
        if let key = Self.packed(source, target, month, root) {
            table.add(key, count: 1, sum: sum)
            return
        }
        let group = DyadMonthRootGroup(source: source, target: target, month: month, root: root)
        let previous = unusual[group] ?? (0, 0)
        unusual[group] = (previous.count + 1, previous.sum + sum)
    }

    private static func packed(_ source: String, _ target: String, _ month: Int, _ root: String) -> UInt64? {
        func pack(_ text: String, _ body: (UnsafeRawPointer, Int) -> UInt64?) -> UInt64? {
            if text.isEmpty { return 0 }
            var copy = text
            return copy.withUTF8 { bytes in bytes.baseAddress.flatMap { body(UnsafeRawPointer($0), bytes.count) } }
        }
        guard let sourceBits = pack(source, { GroupKey.country($0, 0, $1) }),
            let targetBits = pack(target, { GroupKey.country($0, 0, $1) }),
            let rootBits = pack(root, { GroupKey.root($0, 0, $1) })
        else { return nil }
        return GroupKey.pack(source: sourceBits, target: targetBits, month: month, root: rootBits)
    }
}
