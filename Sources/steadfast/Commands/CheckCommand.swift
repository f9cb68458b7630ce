import ArgumentParser
import Foundation
import SteadfastCaseBase
import SteadfastCore

/// `steadfast check [PATH]`: validate a case base directory and report every problem.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Validate a case base directory (the built-in one by default); print every problem as FILE:LINE: FIELD: message."
    )

    @Argument(help: "A case base directory (default: the built-in case base).") var path: String?
    @Option(help: "A YAML file overriding the verdict rules; it is checked too.") var rules: String?
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        let directory = try path.map { URL(fileURLWithPath: $0) } ?? CaseBase.builtInDirectory()
        let verdictRules = try rules.map { try RulesFile.load(URL(fileURLWithPath: $0)) } ?? .standard
        let today = Day(Date())
        let problems = try CaseBase.check(directory: directory, rules: verdictRules, asOf: today)
        let errors = problems.filter { $0.severity == .error }.count
        let caseBase = errors == 0 ? try CaseBase.load(directory: directory, rules: verdictRules, asOf: today) : nil
        switch format {
        case .json:
            print(try Formatting.json(CheckDocument(problems: problems, caseBase: caseBase)))
        case .table:
            for problem in problems { print(problem) }
            if let ledger = caseBase?.ledger {
                let warnings = problems.count - errors
                print(
                    "ok: \(warnings) warning\(warnings == 1 ? "" : "s"), \(caseBase?.files.count ?? 0) files, "
                        + "\(ledger.registry.actors.count) actors, "
                        + "\(ledger.commitments.count) commitments, \(ledger.tests.count) tests, "
                        + "\(ledger.tests.reduce(0) { $0 + $1.responses.count }) responses, "
                        + "\(ledger.sources.count) sources")
            }
        }
        if errors > 0 {
            throw CLIError.problemsFound(errors)
        }
    }
}

/// `steadfast check --format json`.
struct CheckDocument: Encodable {
    struct Entry: Encodable {
        var file: String
        var line: Int
        var field: String
        var message: String
        var severity: Problem.Severity
    }

    var ok: Bool
    var problems: [Entry]
    var tests: Int?
    var commitments: Int?

    init(problems: [Problem], caseBase: CaseBase?) {
        ok = !problems.contains { $0.severity == .error }
        self.problems = problems.map {
            Entry(file: $0.file, line: $0.line, field: $0.field, message: $0.message, severity: $0.severity)
        }
        tests = caseBase?.ledger.tests.count
        commitments = caseBase?.ledger.commitments.count
    }
}
