/// What the rows under one key add up to: how many events, their Goldstein sum, how widely they
/// were reported, a few source addresses and the ids of the first rows (provenance).
public struct EventTally: Sendable, Hashable, Codable {
    /// How many addresses and row ids a tally keeps.
    public static let sampleSize = 3

    /// Distinct events (rows after duplicates collapsed).
    public var events = 0
    /// The sum of their Goldstein scores.
    public var goldstein = 0.0
    /// The sum of their mentions.
    public var mentions = 0
    /// The sum of their NumSources.
    public var sources = 0
    /// The sum of their NumArticles.
    public var articles = 0
    /// The first distinct source addresses.
    public var urls: [String] = []
    /// The dataset ids of the first rows.
    public var rowIDs: [String] = []

    /// An empty tally.
    public init() {}

    /// Counts one more row.
    ///
    /// - Parameters:
    ///   - row: a row that is not a duplicate.
    public mutating func add(_ row: EventRow) {
        events += 1
        goldstein += row.goldstein
        mentions += row.mentions
        sources += row.sources
        articles += row.articles
        if urls.count < Self.sampleSize, !row.url.isEmpty, !urls.contains(row.url) { urls.append(row.url) }
        if rowIDs.count < Self.sampleSize { rowIDs.append(row.id) }
    }

    /// Adds another tally (the same key, from another batch or file).
    ///
    /// - Parameters:
    ///   - other: the tally to add.
    public mutating func merge(_ other: EventTally) {
        events += other.events
        goldstein += other.goldstein
        mentions += other.mentions
        sources += other.sources
        articles += other.articles
        for url in other.urls where urls.count < Self.sampleSize && !urls.contains(url) { urls.append(url) }
        for id in other.rowIDs where rowIDs.count < Self.sampleSize { rowIDs.append(id) }
    }
}
