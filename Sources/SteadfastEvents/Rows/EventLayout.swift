/// The event datasets this package reads.
public enum EventDataset: String, Sendable, Codable, CaseIterable {
    /// The GDELT event exports, 1.0 and 2.0.
    case gdelt
    /// The Integrated Crisis Early Warning System event files.
    case icews
}

/// The column layout of an event file, recognized from its first row.
public enum EventLayout: String, Sendable, Codable {
    /// GDELT 1.0 before April 2013: 57 columns, no SOURCEURL.
    case gdelt1Short = "gdelt1-57"
    /// GDELT 1.0 daily files: 58 columns ending in SOURCEURL.
    case gdelt1 = "gdelt1-58"
    /// GDELT 2.0: 61 columns (ADM2 codes in the three geographies).
    case gdelt2 = "gdelt2-61"
    /// ICEWS, read by the names in its header row.
    case icews

    /// The GDELT layout with this many fields.
    ///
    /// - Parameters:
    ///   - fields: the number of fields in a row.
    /// - Returns: the layout, or nil for another count.
    public static func gdelt(fields: Int) -> EventLayout? {
        switch fields {
        case 57: return .gdelt1Short
        case 58: return .gdelt1
        case 61: return .gdelt2
        default: return nil
        }
    }
}

/// Where the fields a row needs sit in a layout.
struct ColumnMap: Sendable {
    var fields: Int
    var id: Int
    var date: Int
    var sourceActor: Int
    var source: Int
    var targetActor: Int
    var target: Int
    var code: Int
    var goldstein: Int
    var mentions: Int?
    var sources: Int?
    var articles: Int?
    var url: Int?
    var story: [Int]

    /// GDELT's columns: the first 35 are the same in every version; SOURCEURL is last when present.
    static func gdelt(_ layout: EventLayout) -> ColumnMap {
        let fields = layout == .gdelt2 ? 61 : layout == .gdelt1 ? 58 : 57
        return ColumnMap(
            fields: fields, id: 0, date: 1, sourceActor: 5, source: 7, targetActor: 15, target: 17, code: 26,
            goldstein: 30, mentions: 31, sources: 32, articles: 33, url: layout == .gdelt1Short ? nil : fields - 1,
            story: [])
    }

    /// GDELT's columns found by name in a header row, for renderings that add columns (R's row
    /// names, a derived month) around the export's own.
    static func gdelt(header: [String], file: String) throws -> (ColumnMap, EventLayout) {
        let names = header.map { $0.lowercased() }
        func column(_ name: String) throws -> Int {
            guard let index = names.firstIndex(of: name.lowercased()) else {
                throw EventsError.missingColumn(file: file, column: name)
            }
            return index
        }
        let url = names.firstIndex(of: "sourceurl")
        let layout: EventLayout = names.contains("actor1geo_adm2code") ? .gdelt2 : url == nil ? .gdelt1Short : .gdelt1
        let columns = ColumnMap(
            fields: header.count, id: try column("GLOBALEVENTID"), date: try column("SQLDATE"),
            sourceActor: try column("Actor1Code"), source: try column("Actor1CountryCode"),
            targetActor: try column("Actor2Code"), target: try column("Actor2CountryCode"),
            code: try column("EventCode"), goldstein: try column("GoldsteinScale"),
            mentions: try column("NumMentions"), sources: try column("NumSources"),
            articles: try column("NumArticles"), url: url, story: [])
        return (columns, layout)
    }

    /// The same columns one place to the right: rows that carry a leading row name the header lacks.
    func shifted() -> ColumnMap {
        ColumnMap(
            fields: fields + 1, id: id + 1, date: date + 1, sourceActor: sourceActor + 1, source: source + 1,
            targetActor: targetActor + 1, target: target + 1, code: code + 1, goldstein: goldstein + 1,
            mentions: mentions.map { $0 + 1 }, sources: sources.map { $0 + 1 }, articles: articles.map { $0 + 1 },
            url: url.map { $0 + 1 }, story: story.map { $0 + 1 })
    }

    /// ICEWS's columns, found by name in the header ("Event ID" or "event_id").
    static func icews(header: [String], file: String) throws -> ColumnMap {
        let names = header.map { $0.lowercased().replacingSpaces() }
        func column(_ name: String) throws -> Int {
            guard let index = names.firstIndex(of: name) else {
                throw EventsError.missingColumn(file: file, column: name)
            }
            return index
        }
        return ColumnMap(
            fields: header.count, id: try column("event_id"), date: try column("event_date"),
            sourceActor: try column("source_name"), source: try column("source_country"),
            targetActor: try column("target_name"), target: try column("target_country"),
            code: try column("cameo_code"), goldstein: try column("intensity"), mentions: nil, sources: nil,
            articles: nil, url: nil, story: [try column("story_id"), try column("sentence_number")])
    }
}

extension String {
    fileprivate func replacingSpaces() -> String {
        String(map { $0 == " " ? "_" : $0 })
    }
}
