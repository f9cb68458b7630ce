import SQLKit
import SteadfastCore
import SteadfastText

extension SQLLedgerStore {
    /// Queues imported event data as candidate responses: during each test's window, event groups
    /// from a patron committed to the client toward the client (support codes) and toward the
    /// client's adversary (conflict codes) whose CAMEO code has a ladder reading
    /// (`CAMEO.reading(of:toward:)`, as for the article coder) enter the review queue with the
    /// dataset, row ids, counts and file as evidence. Running it again queues only new groups.
    ///
    /// - Parameters:
    ///   - ledger: the ledger (tests and commitments).
    ///   - rules: the rules, for the response window.
    ///   - asOf: today, which closes ongoing tests' windows.
    /// - Returns: how many groups were found and queued.
    /// - Throws: `StoreError.writeFailed` when the queue cannot be written.
    public func queueEventCandidates(ledger: Ledger, rules: VerdictRules, asOf: Day) async throws
        -> EventCandidateSummary
    {
        var summary = EventCandidateSummary()
        var candidates: [ReviewCandidate] = []
        let sql = try Self.sql(try database)
        for test in ledger.tests {
            let patrons = Set(ledger.commitments.filter { $0.client == test.client }.map(\.patron))
            guard !patrons.isEmpty else { continue }
            summary.tests += 1
            let window = rules.window(for: test, asOf: asOf)
            for patron in patrons.sorted() {
                var targets: [(String, CAMEO.Addressee)] = [(test.client, .client)]
                if let adversary = test.adversary { targets.append((adversary, .adversary)) }
                for (target, addressee) in targets {
                    let groups = try await Self.eventGroups(patron, target, window, sql)
                    summary.groups += groups.count
                    candidates += groups.compactMap {
                        EventCandidateBuilder.candidate($0, test: test, toward: addressee)
                    }
                }
            }
        }
        let found = candidates
        let queued = try await write { sql in
            var queued = 0
            for candidate in found {
                let exists = try await sql.select().column("id").from("candidates").where("id", .equal, candidate.id)
                    .first()
                guard exists == nil else { continue }
                try await sql.insert(into: "candidates")
                    .model(
                        CandidateRow(candidate), keyEncodingStrategy: .convertToSnakeCase, nilEncodingStrategy: .asNil
                    )
                    .run()
                queued += 1
            }
            return queued
        }
        summary.queued = queued
        summary.alreadyQueued = found.count - queued
        return summary
    }

    private static func eventGroups(_ source: String, _ target: String, _ window: DayInterval, _ sql: any SQLDatabase)
        async throws -> [EventGroupEvidence]
    {
        let query: SQLQueryString = """
            SELECT g.dataset, g.source, g.target, g.day, g.code, g.events, g.goldstein, g.sources, g.articles, \
            g.urls, g.row_ids, (SELECT f.path FROM event_rows r JOIN event_files f ON f.id = r.file_id \
            WHERE r.dataset = g.dataset AND r.source = g.source AND r.target = g.target AND r.day = g.day \
            AND r.code = g.code LIMIT 1) AS path \
            FROM event_groups g WHERE g.source = \(bind: source) AND g.target = \(bind: target) \
            AND g.day >= \(bind: window.start.description) AND g.day <= \(bind: window.end.description) \
            ORDER BY g.day, g.code
            """
        return try await sql.raw(query).all(
            decoding: EventGroupEvidence.self, keyDecodingStrategy: .convertFromSnakeCase)
    }
}
