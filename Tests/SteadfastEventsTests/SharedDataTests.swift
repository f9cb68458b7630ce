import Foundation
import SteadfastEvents
import Testing

/// The real files in `../shared/data/events/`, read only when `STEADFAST_SHARED` names that
/// `shared` folder (CI has it; a user's clone does not).
@Suite(
    "Real GDELT and ICEWS files",
    .enabled(if: ProcessInfo.processInfo.environment["STEADFAST_SHARED"] != nil))
struct SharedDataTests {
    static var events: URL {
        URL(fileURLWithPath: ProcessInfo.processInfo.environment["STEADFAST_SHARED"] ?? "")
            .appendingPathComponent("data/events")
    }

    static func read(_ path: String, _ dataset: EventDataset) throws -> EventFileSummary {
        try EventFileReader(path: events.appendingPathComponent(path).path, dataset: dataset).read { _ in }
    }

    @Test("the Georgia extract (R's CSV, row names in six files, an extra column in one) reads without a malformed row")
    func georgia() throws {
        let folder = Self.events.appendingPathComponent("gdelt/georgia-2011-2013")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }
        let summaries = try files.map { try Self.read("gdelt/georgia-2011-2013/\($0)", .gdelt) }
        #expect(summaries.count == 23)
        #expect(summaries.reduce(0) { $0 + $1.wellFormed } == 105_444)
        #expect(summaries.allSatisfy { $0.malformed == 0 && $0.header })
    }

    @Test("the raw export samples are GDELT 1.0 (58 columns) and 2.0 (61)")
    func samples() throws {
        let one = try Self.read("gdelt/samples/gdelt1_events_sample_reconstructed.tsv", .gdelt)
        let two = try Self.read("gdelt/samples/gdelt2_events_sample_reconstructed.tsv", .gdelt)
        #expect(one.layout == .gdelt1 && one.wellFormed == 50 && one.malformed == 0)
        #expect(two.layout == .gdelt2 && two.wellFormed == 50 && two.malformed == 0)
    }

    @Test("both ICEWS renderings read by header name")
    func icews() throws {
        let raw = try Self.read("icews/events.2018.sample.tab", .icews)
        let sample = try Self.read("icews/icews_sample.csv", .icews)
        #expect(raw.wellFormed == 3705 && raw.malformed == 0)
        #expect(sample.wellFormed == 4993 && sample.malformed == 0)
    }
}
