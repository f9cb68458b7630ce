import SteadfastCore
import SteadfastText

/// What `queueEventCandidates` did.
public struct EventCandidateSummary: Sendable, Codable, Hashable {
    /// Tests whose windows were searched.
    public var tests = 0
    /// Event groups from a committed patron to the client or its adversary in a window.
    public var groups = 0
    /// Groups whose CAMEO code has a ladder reading, newly queued.
    public var queued = 0
    /// Groups queued by an earlier run (left as they are).
    public var alreadyQueued = 0
}

/// One event group read back for the review queue.
struct EventGroupEvidence: Decodable, Sendable {
    var dataset: String
    var source: String
    var target: String
    var day: String
    var code: String
    var events: Int
    var goldstein: Double
    var sources: Int
    var articles: Int
    var urls: String
    var rowIds: String
    var path: String?
}

/// Turns event groups into review candidates through the coder's CAMEO → ladder mapping.
enum EventCandidateBuilder {
    /// The source id that dataset candidates cite (`dataset-gdelt`, `dataset-icews`).
    static func sourceID(dataset: String) -> String { "dataset-\(dataset)" }

    /// The dataset a candidate's document id names, nil for an article.
    static func dataset(ofDocument id: String) -> String? {
        id.hasPrefix("dataset-") ? String(id.dropFirst("dataset-".count)) : nil
    }

    /// The candidate for a group, nil when the code says nothing about support.
    static func candidate(
        _ group: EventGroupEvidence, test: AllianceTest, toward addressee: CAMEO.Addressee
    ) -> ReviewCandidate? {
        guard let reading = CAMEO.reading(of: group.code, toward: addressee), let day = PartialDate(iso: group.day)
        else { return nil }
        let eventReading: EventReading
        switch reading.direction {
        case .support: eventReading = .support(reading.level, .full)
        case .withdrawal: eventReading = .withdrawal
        case .defection: eventReading = .defection
        }
        return ReviewCandidate(
            id: "e-\(test.id)-\(group.dataset)-\(group.source)-\(group.target)-\(group.day)-\(group.code)",
            documentID: sourceID(dataset: group.dataset), sentence: TextSpan(start: 0, end: 0),
            text: evidence(group, addressee: addressee), source: group.source, target: test.client, cameo: group.code,
            reading: eventReading, date: day, caption: false, contested: false, testID: test.id, status: .candidate,
            note: nil)
    }

    private static func count(_ value: Int, _ noun: String) -> String {
        "\(value) \(noun)\(value == 1 ? "" : "s")"
    }

    /// The dataset evidence in words: dyad, code, day, counts, row ids, file and addresses.
    static func evidence(_ group: EventGroupEvidence, addressee: CAMEO.Addressee) -> String {
        let ids =
            (try? JSONColumn.decode([String].self, from: group.rowIds, table: "event_groups", id: group.day)) ?? []
        let urls = (try? JSONColumn.decode([String].self, from: group.urls, table: "event_groups", id: group.day)) ?? []
        let toward = addressee == .client ? "to the client" : "to the client's adversary"
        var text =
            "\(group.dataset.uppercased()) \(group.source)→\(group.target) (\(toward)) CAMEO \(group.code) on \(group.day): "
            + "\(count(group.events, "event")), \(count(group.sources, "source")), \(count(group.articles, "article")), "
            + "Goldstein \(group.goldstein); rows \(ids.joined(separator: ", "))"
        if let path = group.path { text += " in \(path)" }
        if let url = urls.first { text += "; \(url)" }
        return text
    }
}
