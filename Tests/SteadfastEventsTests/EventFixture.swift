import Foundation
import SteadfastEvents

/// The composed event files in `Fixtures/`, and helpers to read them.
enum EventFixture {
    static func path(_ name: String) throws -> String {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil) else {
            throw CocoaError(.fileNoSuchFile)
        }
        return folder.appendingPathComponent(name).path
    }

    static func read(_ name: String, dataset: EventDataset = .gdelt) throws -> (EventFileSummary, [EventRow]) {
        var rows: [EventRow] = []
        let reader = EventFileReader(path: try path(name), dataset: dataset) { name in
            ["russia": "RUS", "armenia": "ARM", "azerbaijan": "AZE"][name.lowercased()]
        }
        let summary = try reader.read { rows.append($0) }
        return (summary, rows)
    }

    /// A temporary file with the given text, removed by the caller.
    static func temporary(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "steadfast-events-\(UUID().uuidString).tsv")
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
