import SteadfastCore
import Yams

/// Turns the text of one case base file into a fragment of the ledger, reporting problems to a log.
struct CaseBaseParser {
    static let sections: Set<String> = [
        "sources", "commitments", "tests", "wars", "states", "organisations", "armedGroups", "persons", "places",
    ]

    let file: String
    let rules: VerdictRules
    let asOf: Day
    let log: Diagnostics

    func parse(_ text: String) -> Fragment {
        var fragment = Fragment()
        guard let root = compose(text) else { return fragment }
        guard case .mapping(let mapping) = root else {
            log.report(Problem(file: file, line: root.line, field: "", message: "expected a mapping of sections"))
            return fragment
        }
        let reader = MappingReader(mapping: mapping, file: file, path: "", log: log)
        reader.rejectUnknownKeys(Self.sections)
        readActors(reader, into: &fragment)
        for entry in reader.mappings("sources") { readSource(entry, into: &fragment) }
        for entry in reader.mappings("commitments") { readCommitment(entry, into: &fragment) }
        for entry in reader.mappings("tests") { readTest(entry, into: &fragment) }
        for entry in reader.mappings("wars") { readWar(entry, into: &fragment) }
        return fragment
    }

    private func compose(_ text: String) -> Node? {
        do {
            guard let node = try Yams.compose(yaml: text) else {
                log.report(Problem(file: file, line: 1, field: "", message: "empty file"))
                return nil
            }
            return node
        } catch let error as YamlError {
            log.report(Self.problem(from: error, file: file))
        } catch {
            log.report(Problem(file: file, line: 1, field: "", message: "malformed YAML: \(error)"))
        }
        return nil
    }

    static func problem(from error: YamlError, file: String) -> Problem {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let prefix = context.map { "\($0.text) " } ?? ""
            return Problem(
                file: file, line: mark.line, field: "", message: "malformed YAML: \(prefix)\(problem)".trimmed)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Problem(
                file: file, line: context.mark.line, field: "",
                message: "duplicate key\(duplicates.count == 1 ? "" : "s") \(duplicates.joined(separator: ", "))")
        case .reader(let problem, _, _, _):
            return Problem(file: file, line: 1, field: "", message: "unreadable text: \(problem)")
        default:
            return Problem(file: file, line: 1, field: "", message: "malformed YAML: \(error)")
        }
    }

    /// Reads `sources: [id, ...]` and records each as a reference.
    func sourceList(_ reader: MappingReader, _ key: String = "sources", into fragment: inout Fragment) -> [String] {
        reader.strings(key).map { item in
            fragment.refer(to: .source, item.value, at: item.location)
            return item.value
        }
    }

    /// Reads a required actor code and records it as a reference.
    func actorCode(_ reader: MappingReader, _ key: String, required: Bool = true, into fragment: inout Fragment)
        -> String?
    {
        guard let code = required ? reader.required(key) : reader.string(key) else { return nil }
        fragment.refer(to: .actor, code, at: reader.location(of: key))
        return code
    }

    /// Reads an identifier, checks its form and records its definition.
    func identifier(_ reader: MappingReader, into fragment: inout Fragment) -> String? {
        guard let id = reader.required("id") else { return nil }
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-")
        if !id.allSatisfy(allowed.contains) {
            reader.log.report(
                "identifier '\(id)' must be lower-case letters, digits and hyphens", at: reader.location(of: "id"))
        }
        fragment.define(.record, id, at: reader.location(of: "id"))
        return id
    }

    /// Checks that an end date is not before a start date.
    func checkOrder(_ start: PartialDate?, _ end: PartialDate?, _ reader: MappingReader, endKey: String) {
        guard let start, let end, end.latest < start.earliest else { return }
        reader.log.report("\(end) is before the start \(start)", at: reader.location(of: endKey))
    }
}

extension String {
    var trimmed: String {
        var text = Substring(self)
        while text.first?.isWhitespace == true { text.removeFirst() }
        while text.last?.isWhitespace == true { text.removeLast() }
        return String(text)
    }
}
