import SteadfastCaseBase
import SteadfastCore

/// The ledger's home: commitments, tests, responses, claims and sources, edited by people.
///
/// Callers see ledger values only; which database holds them is the implementation's business,
/// so that a new database is a new conformance, not a change of callers.
public protocol LedgerStore: Sendable {
    /// The whole ledger, assembled from the stored rows.
    ///
    /// - Returns: the ledger.
    /// - Throws: `StoreError` when the database cannot be read.
    func ledger() async throws -> Ledger

    /// Makes the stored case base match `caseBase`: nothing happens when its fingerprint is the one
    /// already loaded; otherwise every case base row is replaced in one transaction. Rows users
    /// added are never touched.
    ///
    /// - Parameters:
    ///   - caseBase: the case base to load.
    /// - Returns: what happened.
    /// - Throws: `StoreError.writeFailed` after rolling back; the previous data stay intact.
    func synchronize(with caseBase: CaseBase) async throws -> CaseBaseSync

    /// The fingerprint of the case base currently loaded, if any.
    ///
    /// - Returns: the fingerprint.
    /// - Throws: `StoreError` when the database cannot be read.
    func loadedFingerprint() async throws -> String?

    /// Closes the database; the store cannot be used afterwards.
    func close() async
}

/// What synchronizing the case base did.
public struct CaseBaseSync: Sendable, Hashable, Codable {
    /// True when the stored case base already matched and nothing was written.
    public var unchanged: Bool
    /// The fingerprint now loaded.
    public var fingerprint: String
    /// Rows written, by table.
    public var written: [String: Int]

    /// Creates a sync report.
    ///
    /// - Parameters:
    ///   - unchanged: whether nothing was written.
    ///   - fingerprint: the fingerprint now loaded.
    ///   - written: rows written by table.
    public init(unchanged: Bool, fingerprint: String, written: [String: Int]) {
        self.unchanged = unchanged
        self.fingerprint = fingerprint
        self.written = written
    }
}
