/// Derives every verdict from a ledger with one set of rules, the same for every patron.
public struct VerdictEngine: Sendable {
    /// The rules applied.
    public var rules: VerdictRules
    /// Today: decides which ongoing tests are still pending and closes their windows.
    public var asOf: Day

    /// Creates an engine.
    ///
    /// - Parameters:
    ///   - rules: the rules.
    ///   - asOf: today.
    public init(rules: VerdictRules = .standard, asOf: Day) {
        self.rules = rules
        self.asOf = asOf
    }

    /// Every verdict in the ledger, tests in start order, and the patrons whose commitments did
    /// not cover a test.
    ///
    /// - Parameters:
    ///   - ledger: the ledger.
    /// - Returns: the verdicts and the uncovered pairs.
    public func judge(_ ledger: Ledger) -> Judgement {
        var judgement = Judgement(verdicts: [], uncovered: [])
        for test in ledger.tests.sorted(by: { ($0.started, $0.id) < ($1.started, $1.id) }) {
            let result = judge(test, in: ledger)
            judgement.verdicts += result.verdicts
            judgement.uncovered += result.uncovered
            judgement.unrecorded += result.unrecorded
        }
        return judgement
    }

    /// The verdicts for one test: one for each patron with a commitment in force at its start that
    /// covers it.
    ///
    /// - Parameters:
    ///   - test: the test.
    ///   - ledger: the ledger holding the commitments and wars.
    /// - Returns: the verdicts and the uncovered pairs.
    public func judge(_ test: AllianceTest, in ledger: Ledger) -> Judgement {
        let start = test.started.earliest
        let inForce = ledger.commitments(to: test.client).filter { $0.isInForce(on: start) }
        var judgement = Judgement(verdicts: [], uncovered: [])
        for patron in Set(inForce.map(\.patron)).sorted() {
            let coverage = inForce.filter { $0.patron == patron }
                .map { rules.coverage(of: $0, for: test, in: ledger.registry) }
            guard let verdict = verdict(for: patron, in: test, coverage: coverage, ledger: ledger) else {
                judgement.uncovered.append(UncoveredTest(testID: test.id, patron: patron, commitments: coverage))
                continue
            }
            if !rules.judgeWithoutResponses && !test.responses.contains(where: { $0.patron == patron }) {
                judgement.unrecorded.append(
                    UnrecordedTest(
                        testID: test.id, patron: patron, expected: verdict.expected,
                        expectingCommitment: verdict.derivation.expectingCommitment))
                continue
            }
            judgement.verdicts.append(verdict)
        }
        return judgement
    }

    private func verdict(
        for patron: String, in test: AllianceTest, coverage: [CommitmentCoverage], ledger: Ledger
    ) -> Verdict? {
        guard let expecting = coverage.filter(\.covers).max(by: { $0.expected < $1.expected }) else { return nil }
        let window = rules.window(for: test, asOf: asOf)
        let realized = rules.realizedLevel(
            of: test.responses.filter { $0.patron == patron }, claims: test.claims, window: window)
        let kind = verdictKind(expected: expecting.expected, realized: realized.level, test: test)
        let war = ledger.warElsewhere(
            of: patron, on: test.started.earliest, awayFrom: test.client, scales: rules.distractingWars)
        let derivation = Derivation(
            expectingCommitment: expecting.commitmentID, commitments: coverage, window: window,
            decidingResponse: realized.decidingResponse?.id,
            decidingConfidence: realized.decidingResponse?.confidence,
            evidence: realized.decidingResponse?.evidence ?? [], counted: realized.counted,
            redFlags: realized.redFlags, atWarElsewhere: war?.id,
            steps: steps(expecting: expecting, realized: realized, kind: kind, window: window, war: war))
        return Verdict(
            testID: test.id, patron: patron, expected: expecting.expected, realized: realized.level, kind: kind,
            derivation: derivation)
    }

    /// Honored when realized ≥ expected; partial when realized ≥ max(floor, expected − margin);
    /// abandoned otherwise; pending while the test is ongoing and younger than the window.
    ///
    /// - Parameters:
    ///   - expected: the expected level.
    ///   - realized: the realized level.
    ///   - test: the test, for its age.
    /// - Returns: the verdict.
    public func verdictKind(expected: LadderLevel, realized: LadderLevel, test: AllianceTest) -> VerdictKind {
        if test.ended == nil && asOf.ordinal - test.started.earliest.ordinal < rules.windowDays {
            return .pending
        }
        if realized >= expected { return .honored }
        let partialThreshold = max(rules.partialFloor.rawValue, expected.rawValue - rules.partialMargin)
        return realized.rawValue >= partialThreshold ? .partial : .abandoned
    }

    private func steps(
        expecting: CommitmentCoverage, realized: RealizedLevel, kind: VerdictKind, window: DayInterval,
        war: WarPeriod?
    ) -> [String] {
        var lines = ["expected \(expecting.expected): \(expecting.commitmentID) (\(expecting.kind.rawValue))"]
        if let response = realized.decidingResponse {
            lines.append("realized \(realized.level): \(response.id) (\(response.date), window \(window))")
        } else {
            lines.append("realized \(realized.level): no accepted response in window \(window)")
        }
        lines += realized.redFlags.map { "red flag: \($0)" }
        if let war { lines.append("at war elsewhere: \(war.name) (\(war.id))") }
        lines.append("verdict: \(kind.rawValue)")
        return lines
    }
}

/// The verdicts of a ledger, and the patron–test pairs its commitments did not cover.
public struct Judgement: Sendable, Hashable {
    /// Every verdict.
    public var verdicts: [Verdict]
    /// Patrons with commitments in force that did not cover the test.
    public var uncovered: [UncoveredTest]
    /// Patrons with a covering commitment but no recorded response: research to do, not a verdict.
    public var unrecorded: [UnrecordedTest]

    /// Creates a judgement.
    ///
    /// - Parameters:
    ///   - verdicts: the verdicts.
    ///   - uncovered: the uncovered pairs.
    ///   - unrecorded: the pairs with no recorded response.
    public init(verdicts: [Verdict], uncovered: [UncoveredTest], unrecorded: [UnrecordedTest] = []) {
        self.verdicts = verdicts
        self.uncovered = uncovered
        self.unrecorded = unrecorded
    }

    /// The verdicts on one patron.
    ///
    /// - Parameters:
    ///   - patron: the patron.
    /// - Returns: its verdicts.
    public func verdicts(on patron: String) -> [Verdict] {
        verdicts.filter { $0.patron == patron }
    }
}
