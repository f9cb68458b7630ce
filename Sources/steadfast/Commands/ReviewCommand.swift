import ArgumentParser
import Foundation
import SteadfastCore
import SteadfastStore
import SteadfastText

/// `steadfast review`: the queue of events coded from ingested articles, and the decisions on them.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List review candidates, walk through them one by one, or accept or reject one (for scripts).",
        subcommands: [
            ReviewListCommand.self, ReviewWalkCommand.self, ReviewAcceptCommand.self, ReviewRejectCommand.self,
        ],
        defaultSubcommand: ReviewListCommand.self)
}

/// `steadfast review list`.
struct ReviewListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List candidates with their sentences.")

    @OptionGroup var options: LedgerOptions
    @Option(help: "candidate (default), accepted, rejected or all.") var status = "candidate"
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        let wanted: ReviewCandidate.Status?
        if status == "all" {
            wanted = nil
        } else {
            guard let parsed = ReviewCandidate.Status(rawValue: status) else {
                throw ValidationError("--status: '\(status)' is not candidate, accepted, rejected or all")
            }
            wanted = parsed
        }
        let (store, _) = try await Session.open(try options.configuration())
        let candidates: [ReviewCandidate]
        do {
            candidates = try await store.candidates(status: wanted)
            await store.close()
        } catch {
            await store.close()
            throw error
        }
        print(format == .json ? try Formatting.json(candidates) : Self.render(candidates))
    }

    static func render(_ candidates: [ReviewCandidate]) -> String {
        guard !candidates.isEmpty else { return "no candidates" }
        return candidates.map { candidate in
            "\(candidate.id) [\(candidate.status.rawValue)] \(candidate.source) -> \(candidate.target) "
                + "\(ReviewListCommand.describe(candidate.reading)) \(candidate.date?.description ?? "undated")"
                + (candidate.date == nil ? "" : candidate.dateBasis.caution.map { " (\($0): check)" } ?? "")
                + " → \(ReviewListCommand.destination(candidate))" + (candidate.contested ? " (contested)" : "")
                + "\n    \"\(candidate.text)\"" + (candidate.note.map { "\n    \($0)" } ?? "")
        }.joined(separator: "\n")
    }

    /// Where accepting the candidate puts it: its test, or the test it would create.
    static func destination(_ candidate: ReviewCandidate) -> String {
        if let test = candidate.testID { return test }
        guard candidate.status == .candidate, let (threat, reason) = SQLLedgerStore.proposedTest(for: candidate) else {
            return "no test"
        }
        return "new \(threat.rawValue) test (\(reason))"
    }

    static func describe(_ reading: EventReading) -> String {
        switch reading {
        case .support(let level, let scale): "support \(level) \(scale.rawValue)"
        case .threat(let kind): "threat \(kind.rawValue)"
        case .outcome(let outcome): "outcome \(outcome.rawValue)"
        default: reading.type
        }
    }
}

/// `steadfast review accept ID`.
struct ReviewAcceptCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accept", abstract: "Accept a candidate, with corrections; only accepted help changes verdicts.")

    @OptionGroup var options: LedgerOptions
    @Argument(help: "The candidate's identifier.") var id: String
    @Option(help: "Correct the ladder level (0-7).") var level: Int?
    @Option(help: "Correct the scale: token, limited or full.") var scale: Response.Scale?
    @Option(help: "Correct who acted.") var source: String?
    @Option(help: "Correct who was helped or threatened.") var target: String?
    @Option(help: "Attach it to this test.") var test: String?
    @Option(help: "Correct the date, YYYY[-MM[-DD]].") var date: String?
    @Option(
        help:
            "For help linked to no test: create a test of this threat (\(ThreatKind.allCases.map(\.rawValue).joined(separator: ", ")))."
    )
    var threat: ThreatKind?

    func run() async throws {
        var correction = CandidateCorrection(scale: scale, source: source, target: target, testID: test, threat: threat)
        if let level {
            guard let value = LadderLevel(rawValue: level) else {
                throw ValidationError("--level: \(level) is not 0-7")
            }
            correction.level = value
        }
        if let date {
            guard let value = PartialDate(iso: date) else { throw ValidationError("--date: '\(date)' is not a date") }
            correction.date = value
        }
        print(try await Self.decide(id, accept: true, correction: correction, options: options))
    }

    static func decide(_ id: String, accept: Bool, correction: CandidateCorrection, options: LedgerOptions)
        async throws -> String
    {
        let configuration = try options.configuration()
        let (store, _) = try await Session.open(configuration)
        do {
            let linker = CandidateLinker(tests: [], rules: configuration.rules, asOf: configuration.asOf)
            let decided = try await store.decide(
                id, accept: accept, correction: correction, linker: linker, actor: TokenCommand.actor)
            await store.close()
            return "\(decided.id) \(decided.status.rawValue): \(decided.note ?? "")"
        } catch {
            await store.close()
            throw error
        }
    }
}

/// `steadfast review reject ID`.
struct ReviewRejectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "reject", abstract: "Reject a candidate.")

    @OptionGroup var options: LedgerOptions
    @Argument(help: "The candidate's identifier.") var id: String

    func run() async throws {
        print(
            try await ReviewAcceptCommand.decide(id, accept: false, correction: CandidateCorrection(), options: options)
        )
    }
}

extension Response.Scale: ExpressibleByArgument {}
extension ThreatKind: ExpressibleByArgument {}
