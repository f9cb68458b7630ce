import SteadfastCore

/// `steadfast patron CODE --events`: for each of the patron's tests, the monthly event profile
/// between the patron and the client (and the client's adversary) over the test's response window.
public struct PatronEventsDocument: Sendable, Codable {
    /// One test's profile.
    public struct Entry: Sendable, Codable {
        /// The test's identifier.
        public var test: String
        /// The client.
        public var client: String
        /// The client's adversary, if recorded.
        public var adversary: String?
        /// The window's first day.
        public var from: Day
        /// The window's last day.
        public var through: Day
        /// Patron ↔ client events by month, direction and root code.
        public var clientMonths: [EventMonth]
        /// Patron ↔ adversary events by month, direction and root code.
        public var adversaryMonths: [EventMonth]
    }

    /// The patron.
    public var patron: String
    /// Its tests, in time order.
    public var tests: [Entry]
}

extension SQLLedgerStore {
    /// The monthly event profile around each test of a patron.
    ///
    /// - Parameters:
    ///   - patron: the patron's code.
    ///   - tests: the tests to profile (the patron's, in the order to show).
    ///   - rules: the rules, for the response window.
    ///   - asOf: today, which closes ongoing tests' windows.
    /// - Returns: the document.
    /// - Throws: when the database cannot be read.
    public func patronEvents(_ patron: String, tests: [AllianceTest], rules: VerdictRules, asOf: Day) async throws
        -> PatronEventsDocument
    {
        var entries: [PatronEventsDocument.Entry] = []
        for test in tests {
            let window = rules.window(for: test, asOf: asOf)
            let client = try await eventMonths(
                between: patron, and: test.client, from: window.start, through: window.end)
            var adversary: [EventMonth] = []
            if let other = test.adversary {
                adversary = try await eventMonths(between: patron, and: other, from: window.start, through: window.end)
            }
            entries.append(
                PatronEventsDocument.Entry(
                    test: test.id, client: test.client, adversary: test.adversary, from: window.start,
                    through: window.end, clientMonths: client, adversaryMonths: adversary))
        }
        return PatronEventsDocument(patron: patron, tests: entries)
    }
}
