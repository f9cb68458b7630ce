import Foundation
import SQLKit
import SteadfastCore
import SteadfastEvents

extension SQLLedgerStore {
    /// Imports GDELT or ICEWS files into the event tables, streaming each file in batches, one
    /// transaction a batch: rows become event groups (dyad, day, CAMEO code) with counts and sums;
    /// duplicates collapse by the rules of `EventDeduplicator`, against this run and earlier imports,
    /// and are recorded with their file, line and the row kept; malformed rows are counted per file.
    ///
    /// - Parameters:
    ///   - paths: the files.
    ///   - dataset: GDELT or ICEWS.
    ///   - countryCode: the code of an ICEWS country name.
    ///   - batchSize: rows per transaction.
    ///   - progress: called after each batch.
    /// - Returns: what was read and written.
    /// - Throws: `EventsError` when a file cannot be read; `StoreError.writeFailed` when a batch cannot
    ///   be written (earlier batches stay).
    public func importEvents(
        _ paths: [String], dataset: EventDataset,
        countryCode: @escaping @Sendable (String) -> String? = { _ in nil },
        batchSize: Int = 20000, progress: (EventImportProgress) -> Void = { _ in }
    ) async throws -> EventImportSummary {
        var summary = EventImportSummary(dataset: dataset)
        var deduplicator = EventDeduplicator()
        let sizes = paths.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
        let total = sizes.reduce(0, +)
        let earlierImports =
            try await Self.sql(try database).select().column("row_id").from("event_rows")
            .where("dataset", .equal, dataset.rawValue).limit(1).first() != nil
        for (index, path) in paths.enumerated() {
            let fileID = UUID().uuidString
            let rows = try EventFileReader(path: path, dataset: dataset, countryCode: countryCode).rows()
            var batch: [EventRow] = []
            var file = EventBatchResult()
            let before = summary.bytes
            func flush() async throws {
                file.add(
                    try await writeBatch(
                        batch, fileID: fileID, dataset: dataset, earlierImports: earlierImports,
                        deduplicator: &deduplicator))
                batch.removeAll(keepingCapacity: true)
                progress(
                    EventImportProgress(
                        file: index, bytes: before + rows.consumed, totalBytes: total, rows: summary.rows + file.rows))
            }
            while let row = try rows.next() {
                batch.append(row)
                if batch.count >= batchSize { try await flush() }
            }
            try await flush()
            let read = rows.summary
            try await record(file: read, id: fileID, dataset: dataset, result: file)
            summary.add(read, file)
        }
        return summary
    }

    private func writeBatch(
        _ batch: [EventRow], fileID: String, dataset: EventDataset, earlierImports: Bool,
        deduplicator: inout EventDeduplicator
    ) async throws -> EventBatchResult {
        var plan = EventBatchPlan(dataset: dataset.rawValue, fileID: fileID)
        for row in batch {
            if let collapse = deduplicator.admit(row) {
                plan.collapse(row, collapse)
            } else {
                plan.keep(row)
            }
        }
        let planned = plan
        return try await write { sql in
            var plan = planned
            try await plan.collapseStored(sql, earlierImports: earlierImports)
            try await plan.insert(sql)
            return plan.result
        }
    }

    private func record(file: EventFileSummary, id: String, dataset: EventDataset, result: EventBatchResult)
        async throws
    {
        let row = EventFileRecord(
            id: id, dataset: dataset.rawValue, path: file.file, layout: file.layout?.rawValue, rows: file.rows,
            events: result.kept, duplicates: result.collapsed.values.reduce(0, +), malformed: file.malformed,
            malformedRows: try JSONColumn.encode(file.malformedRows), bytes: file.bytes,
            importedAt: Date().timeIntervalSince1970)
        try await write { sql in
            try await sql.insert(into: "event_files").model(row, keyEncodingStrategy: .convertToSnakeCase).run()
        }
    }
}

/// What one batch (or one file) added.
struct EventBatchResult: Sendable {
    var rows = 0
    var kept = 0
    var collapsed: [String: Int] = [:]
    var groups = 0

    mutating func add(_ other: EventBatchResult) {
        rows += other.rows
        kept += other.kept
        groups += other.groups
        collapsed.merge(other.collapsed, uniquingKeysWith: +)
    }
}

extension EventImportSummary {
    mutating func add(_ file: EventFileSummary, _ result: EventBatchResult) {
        files.append(file)
        rows += file.rows
        malformed += file.malformed
        bytes += file.bytes
        events += result.kept
        groupWrites += result.groups
        duplicates.merge(result.collapsed, uniquingKeysWith: +)
    }
}

/// One month of one dyad's events under one CAMEO root code.
public struct EventMonth: Sendable, Codable, Hashable {
    /// The month, `YYYY-MM`.
    public var month: String
    /// The acting country's code.
    public var source: String
    /// The receiving country's code.
    public var target: String
    /// The CAMEO root code.
    public var root: String
    /// Distinct events.
    public var events: Int
    /// Their Goldstein sum.
    public var goldstein: Double
}

extension SQLLedgerStore {
    /// The monthly profile of a dyad's events in both directions: counts and Goldstein sums by month
    /// and CAMEO root code.
    ///
    /// - Parameters:
    ///   - first: one country's code.
    ///   - second: the other's.
    ///   - from: the first day.
    ///   - through: the last day.
    /// - Returns: the months, in order of month, direction and root code.
    /// - Throws: when the database cannot be read.
    public func eventMonths(between first: String, and second: String, from: Day, through: Day) async throws
        -> [EventMonth]
    {
        let sql = try Self.sql(try database)
        let query: SQLQueryString = """
            SELECT substr(day, 1, 7) AS month, source, target, substr(code, 1, 2) AS root, \
            SUM(events) AS events, SUM(goldstein) AS goldstein FROM event_groups \
            WHERE ((source = \(bind: first) AND target = \(bind: second)) OR (source = \(bind: second) AND target = \(bind: first))) \
            AND day >= \(bind: from.description) AND day <= \(bind: through.description) \
            GROUP BY substr(day, 1, 7), source, target, substr(code, 1, 2) ORDER BY month, source, target, root
            """
        return try await sql.raw(query).all(decoding: EventMonth.self)
    }
}
