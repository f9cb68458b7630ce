import Foundation
import Logging
import SteadfastCaseBase
import SteadfastCore
import SteadfastStore
import SteadfastText

/// What the ledger says when its tests come from one article alone: the case base's actors and
/// commitments with none of its tests, the article ingested, and every candidate accepted as the
/// coder proposed it (threats first, so that help finds the tests they create). Candidates that
/// cannot be accepted without an analyst (no date, no test and no implied threat) stay waiting.
struct IngestionTrial: Encodable {
    /// Agreement of the resulting verdicts with the gold tests.
    var verdicts: VerdictAgreement
    /// Candidates accepted.
    var accepted: Int
    /// Candidates left waiting for an analyst, with the reason.
    var waiting: [String]
    /// The tests the article yielded, each with the gold patrons' verdicts.
    var tests: [String]

    static func run(
        _ coded: CodedDocument, name: String, gold: [GoldTest], configuration: SessionConfiguration
    ) async throws -> IngestionTrial {
        let caseBase = try CaseBase.load(
            directory: configuration.caseBase, rules: configuration.rules, asOf: configuration.asOf)
        var ledger = caseBase.ledger
        ledger.tests = []
        let bare = CaseBase(ledger: ledger, fingerprint: caseBase.fingerprint + "-no-tests", files: caseBase.files)
        let store = try await SQLLedgerStore.open(.sqliteMemory, logger: Logger(label: "steadfast.eval"))
        do {
            _ = try await store.synchronize(with: bare)
            let linker = CandidateLinker(tests: [], rules: configuration.rules, asOf: configuration.asOf)
            _ = try await store.ingest(coded, name: name, linker: linker)
            let queued = try await store.candidates(status: .candidate)
            let threatsFirst = queued.filter(\.isThreat) + queued.filter { !$0.isThreat }
            var accepted = 0
            var waiting: [String] = []
            for candidate in threatsFirst {
                do {
                    _ = try await store.decide(candidate.id, accept: true, linker: linker)
                    accepted += 1
                } catch {
                    waiting.append("\(candidate.id) \(candidate.source) -> \(candidate.target): \(error)")
                }
            }
            let reading = LedgerReading(
                ledger: try await store.ledger(), rules: configuration.rules, asOf: configuration.asOf)
            await store.close()
            let patrons = Set(gold.map(\.patron))
            let tests = reading.ledger.tests.map { test in
                let verdicts = reading.judgement.verdicts.filter { $0.testID == test.id && patrons.contains($0.patron) }
                    .map { "\($0.patron) \($0.kind.rawValue) (level \($0.realized.rawValue))" }
                return "\(test.id) \(test.client) \(test.threat.rawValue) from \(test.adversary ?? "-") "
                    + "\(test.started): \(verdicts.isEmpty ? "no verdict" : verdicts.joined(separator: ", "))"
            }
            return IngestionTrial(
                verdicts: VerdictAgreement(gold: gold, reading: reading), accepted: accepted, waiting: waiting,
                tests: tests)
        } catch {
            await store.close()
            throw error
        }
    }
}

extension ReviewCandidate {
    fileprivate var isThreat: Bool {
        if case .threat = reading { true } else { false }
    }
}
