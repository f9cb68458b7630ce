import FluentKit
import Foundation
import SQLKit
import SteadfastCaseBase
import SteadfastCore

extension SQLLedgerStore {
    /// Ledger tables in the order rows are deleted (children first).
    static let caseBaseTables = ["claims", "responses", "tests", "commitments", "wars", "sources", "places", "actors"]

    public func synchronize(with caseBase: CaseBase) async throws -> CaseBaseSync {
        if try await loadedFingerprint() == caseBase.fingerprint {
            return CaseBaseSync(unchanged: true, fingerprint: caseBase.fingerprint, written: [:])
        }
        let rows = try CaseBaseRows(caseBase.ledger, origin: Self.caseBaseOrigin)
        let state = CaseBaseStateRow(
            name: "builtin", fingerprint: caseBase.fingerprint, loadedAt: Date().timeIntervalSince1970,
            files: caseBase.files.count)
        try await write { sql in
            for table in Self.caseBaseTables {
                try await sql.delete(from: table).where("origin", .equal, Self.caseBaseOrigin).run()
            }
            try await rows.insert(into: sql)
            try await sql.delete(from: "case_base_state").where("name", .equal, "builtin").run()
            try await sql.insert(into: "case_base_state").model(state, keyEncodingStrategy: .convertToSnakeCase).run()
        }
        return CaseBaseSync(unchanged: false, fingerprint: caseBase.fingerprint, written: rows.counts)
    }
}

/// A ledger flattened into table rows, ready to insert with a few multi-row statements.
struct CaseBaseRows {
    var actors: [ActorRow] = []
    var places: [PlaceRow] = []
    var sources: [SourceRow] = []
    var commitments: [CommitmentRow] = []
    var tests: [TestRow] = []
    var responses: [ResponseRow] = []
    var claims: [ClaimRow] = []
    var wars: [WarRow] = []

    init(_ ledger: Ledger, origin: String) throws {
        actors = try ledger.registry.actors.values.sorted { $0.code < $1.code }.map { try ActorRow($0, origin: origin) }
        places = ledger.registry.places.values.sorted { $0.name < $1.name }
            .map { PlaceRow(name: $0.name, within: $0.within, origin: origin) }
        sources = try ledger.sources.values.sorted { $0.id < $1.id }.map { try SourceRow($0, origin: origin) }
        commitments = try ledger.commitments.enumerated().map {
            try CommitmentRow($1, position: $0, origin: origin)
        }
        for (position, test) in ledger.tests.enumerated() {
            tests.append(try TestRow(test, position: position, origin: origin))
            responses += try test.responses.enumerated().map {
                try ResponseRow($1, testID: test.id, position: $0, origin: origin)
            }
            claims += try test.claims.enumerated().map {
                try ClaimRow($1, testID: test.id, position: $0, origin: origin)
            }
        }
        wars = try ledger.wars.enumerated().map { try WarRow($1, position: $0, origin: origin) }
    }

    var counts: [String: Int] {
        [
            "actors": actors.count, "places": places.count, "sources": sources.count,
            "commitments": commitments.count, "tests": tests.count, "responses": responses.count,
            "claims": claims.count, "wars": wars.count,
        ]
    }

    func insert(into sql: any SQLDatabase) async throws {
        try await BulkWrite.insert(actors, into: "actors", sql)
        try await BulkWrite.insert(places, into: "places", sql)
        try await BulkWrite.insert(sources, into: "sources", sql)
        try await BulkWrite.insert(commitments, into: "commitments", sql)
        try await BulkWrite.insert(tests, into: "tests", sql)
        try await BulkWrite.insert(responses, into: "responses", sql)
        try await BulkWrite.insert(claims, into: "claims", sql)
        try await BulkWrite.insert(wars, into: "wars", sql)
    }
}
