import SteadfastCore
import SteadfastText

/// Links coded events to the ledger's tests: help, withdrawal and defection to a test of the
/// same client whose response window holds the event's date; a threat to a test of the same
/// client that began within the window of the event's date.
public struct CandidateLinker: Sendable {
    /// The ledger's tests.
    public var tests: [AllianceTest]
    /// The rules, for the response window.
    public var rules: VerdictRules
    /// Today, which closes ongoing tests' windows.
    public var asOf: Day

    /// Creates a linker.
    ///
    /// - Parameters:
    ///   - tests: the ledger's tests.
    ///   - rules: the rules.
    ///   - asOf: today.
    public init(tests: [AllianceTest], rules: VerdictRules, asOf: Day) {
        self.tests = tests
        self.rules = rules
        self.asOf = asOf
    }

    /// The test an event bears on, if any.
    ///
    /// - Parameters:
    ///   - event: the event.
    /// - Returns: the test's identifier.
    public func test(for event: CodedEvent) -> String? {
        test(for: event.reading, target: event.target, date: event.date)
    }

    /// The test an event with this reading, target and date bears on, if any.
    ///
    /// - Parameters:
    ///   - reading: what the event means.
    ///   - target: who it helps or threatens.
    ///   - date: when it happened.
    /// - Returns: the test's identifier.
    public func test(for reading: EventReading, target: String, date: PartialDate?) -> String? {
        guard let date else { return nil }
        switch reading {
        case .support, .withdrawal, .defection:
            let candidates = tests.filter {
                $0.client == target && rules.window(for: $0, asOf: asOf).overlaps(date.interval)
            }
            return closest(candidates, to: date)?.id
        case .threat:
            let candidates = tests.filter { test in
                test.client == target
                    && DayInterval(
                        start: test.started.earliest.adding(days: -rules.windowDays),
                        end: test.started.latest.adding(days: rules.windowDays)
                    ).overlaps(date.interval)
            }
            return closest(candidates, to: date)?.id
        case .outcome, .other:
            return nil
        }
    }

    private func closest(_ tests: [AllianceTest], to date: PartialDate) -> AllianceTest? {
        tests.min {
            abs($0.started.earliest.ordinal - date.earliest.ordinal)
                < abs($1.started.earliest.ordinal - date.earliest.ordinal)
        }
    }
}
