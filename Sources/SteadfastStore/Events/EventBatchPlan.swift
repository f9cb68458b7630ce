import SQLKit
import SteadfastCore
import SteadfastEvents

/// The writes for one batch of rows: rows kept (checked against earlier imports before writing),
/// rows collapsed, and the group tallies of the kept rows.
struct EventBatchPlan: Sendable {
    static let chunk = 1000
    let dataset: String
    let fileID: String
    private var kept: [EventRow] = []
    private var collapses: [EventCollapseRecord] = []
    private(set) var result = EventBatchResult()

    init(dataset: String, fileID: String) {
        self.dataset = dataset
        self.fileID = fileID
    }

    mutating func keep(_ row: EventRow) {
        result.rows += 1
        kept.append(row)
    }

    mutating func collapse(_ row: EventRow, _ collapse: Collapse) {
        result.rows += 1
        result.collapsed[collapse.rule.rawValue, default: 0] += 1
        collapses.append(
            EventCollapseRecord(
                dataset: dataset, rowId: row.id, fileId: fileID, line: row.line, rule: collapse.rule.rawValue,
                keptId: collapse.keptID))
    }

    /// Moves rows that an earlier import already stored (same id or same content) to the collapses.
    /// Skipped when no earlier import stored rows of this dataset: this run's deduplicator has seen
    /// every row written since.
    mutating func collapseStored(_ sql: any SQLDatabase, earlierImports: Bool) async throws {
        guard earlierImports else { return }
        var storedIDs: Set<String> = []
        var storedContents: [Int64: String] = [:]
        for start in stride(from: 0, to: kept.count, by: Self.chunk) {
            let part = kept[start..<min(start + Self.chunk, kept.count)]
            let ids = try await sql.select().column("row_id").from("event_rows").where("dataset", .equal, dataset)
                .where("row_id", .in, part.map(\.id)).all(
                    decoding: StoredID.self, keyDecodingStrategy: .convertFromSnakeCase)
            storedIDs.formUnion(ids.map(\.rowId))
            let contents = part.compactMap { EventDeduplicator.contentKey(of: $0) }
            guard !contents.isEmpty else { continue }
            let matches = try await sql.select().column("row_id").column("content").from("event_rows")
                .where("dataset", .equal, dataset).where("content", .in, contents)
                .all(decoding: StoredContent.self, keyDecodingStrategy: .convertFromSnakeCase)
            for match in matches { storedContents[match.content] = match.rowId }
        }
        guard !storedIDs.isEmpty || !storedContents.isEmpty else { return }
        let rows = kept
        kept = []
        result.rows -= rows.count
        for row in rows {
            if storedIDs.contains(row.id) {
                collapse(row, Collapse(rule: .sameID, keptID: row.id))
            } else if let content = EventDeduplicator.contentKey(of: row), let stored = storedContents[content] {
                collapse(row, Collapse(rule: .reissued, keptID: stored))
            } else {
                keep(row)
            }
        }
    }

    /// Writes the kept rows, the collapses and the group tallies.
    mutating func insert(_ sql: any SQLDatabase) async throws {
        result.kept = kept.count
        let records = kept.map {
            EventRowRecord(
                dataset: dataset, rowId: $0.id, content: EventDeduplicator.contentKey(of: $0), fileId: fileID,
                line: $0.line, source: $0.source, target: $0.target, day: $0.day.description, code: $0.code)
        }
        try await Self.insert(records, into: "event_rows", sql)
        try await Self.insert(collapses, into: "event_collapses", sql)
        let groups = try tallies()
        result.groups = groups.count
        for start in stride(from: 0, to: groups.count, by: Self.chunk) {
            let part = groups[start..<min(start + Self.chunk, groups.count)]
            try await Self.rows(part, into: "event_groups", sql)
                .onConflict(with: ["dataset", "source", "target", "day", "code"]) { update in
                    var update = update
                    for column in ["events", "goldstein", "mentions", "sources", "articles"] {
                        update = update.set(column, to: SQLRaw("event_groups.\(column) + excluded.\(column)"))
                    }
                    for column in ["urls", "row_ids"] {
                        update = update.set(
                            column,
                            to: SQLRaw(
                                "CASE WHEN event_groups.\(column) = '[]' THEN excluded.\(column) ELSE event_groups.\(column) END"
                            ))
                    }
                    return update
                }
                .run()
        }
    }

    private func tallies() throws -> [EventGroupRecord] {
        var tallies: [EventKey: EventTally] = [:]
        for row in kept { tallies[row.key, default: EventTally()].add(row) }
        return try tallies.sorted { $0.key < $1.key }.map { key, tally in
            EventGroupRecord(
                dataset: dataset, source: key.source, target: key.target, day: key.day.description, code: key.code,
                events: tally.events, goldstein: tally.goldstein, mentions: tally.mentions, sources: tally.sources,
                articles: tally.articles, urls: try JSONColumn.encode(tally.urls),
                rowIds: try JSONColumn.encode(tally.rowIDs))
        }
    }

    private static func insert<Row: EventTableRow>(_ rows: [Row], into table: String, _ sql: any SQLDatabase)
        async throws
    {
        for start in stride(from: 0, to: rows.count, by: chunk) {
            try await Self.rows(rows[start..<min(start + chunk, rows.count)], into: table, sql).run()
        }
    }

    private static func rows<Row: EventTableRow>(_ rows: ArraySlice<Row>, into table: String, _ sql: any SQLDatabase)
        -> SQLInsertBuilder
    {
        rows.reduce(sql.insert(into: table).columns(Row.columns)) { $0.values($1.values) }
    }

    private struct StoredID: Decodable {
        var rowId: String
    }

    private struct StoredContent: Decodable {
        var rowId: String
        var content: Int64
    }
}
