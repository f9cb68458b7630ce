/// Decides which rows are the same event seen again, so that each event counts once.
///
/// Two rules, applied in order (docs/EVENTS.md):
/// 1. **Same id**: a row whose dataset id (GLOBALEVENTID, ICEWS Event ID) was already seen is a
///    duplicate of that row: the same export downloaded twice, or overlapping files.
/// 2. **Re-issued**: a row with a new id but the same content as a row already seen is that event
///    re-issued. Content is the day, both actors as coded, the CAMEO code and the report that
///    carried it: the source URL for GDELT (rows without a URL are never matched by content), the
///    story id and sentence number for ICEWS.
///
/// The first row seen is kept; each collapsed row is returned with the rule and the kept id, so
/// that its provenance (file, line, id) is recorded rather than lost.
public struct EventDeduplicator: Sendable {
    private var ids: Set<String> = []
    private var contents: [UInt64: String] = [:]

    /// A deduplicator that has seen nothing.
    public init() {}

    /// Records a row and says whether it repeats one seen before.
    ///
    /// - Parameters:
    ///   - row: the next row.
    /// - Returns: nil for a new event, or which rule collapsed it into which kept row.
    public mutating func admit(_ row: EventRow) -> Collapse? {
        if ids.contains(row.id) { return Collapse(rule: .sameID, keptID: row.id) }
        if let content = Self.content(of: row) {
            if let kept = contents[content] { return Collapse(rule: .reissued, keptID: kept) }
            contents[content] = row.id
        }
        ids.insert(row.id)
        return nil
    }

    /// How many ids the rules hold (their memory grows with distinct events, not with rows).
    public var seen: Int { ids.count }

    /// The content fingerprint as stored in a database's signed 64-bit column, nil when the row names
    /// no report (no URL, no story).
    ///
    /// - Parameters:
    ///   - row: the row.
    /// - Returns: the fingerprint.
    public static func contentKey(of row: EventRow) -> Int64? {
        content(of: row).map { Int64(bitPattern: $0) }
    }

    /// A stable 64-bit fingerprint of what makes a row the same report, nil when the row names no report.
    static func content(of row: EventRow) -> UInt64? {
        let report = row.url.isEmpty ? row.story : row.url
        guard !report.isEmpty else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [
            String(row.day.ordinal), row.sourceActor, row.targetActor, row.source, row.target, row.code, report,
        ] {
            for byte in part.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            hash = (hash ^ 0x1F) &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}

/// Why a row was collapsed, and into which.
public struct Collapse: Sendable, Hashable, Codable {
    /// The dedup rules.
    public enum Rule: String, Sendable, Codable, CaseIterable {
        /// The same dataset id seen again.
        case sameID = "same-id"
        /// A new id carrying the same content.
        case reissued
    }

    /// Which rule matched.
    public var rule: Rule
    /// The id of the row that was kept.
    public var keptID: String

    /// Creates a collapse.
    ///
    /// - Parameters:
    ///   - rule: which rule matched.
    ///   - keptID: the id of the row kept.
    public init(rule: Rule, keptID: String) {
        self.rule = rule
        self.keptID = keptID
    }
}
