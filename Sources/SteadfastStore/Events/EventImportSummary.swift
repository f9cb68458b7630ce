import SteadfastEvents

/// What `import gdelt` or `import icews` did: rows read, events stored, duplicates collapsed by
/// rule, malformed rows per file with their line numbers.
public struct EventImportSummary: Sendable, Codable {
    /// The dataset imported.
    public var dataset: EventDataset
    /// Each file's reading: layout, rows, malformed rows with line numbers.
    public var files: [EventFileSummary] = []
    /// Data rows read across the files (well-formed and malformed).
    public var rows = 0
    /// Distinct events stored (rows kept).
    public var events = 0
    /// Rows collapsed into an event already seen, by rule (`same-id`, `reissued`).
    public var duplicates: [String: Int] = [:]
    /// Malformed rows across the files.
    public var malformed = 0
    /// Event groups (dyad, day, code) written or added to.
    public var groupWrites = 0
    /// Bytes read (compressed size for zips).
    public var bytes = 0

    /// Creates an empty summary.
    ///
    /// - Parameters:
    ///   - dataset: the dataset.
    public init(dataset: EventDataset) {
        self.dataset = dataset
    }

    /// All collapsed rows.
    public var collapsed: Int { duplicates.values.reduce(0, +) }
}

/// Where an import is, for a progress bar.
public struct EventImportProgress: Sendable {
    /// The file being read, counted from 0.
    public var file: Int
    /// Bytes read so far across the files.
    public var bytes: Int
    /// Bytes in all the files.
    public var totalBytes: Int
    /// Rows read so far.
    public var rows: Int
}

/// A row of an event table written by explicit columns and binds (encoding rows through `Codable`
/// with snake-case keys cost more than SQLite itself on large imports).
protocol EventTableRow: Sendable {
    static var columns: [String] { get }
    var values: [any Encodable & Sendable] { get }
}

/// The rows written for event data.
struct EventRowRecord: Codable, Sendable, EventTableRow {
    var dataset: String
    var rowId: String
    var content: Int64?
    var fileId: String
    var line: Int
    var source: String
    var target: String
    var day: String
    var code: String

    static let columns = ["dataset", "row_id", "content", "file_id", "line", "source", "target", "day", "code"]
    var values: [any Encodable & Sendable] { [dataset, rowId, content, fileId, line, source, target, day, code] }
}

struct EventCollapseRecord: Codable, Sendable, EventTableRow {
    var dataset: String
    var rowId: String
    var fileId: String
    var line: Int
    var rule: String
    var keptId: String

    static let columns = ["dataset", "row_id", "file_id", "line", "rule", "kept_id"]
    var values: [any Encodable & Sendable] { [dataset, rowId, fileId, line, rule, keptId] }
}

struct EventGroupRecord: Codable, Sendable, EventTableRow {
    var dataset: String
    var source: String
    var target: String
    var day: String
    var code: String
    var events: Int
    var goldstein: Double
    var mentions: Int
    var sources: Int
    var articles: Int
    var urls: String
    var rowIds: String

    static let columns = [
        "dataset", "source", "target", "day", "code", "events", "goldstein", "mentions", "sources", "articles", "urls",
        "row_ids",
    ]
    var values: [any Encodable & Sendable] {
        [dataset, source, target, day, code, events, goldstein, mentions, sources, articles, urls, rowIds]
    }
}

struct EventFileRecord: Codable, Sendable {
    var id: String
    var dataset: String
    var path: String
    var layout: String?
    var rows: Int
    var events: Int
    var duplicates: Int
    var malformed: Int
    var malformedRows: String
    var bytes: Int
    var importedAt: Double
}
