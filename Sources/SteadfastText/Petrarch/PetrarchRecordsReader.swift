import Foundation
import SteadfastCore

/// Reads a PETRARCH validation records file (`PETR.UnitTest.records.xml`).
///
/// The file holds an `<Environment>` naming the dictionaries (`<Verbfile>`, `<Actorfile>` (several, or
/// one listing several separated by commas, as PETRARCH's configuration does), `<Agentfile>`,
/// `<Discardfile>`), then `<Sentence date= id= category= sentence=>` records, each with `<EventCoding
/// sourcecode= targetcode= eventcode=>` elements, a `<Text>` and a `<Parse>` tree (skipped: Steadfast
/// codes the raw text). `<Config option= value=>` elements between records change the options from
/// where they stand. Expectations without events are written `<EventCoding noevents="True">` or
/// `<EventCoding error="storydiscard">`, or by no `<EventCoding>` at all; all three expect no codings.
///
/// Problems are reported as `TextError.badDictionary(file, line:, reason:)`: the file is the
/// dictionaries' test environment.
public enum PetrarchRecordsReader {
    /// Reads a records file.
    ///
    /// - Parameters:
    ///   - url: the file.
    /// - Returns: the environment and the records.
    /// - Throws: `TextError.badDictionary` for a malformed file, or what reading the file throws.
    public static func load(_ url: URL) throws -> PetrarchRecordFile {
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else { throw TextError.notText(url.lastPathComponent) }
        return try parse(text, file: url.lastPathComponent)
    }

    /// Parses the text of a records file.
    ///
    /// - Parameters:
    ///   - text: the file's text.
    ///   - file: its name, for errors.
    /// - Returns: the environment and the records.
    /// - Throws: `TextError.badDictionary` for a malformed file.
    public static func parse(_ text: String, file: String) throws -> PetrarchRecordFile {
        var scanner = PetrarchMarkupScanner(text, file: file)
        var state = State(file: file)
        while let piece = try scanner.next() {
            switch piece {
            case .open(let name, _, _) where name == "Parse": try scanner.skipContent(of: name)
            case .open(let name, let attributes, let line): try state.open(name, attributes, line: line)
            case .close(let name): try state.close(name)
            case .text(let text): state.text += text
            }
        }
        return PetrarchRecordFile(environment: state.environment, records: state.records)
    }

    /// What has been read so far.
    private struct State {
        let file: String
        var environment = PetrarchEnvironment()
        var records: [PetrarchRecord] = []
        var config = PetrarchConfig()
        var record: PetrarchRecord?
        var text = ""

        init(file: String) {
            self.file = file
        }

        mutating func open(_ name: String, _ attributes: [String: String], line: Int) throws {
            text = ""
            switch name {
            case "Config":
                if let option = attributes["option"], let value = attributes["value"] { config.set(option, to: value) }
            case "Sentence":
                record = try Self.record(attributes, config: config, line: line, file: file)
            case "EventCoding":
                guard record != nil else { throw error(line, "<EventCoding> outside a <Sentence>") }
                try expect(attributes, line: line)
            default: break
            }
        }

        mutating func close(_ name: String) throws {
            let content = PetrarchMarkupScanner.trimmed(text)
            switch name {
            case "Verbfile": environment.verbs = content
            case "Actorfile":
                environment.actors += content.split(separator: ",").map { PetrarchMarkupScanner.trimmed(String($0)) }
            case "Agentfile": environment.agents = content
            case "Discardfile": environment.discards = content
            case "Text": record?.text = content.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            case "Sentence":
                if let record { records.append(record) }
                record = nil
            default: break
            }
            text = ""
        }

        private mutating func expect(_ attributes: [String: String], line: Int) throws {
            if attributes["noevents"] != nil { return }
            if let error = attributes["error"] {
                record?.expectedError = error
                return
            }
            guard let source = attributes["sourcecode"], let target = attributes["targetcode"],
                let code = attributes["eventcode"]
            else { throw error(line, "<EventCoding> needs sourcecode, targetcode and eventcode") }
            record?.expected.insert(PetrarchCoding(source: source, target: target, code: code))
        }

        private func error(_ line: Int, _ reason: String) -> TextError {
            .badDictionary(file, line: line, reason: reason)
        }

        private static func record(
            _ attributes: [String: String], config: PetrarchConfig, line: Int, file: String
        ) throws -> PetrarchRecord {
            var date: Day?
            if let written = attributes["date"] {
                let digits = Array(written.utf8).map { Int($0) - 48 }
                guard digits.count == 8, digits.allSatisfy({ (0...9).contains($0) }),
                    let day = Day(
                        year: digits[0..<4].reduce(0) { $0 * 10 + $1 }, month: digits[4] * 10 + digits[5],
                        day: digits[6] * 10 + digits[7])
                else { throw TextError.badDictionary(file, line: line, reason: "bad date '\(written)'") }
                date = day
            }
            return PetrarchRecord(
                id: attributes["id"] ?? "line \(line)", category: attributes["category"] ?? "", date: date,
                isSentence: attributes["sentence"]?.lowercased() != "false", text: "", expected: [], config: config,
                line: line)
        }
    }
}
