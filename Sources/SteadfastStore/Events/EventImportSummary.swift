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

/// The rows written for event data.
struct EventRowRecord: Codable, Sendable {
    var dataset: String
    var rowId: String
    var content: Int64?
    var fileId: String
    var line: Int
    var source: String
    var target: String
    var day: String
    var code: String
}

struct EventCollapseRecord: Codable, Sendable {
    var dataset: String
    var rowId: String
    var fileId: String
    var line: Int
    var rule: String
    var keptId: String
}

struct EventGroupRecord: Codable, Sendable {
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
