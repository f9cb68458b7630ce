import ArgumentParser
import SteadfastCore
import SteadfastStore

/// `steadfast test ID`: one test with every verdict's derivation, the responses and their evidence.
struct TestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test", abstract: "One test: verdicts with their derivation, responses, evidence and claims.")

    @OptionGroup var options: LedgerOptions
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table
    @Argument(help: "The test's identifier, as listed by `steadfast patron`.") var id: String

    func run() async throws {
        let reading = try await options.read()
        guard let document = TestDocument(id: id, reading: reading) else {
            throw CLIError.unknownTest(id, suggestions: reading.ledger.tests.map(\.id).filter { $0.contains(id) })
        }
        switch format {
        case .json: print(try Formatting.json(document))
        case .table: print(TestRendering(document: document, reading: reading).render())
        }
    }
}

/// The human-readable form of a test.
struct TestRendering {
    let document: TestDocument
    let reading: LedgerReading

    func render() -> String {
        let test = document.test
        var lines = [
            "\(test.id): \(test.title)",
            "client \(test.client), adversary \(test.adversary ?? "-"), \(test.threat.rawValue) in \(test.location)",
            "from \(test.started) to \(test.ended?.description ?? "ongoing"), outcome \(test.outcome?.rawValue ?? "-")",
        ]
        if let summary = test.summary { lines.append(summary) }
        for verdict in document.verdicts {
            lines += ["", "Verdict on \(verdict.patron): \(verdict.verdict.rawValue.uppercased())"]
            lines += verdict.derivation.steps.map { "  " + $0 }
            lines += verdict.derivation.commitments.map {
                "  commitment \($0.commitmentID) (\($0.kind.rawValue), \($0.expected)): \($0.covers ? "covers" : "no") — \($0.reason)"
            }
            lines += verdict.derivation.evidence.map { "  evidence: \(citation($0))" }
        }
        for unrecorded in document.unrecorded {
            lines += [
                "",
                "No response recorded for \(unrecorded.patron) (expected \(unrecorded.expected) from "
                    + "\(unrecorded.expectingCommitment)): research to do, not a verdict",
            ]
        }
        for uncovered in document.uncovered {
            lines += ["", "No verdict on \(uncovered.patron): no commitment in force covered this test"]
            lines += uncovered.commitments.map { "  \($0.commitmentID): \($0.reason)" }
        }
        lines += responses(test) + claims(test)
        return lines.joined(separator: "\n")
    }

    private func responses(_ test: AllianceTest) -> [String] {
        guard !test.responses.isEmpty else { return [] }
        var lines = ["", "Responses"]
        for response in test.responses.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            lines.append(
                "  \(response.date)  \(response.patron)  \(response.level) \(response.scale.rawValue) "
                    + "\(response.direction.rawValue) [\(response.status.rawValue), confidence \(Formatting.number(response.confidence))]"
                    + "  \(response.id)")
            lines.append("      \(response.summary)")
            lines += response.evidence.map { "      evidence: \(citation($0))" }
        }
        return lines
    }

    private func claims(_ test: AllianceTest) -> [String] {
        guard !test.claims.isEmpty else { return [] }
        var lines = ["", "Claims"]
        var shown: Set<String> = []
        for claim in test.claims where !shown.contains(claim.id) {
            shown.insert(claim.id)
            lines.append(
                "  \(claim.claimant) \(claim.stance.rawValue): \(claim.statement) (\(claim.date?.description ?? "undated"))"
            )
            if let other = claim.contests.flatMap({ id in test.claims.first { $0.id == id } }),
                !shown.contains(other.id)
            {
                shown.insert(other.id)
                lines.append(
                    "    contested by \(other.claimant) \(other.stance.rawValue): \(other.statement) (\(other.date?.description ?? "undated"))"
                )
            }
        }
        return lines
    }

    private func citation(_ evidence: Evidence) -> String {
        let source = reading.ledger.sources[evidence.sourceID]?.citation ?? evidence.sourceID
        return evidence.note.map { "\(source) — \($0)" } ?? source
    }
}
