import Foundation
import SteadfastCore

/// A loaded case base: the ledger it describes and a fingerprint of the files it came from.
public struct CaseBase: Sendable {
    /// The ledger.
    public var ledger: Ledger
    /// A fingerprint of the files' names and contents: changes whenever any file changes.
    public var fingerprint: String
    /// The files read, relative to the directory, in reading order.
    public var files: [String]
    /// Prompts to look again that do not stop loading: overlapping commitments, one-sided records,
    /// actors used outside their lifetimes.
    public var warnings: [Problem] = []

    /// Creates a case base from a ledger already in hand.
    ///
    /// - Parameters:
    ///   - ledger: the ledger.
    ///   - fingerprint: a fingerprint that changes whenever the ledger's source changes.
    ///   - files: the files it came from.
    public init(ledger: Ledger, fingerprint: String, files: [String]) {
        self.ledger = ledger
        self.fingerprint = fingerprint
        self.files = files
    }

    /// Loads every `.yaml` file under a directory into one ledger, all or nothing.
    ///
    /// - Parameters:
    ///   - directory: the case base directory.
    ///   - rules: the rules, for the response window the validator checks.
    ///   - asOf: today, which closes the window of ongoing tests.
    /// - Returns: the case base.
    /// - Throws: `CaseBaseError.invalid` with every problem found, or `.unreadable`.
    public static func load(directory: URL, rules: VerdictRules = .standard, asOf: Day) throws -> CaseBase {
        let files = try CaseBaseFiles.read(directory: directory)
        let log = Diagnostics()
        var fragment = Fragment()
        for file in files {
            let parser = CaseBaseParser(file: file.name, rules: rules, asOf: asOf, log: log)
            fragment.merge(parser.parse(file.text))
        }
        CrossReferences(fragment: fragment, log: log).check()
        guard log.problems.isEmpty else { throw CaseBaseError.invalid(log.problems.sorted()) }
        let ledger = Ledger(
            registry: ActorRegistry(actors: fragment.actors, places: fragment.places), sources: fragment.sources,
            commitments: fragment.commitments, tests: fragment.tests, wars: fragment.wars)
        var caseBase = CaseBase(ledger: ledger, fingerprint: CaseBaseFiles.fingerprint(files), files: files.map(\.name))
        caseBase.warnings = LedgerReview(ledger: ledger, fragment: fragment, rules: rules, asOf: asOf).warnings()
        return caseBase
    }

    /// The fingerprint of a case base directory's files, without parsing them.
    ///
    /// - Parameters:
    ///   - directory: the case base directory.
    /// - Returns: the fingerprint `load` would give.
    /// - Throws: `CaseBaseError.unreadable` when the directory cannot be read.
    public static func fingerprint(of directory: URL) throws -> String {
        CaseBaseFiles.fingerprint(try CaseBaseFiles.read(directory: directory))
    }

    /// Every problem in a case base directory, errors and warnings, sorted by file and line; no
    /// errors means it loads.
    ///
    /// - Parameters:
    ///   - directory: the case base directory.
    ///   - rules: the rules.
    ///   - asOf: today.
    /// - Returns: the problems.
    /// - Throws: `CaseBaseError.unreadable` when the directory cannot be read.
    public static func check(directory: URL, rules: VerdictRules = .standard, asOf: Day) throws -> [Problem] {
        do {
            return try load(directory: directory, rules: rules, asOf: asOf).warnings
        } catch CaseBaseError.invalid(let problems) {
            return problems
        }
    }

    /// The directory of the built-in case base shipped with the package.
    ///
    /// - Returns: its URL.
    /// - Throws: `CaseBaseError.missingResources` when the resources are not installed.
    public static func builtInDirectory() throws -> URL {
        guard let url = Bundle.module.url(forResource: "casebase", withExtension: nil) else {
            throw CaseBaseError.missingResources
        }
        return url
    }
}
