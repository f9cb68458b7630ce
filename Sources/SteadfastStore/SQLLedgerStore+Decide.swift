import FluentKit
import Foundation
import SQLKit
import SteadfastCore
import SteadfastText

extension SQLLedgerStore {
    /// Origin of ledger rows created by accepting review candidates.
    static let reviewOrigin = "review"

    /// Accepts or rejects a candidate, in one transaction.
    ///
    /// Accepting help, a withdrawal or a defection linked to a test adds a response to that test,
    /// with the article as its evidence (the sentence's offsets into the stored text). Accepting a
    /// threat linked to a test adds the article to the test's sources; one with no test creates a
    /// new test. Other events are recorded as accepted without changing the ledger.
    ///
    /// - Parameters:
    ///   - id: the candidate's identifier.
    ///   - accept: true to accept, false to reject.
    ///   - correction: changes to apply before accepting.
    /// - Returns: the candidate as decided, with a note saying what changed in the ledger.
    /// - Throws: `StoreError.invalidDecision` for an unknown or already decided candidate, or a
    ///   help candidate with no test; `StoreError.writeFailed` after rolling back.
    public func decide(_ id: String, accept: Bool, correction: CandidateCorrection = CandidateCorrection())
        async throws -> ReviewCandidate
    {
        try await write { sql in
            guard
                let row = try await sql.select().columns("*").from("candidates").where("id", .equal, id)
                    .first(decoding: CandidateRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            else { throw StoreError.invalidDecision("unknown candidate '\(id)'") }
            var candidate = correction.applied(to: try row.candidate())
            guard candidate.status == .candidate else {
                throw StoreError.invalidDecision("candidate '\(id)' was already \(candidate.status.rawValue)")
            }
            if accept {
                candidate.note = try await Self.apply(candidate, sql)
                candidate.status = .accepted
            } else {
                candidate.status = .rejected
                candidate.note = "rejected"
            }
            try await sql.delete(from: "candidates").where("id", .equal, id).run()
            try await sql.insert(into: "candidates")
                .model(
                    CandidateRow(candidate, decidedAt: Date().timeIntervalSince1970),
                    keyEncodingStrategy: .convertToSnakeCase, nilEncodingStrategy: .asNil
                ).run()
            return candidate
        }
    }

    private static func apply(_ candidate: ReviewCandidate, _ sql: any SQLDatabase) async throws -> String {
        try await ensureSource(for: candidate.documentID, sql)
        switch candidate.reading {
        case .support, .withdrawal, .defection:
            guard let testID = candidate.testID else {
                throw StoreError.invalidDecision(
                    "candidate '\(candidate.id)' is linked to no test: accept it with --test ID")
            }
            try await addResponse(candidate, to: testID, sql)
            return "response r-\(candidate.id) added to \(testID)"
        case .threat(let kind):
            if let testID = candidate.testID {
                return "article cited for \(testID)"
            }
            let test = AllianceTest(
                id: "t-\(candidate.id)", title: String(candidate.text.prefix(90)), client: candidate.target,
                adversary: candidate.source, threat: kind,
                started: candidate.date ?? PartialDate(Day(Date())), sources: [candidate.documentID])
            try await sql.insert(into: "tests")
                .model(
                    try TestRow(test, position: 0, origin: reviewOrigin), keyEncodingStrategy: .convertToSnakeCase,
                    nilEncodingStrategy: .asNil
                ).run()
            return "test \(test.id) created"
        case .outcome, .other:
            return "recorded; no change to verdicts"
        }
    }

    private static func addResponse(_ candidate: ReviewCandidate, to testID: String, _ sql: any SQLDatabase)
        async throws
    {
        let exists = try await sql.select().column("id").from("tests").where("id", .equal, testID).first()
        guard exists != nil else { throw StoreError.invalidDecision("unknown test '\(testID)'") }
        var level = LadderLevel.abstain
        var scale = Response.Scale.full
        var direction = Response.Direction.support
        switch candidate.reading {
        case .support(let value, let valueScale): (level, scale) = (value, valueScale)
        case .withdrawal: direction = .withdrawal
        case .defection: direction = .defection
        default: break
        }
        guard let date = candidate.date else {
            throw StoreError.invalidDecision("candidate '\(candidate.id)' has no date: accept it with --date")
        }
        let response = Response(
            id: "r-\(candidate.id)", patron: candidate.source, level: level, scale: scale, direction: direction,
            date: date, summary: candidate.text,
            evidence: [
                Evidence(sourceID: candidate.documentID, span: candidate.sentence.start..<candidate.sentence.end)
            ],
            confidence: candidate.contested ? 0.4 : 0.7, status: .accepted)
        try await sql.insert(into: "responses")
            .model(
                try ResponseRow(response, testID: testID, position: 1000, origin: reviewOrigin),
                keyEncodingStrategy: .convertToSnakeCase, nilEncodingStrategy: .asNil
            ).run()
    }

    /// Makes an ingested document citable as a source of the ledger.
    private static func ensureSource(for documentID: String, _ sql: any SQLDatabase) async throws {
        let cited = try await sql.select().column("id").from("sources").where("id", .equal, documentID).first()
        guard cited == nil else { return }
        guard
            let document = try await sql.select().columns("*").from("documents").where("id", .equal, documentID)
                .first(decoding: DocumentRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        else { throw StoreError.invalidDecision("unknown document '\(documentID)'") }
        let source = Source(
            id: documentID, kind: .article, publisher: document.publisher ?? "unknown publisher",
            title: document.title ?? document.name, date: document.published.flatMap(PartialDate.init(iso:)),
            url: document.url,
            authors: (try? JSONColumn.decode([String].self, from: document.authors, table: "documents", id: documentID))
                ?? [])
        try await sql.insert(into: "sources")
            .model(
                try SourceRow(source, origin: "ingest"), keyEncodingStrategy: .convertToSnakeCase,
                nilEncodingStrategy: .asNil
            )
            .run()
    }
}
