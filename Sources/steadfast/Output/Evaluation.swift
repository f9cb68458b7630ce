import SteadfastCore
import SteadfastStore
import SteadfastText

/// Whether the ledger reaches the gold file's tests and verdicts.
struct VerdictAgreement: Codable {
    var agreed: Int
    var total: Int
    var disagreements: [String]

    init(gold: [GoldTest], reading: LedgerReading) {
        var agreed = 0
        var disagreements: [String] = []
        for test in gold {
            let candidates = reading.ledger.tests.filter { candidate in
                candidate.client == test.client && candidate.threat == test.threat
                    && (test.adversary == nil || candidate.adversary == test.adversary)
                    && (test.started.map { EventScore.sameDate(candidate.started, $0) } ?? true)
            }
            let verdicts = reading.judgement.verdicts.filter { verdict in
                verdict.patron == test.patron && candidates.contains { $0.id == verdict.testID }
            }
            if verdicts.contains(where: { test.verdicts.contains($0.kind) }) {
                agreed += 1
            } else {
                let found = verdicts.map { "\($0.testID): \($0.kind.rawValue)" }.joined(separator: ", ")
                disagreements.append(
                    "\(test.client) \(test.threat.rawValue) \(test.started?.description ?? "?") on \(test.patron): "
                        + (found.isEmpty ? "no matching test" : found))
            }
        }
        self.agreed = agreed
        total = gold.count
        self.disagreements = disagreements
    }
}

/// `steadfast eval` results: per file and overall.
struct Evaluation: Encodable {
    struct File: Encodable {
        var gold: String
        var score: EventScore
        var verdicts: VerdictAgreement
        /// The verdicts on a ledger built from the article alone, when asked for.
        var fromIngestion: IngestionTrial?
    }

    var files: [File]

    private var matched: Int { files.reduce(0) { $0 + $1.score.matched } }
    private var extracted: Int { files.reduce(0) { $0 + $1.score.extracted } }
    private var goldCount: Int { files.reduce(0) { $0 + $1.score.gold } }
    var precision: Double { extracted == 0 ? 0 : Double(matched) / Double(extracted) }
    var recall: Double { goldCount == 0 ? 0 : Double(matched) / Double(goldCount) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    var dateAccuracy: Double {
        matched == 0 ? 0 : Double(files.reduce(0) { $0 + $1.score.datesRight }) / Double(matched)
    }
    var verdictAgreement: Double {
        let total = files.reduce(0) { $0 + $1.verdicts.total }
        return total == 0 ? 0 : Double(files.reduce(0) { $0 + $1.verdicts.agreed }) / Double(total)
    }

    enum CodingKeys: String, CodingKey {
        case files, precision, recall, f1, dateAccuracy, verdictAgreement
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(files, forKey: .files)
        try container.encode(precision, forKey: .precision)
        try container.encode(recall, forKey: .recall)
        try container.encode(f1, forKey: .f1)
        try container.encode(dateAccuracy, forKey: .dateAccuracy)
        try container.encode(verdictAgreement, forKey: .verdictAgreement)
    }

    func render() -> String {
        var lines = [
            "precision \(Formatting.number(precision, digits: 3))  recall \(Formatting.number(recall, digits: 3))  "
                + "F1 \(Formatting.number(f1, digits: 3))  date accuracy \(Formatting.number(dateAccuracy, digits: 3))  "
                + "verdict agreement \(Formatting.number(verdictAgreement, digits: 3))"
        ]
        for file in files {
            lines.append("")
            lines.append(
                "\(file.gold): \(file.score.matched) matched of \(file.score.extracted) extracted and "
                    + "\(file.score.gold) gold; verdicts \(file.verdicts.agreed)/\(file.verdicts.total)")
            lines += file.score.misses.map { "  miss: \($0)" }
            lines += file.score.falseAlarms.map { "  false alarm: \($0)" }
            lines += file.score.wrongDates.map { "  wrong date: \($0)" }
            lines += file.verdicts.disagreements.map { "  verdict: \($0)" }
            if let trial = file.fromIngestion {
                lines.append(
                    "  from ingestion alone: verdicts \(trial.verdicts.agreed)/\(trial.verdicts.total); "
                        + "\(trial.accepted) candidates accepted, \(trial.waiting.count) left for an analyst")
                lines += trial.tests.map { "    test: \($0)" }
                lines += trial.verdicts.disagreements.map { "    verdict: \($0)" }
                lines += trial.waiting.map { "    waiting: \($0)" }
            }
        }
        return lines.joined(separator: "\n")
    }
}
