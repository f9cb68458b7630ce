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
    /// with the article as its evidence (the sentence's offsets into the stored text); unlinked, it
    /// creates the test its sentence implies ("undermining the protests": mass protests) or the one
    /// `correction.threat` names, then adds the response. Accepting a threat linked to a test adds the
    /// article to the test's sources and sharpens the start of a test review created ("2026" becomes
    /// "2026-01-05"); one with no test creates a new test. Whenever a test is created, waiting
    /// candidates that bear on it are linked to it. Other events are recorded as accepted without
    /// changing the ledger.
    ///
    /// - Parameters:
    ///   - id: the candidate's identifier.
    ///   - accept: true to accept, false to reject.
    ///   - correction: changes to apply before accepting.
    ///   - linker: the rules and day for linking waiting candidates to a test this decision creates;
    ///     nil uses the standard rules and today.
    ///   - actor: who decides, for the audit trail (in the same transaction); nil records nothing. The
    ///     trail gets the candidate's decision, the test it created or changed (`test.create`,
    ///     `test.update`, before and after with its responses), and each waiting candidate it linked
    ///     (`candidate.link`).
    /// - Returns: the candidate as decided, with a note saying what changed in the ledger.
    /// - Throws: `StoreError.invalidDecision` for an unknown or already decided candidate, or help
    ///   with no test and no threat to create one; `StoreError.writeFailed` after rolling back.
    public func decide(
        _ id: String, accept: Bool, correction: CandidateCorrection = CandidateCorrection(),
        linker: CandidateLinker? = nil, actor: String? = nil
    ) async throws -> ReviewCandidate {
        let linker = linker ?? CandidateLinker(tests: [], rules: .standard, asOf: Day(Date()))
        return try await write { sql in
            guard
                let row = try await sql.select().columns("*").from("candidates").where("id", .equal, id)
                    .first(decoding: CandidateRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            else { throw StoreError.invalidDecision("unknown candidate '\(id)'") }
            let original = try row.candidate()
            var candidate = correction.applied(to: original)
            guard candidate.status == .candidate else {
                throw StoreError.invalidDecision("candidate '\(id)' was already \(candidate.status.rawValue)")
            }
            var changes: [AuditEntry] = []
            if accept {
                var before: AllianceTest?
                if actor != nil, let testID = candidate.testID { before = try await Self.storedTest(testID, sql) }
                let (note, created) = try await Self.apply(candidate, threat: correction.threat, sql)
                candidate.note = note
                candidate.status = .accepted
                if let created {
                    let linked = try await Self.link(waitingFor: created, linker: linker, excluding: id, sql)
                    if !linked.isEmpty {
                        let noun = linked.count == 1 ? "candidate" : "candidates"
                        candidate.note = note + "; \(linked.count) waiting \(noun) linked to \(created.id)"
                    }
                    if let actor {
                        changes += try linked.map { waiting in
                            var after = waiting
                            after.testID = created.id
                            return AuditEntry(
                                actor: actor, action: "candidate.link", entity: "candidate", entityID: waiting.id,
                                before: try AuditEntry.json(waiting), after: try AuditEntry.json(after))
                        }
                    }
                }
                if let actor, let testID = candidate.testID ?? created?.id,
                    let after = try await Self.storedTest(testID, sql), after != before
                {
                    changes.append(
                        AuditEntry(
                            actor: actor, action: before == nil ? "test.create" : "test.update", entity: "test",
                            entityID: testID, before: try before.map { try AuditEntry.json($0) },
                            after: try AuditEntry.json(after)))
                }
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
            if let actor {
                try await Self.record(
                    AuditEntry(
                        actor: actor, action: accept ? "candidate.accept" : "candidate.reject", entity: "candidate",
                        entityID: id, before: try AuditEntry.json(original), after: try AuditEntry.json(candidate)), sql
                )
                try await Self.record(changes, sql)
            }
            return candidate
        }
    }

    /// The test accepting an unlinked help candidate would create: the threat the analyst names, or
    /// the one its sentence implies, with the word that implies it.
    ///
    /// - Parameters:
    ///   - candidate: the candidate.
    ///   - threat: the threat an analyst named, if any.
    /// - Returns: the threat and why, or nil when the candidate is linked or nothing is implied.
    public static func proposedTest(for candidate: ReviewCandidate, threat: ThreatKind? = nil)
        -> (threat: ThreatKind, reason: String)?
    {
        switch candidate.reading {
        case .support, .withdrawal, .defection:
            guard candidate.testID == nil else { return nil }
            if let threat { return (threat, "named by the analyst") }
            return ImpliedThreat.threat(in: candidate.text).map { ($0.threat, "implied by '\($0.cue)'") }
        default:
            return nil
        }
    }

    private static func apply(_ candidate: ReviewCandidate, threat named: ThreatKind?, _ sql: any SQLDatabase)
        async throws -> (note: String, created: AllianceTest?)
    {
        try await ensureSource(for: candidate.documentID, sql)
        switch candidate.reading {
        case .support, .withdrawal, .defection:
            var created: AllianceTest?
            var notes: [String] = []
            if let (threat, reason) = proposedTest(for: candidate, threat: named) {
                let test = try newTest(for: candidate, client: candidate.target, adversary: nil, threat: threat)
                try await insert(test, sql)
                created = test
                notes.append("test \(test.id) created (\(threat.rawValue), \(reason))")
            }
            guard let testID = candidate.testID ?? created?.id else {
                throw StoreError.invalidDecision(
                    "candidate '\(candidate.id)' is linked to no test and implies no threat: "
                        + "accept it with --test ID or --threat KIND")
            }
            try await addResponse(candidate, to: testID, sql)
            notes.append("response r-\(candidate.id) added to \(testID)")
            return (notes.joined(separator: "; "), created)
        case .threat(let kind):
            if let testID = candidate.testID {
                let sharpened = try await sharpenStart(of: testID, with: candidate.date, sql)
                return ("article cited for \(testID)" + (sharpened.map { "; start sharpened to \($0)" } ?? ""), nil)
            }
            let adversary = candidate.source == candidate.target ? nil : candidate.source
            let test = try newTest(for: candidate, client: candidate.target, adversary: adversary, threat: kind)
            try await insert(test, sql)
            return ("test \(test.id) created", test)
        case .outcome, .other:
            return ("recorded; no change to verdicts", nil)
        }
    }

    private static func newTest(
        for candidate: ReviewCandidate, client: String, adversary: String?, threat: ThreatKind
    ) throws -> AllianceTest {
        guard let date = candidate.date else {
            throw StoreError.invalidDecision("candidate '\(candidate.id)' has no date: accept it with --date")
        }
        return AllianceTest(
            id: "t-\(candidate.id)", title: String(candidate.text.prefix(90)), client: client, adversary: adversary,
            threat: threat, started: date, sources: [candidate.documentID])
    }

    private static func insert(_ test: AllianceTest, _ sql: any SQLDatabase) async throws {
        try await sql.insert(into: "tests")
            .model(
                try TestRow(test, position: 0, origin: reviewOrigin), keyEncodingStrategy: .convertToSnakeCase,
                nilEncodingStrategy: .asNil
            ).run()
    }

    /// Links waiting candidates to a test just created, as ingesting would have had it existed:
    /// those linked to no test, and those linked to another test when the new one is closer (help
    /// in 2023 belongs to the 2023 attack, not to the 2020 one whose open window also holds it).
    private static func link(
        waitingFor test: AllianceTest, linker: CandidateLinker, excluding id: String, _ sql: any SQLDatabase
    ) async throws -> [ReviewCandidate] {
        var linker = linker
        linker.tests = try await sql.select().columns("*").from("tests")
            .all(decoding: TestRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            .map { try $0.test(responses: [], claims: []) }
        let rows = try await sql.select().columns("*").from("candidates").where("status", .equal, "candidate")
            .all(decoding: CandidateRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        var linked: [ReviewCandidate] = []
        for row in rows where row.id != id && row.testId != test.id {
            let candidate = try row.candidate()
            guard linker.test(for: candidate.reading, target: candidate.target, date: candidate.date) == test.id
            else { continue }
            linked.append(candidate)
        }
        for start in stride(from: 0, to: linked.count, by: BulkWrite.bindLimit - 1) {
            let part = linked[start..<min(start + BulkWrite.bindLimit - 1, linked.count)].map(\.id)
            try await sql.update("candidates").set("test_id", to: test.id).where("id", .in, part).run()
        }
        return linked
    }

    /// A test as stored, with its responses and claims; nil when there is no such test.
    static func storedTest(_ id: String, _ sql: any SQLDatabase) async throws -> AllianceTest? {
        guard
            let row = try await sql.select().columns("*").from("tests").where("id", .equal, id)
                .first(decoding: TestRow.self, keyDecodingStrategy: .convertFromSnakeCase)
        else { return nil }
        let responses = try await sql.select().columns("*").from("responses").where("test_id", .equal, id)
            .all(decoding: ResponseRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            .sorted { Ordinal($0.position, $0.id) < Ordinal($1.position, $1.id) }
        let claims = try await sql.select().columns("*").from("claims").where("test_id", .equal, id)
            .all(decoding: ClaimRow.self, keyDecodingStrategy: .convertFromSnakeCase)
            .sorted { Ordinal($0.position, $0.id) < Ordinal($1.position, $1.id) }
        return try row.test(
            responses: try responses.map { try $0.response() }, claims: try claims.map { try $0.claim() })
    }

    /// A test review created from a date the text gave loosely ("as 2026 has begun") takes a more
    /// precise date within it ("January 5, 2026") when a later mention gives one.
    private static func sharpenStart(of testID: String, with date: PartialDate?, _ sql: any SQLDatabase)
        async throws -> PartialDate?
    {
        guard let date,
            let row = try await sql.select().columns("*").from("tests").where("id", .equal, testID)
                .first(decoding: TestRow.self, keyDecodingStrategy: .convertFromSnakeCase),
            row.origin == reviewOrigin, let started = PartialDate(iso: row.started),
            date.precision.rawValue > started.precision.rawValue, started.interval.contains(date.earliest),
            started.interval.contains(date.latest)
        else { return nil }
        try await sql.update("tests").set("started", to: date.description).where("id", .equal, testID).run()
        return date
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
                EventCandidateBuilder.dataset(ofDocument: candidate.documentID) == nil
                    ? Evidence(sourceID: candidate.documentID, span: candidate.sentence.start..<candidate.sentence.end)
                    : Evidence(sourceID: candidate.documentID, note: candidate.text)
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
        if let dataset = EventCandidateBuilder.dataset(ofDocument: documentID) {
            let source = Source(
                id: documentID, kind: .dataset, publisher: dataset == "gdelt" ? "The GDELT Project" : "ICEWS",
                title: "\(dataset.uppercased()) event data", date: nil, url: nil, authors: [])
            try await sql.insert(into: "sources")
                .model(
                    try SourceRow(source, origin: "events"), keyEncodingStrategy: .convertToSnakeCase,
                    nilEncodingStrategy: .asNil
                )
                .run()
            return
        }
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
