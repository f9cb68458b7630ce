import Testing

@testable import SteadfastCore

@Suite("Reliability scores")
struct ReliabilityScoreTests {
    private func verdict(_ kind: VerdictKind, confidence: Double? = nil, war: String? = nil) -> Verdict {
        let realized: LadderLevel = kind == .honored ? .combat : kind == .partial ? .deployment : .verbal
        return Verdict(
            testID: "t", patron: "PAT", expected: .combat, realized: realized, kind: kind,
            derivation: Derivation(
                expectingCommitment: "c", commitments: [],
                window: DayInterval(start: Day(ordinal: 0), end: Day(ordinal: 1)),
                decidingResponse: confidence == nil ? nil : "r", decidingConfidence: confidence, evidence: [],
                counted: [], redFlags: [], atWarElsewhere: war, steps: []))
    }

    @Test("honored counts 1, partial 0.5, abandoned 0, weighted by confidence; pending is not scored")
    func posterior() {
        let score = ReliabilityScore(
            patron: "PAT",
            verdicts: [verdict(.honored), verdict(.partial), verdict(.abandoned, confidence: 0.5), verdict(.pending)])
        #expect(score.posterior.alpha == 1 + 1 + 0.5)
        #expect(score.posterior.beta == 1 + 0.5 + 0.5)
        #expect((score.honored, score.partial, score.abandoned, score.pending) == (1, 1, 1, 1))
        #expect(abs(score.mean - 2.5 / 4.5) < 1e-12)
        #expect(abs(score.low - IncompleteBeta.inverse(0.05, a: 2.5, b: 2)) < 1e-12)
        #expect(score.meanFulfillment == (1 + 6.0 / 7 + 1.0 / 7) / 3)
    }

    @Test("the interval narrows as the record grows")
    func narrowing() {
        let short = ReliabilityScore(patron: "PAT", verdicts: [verdict(.honored), verdict(.abandoned)])
        let long = ReliabilityScore(
            patron: "PAT",
            verdicts: Array(repeating: [verdict(.honored), verdict(.abandoned)], count: 10).flatMap { $0 })
        #expect(long.high - long.low < short.high - short.low)
        #expect(abs(long.mean - 0.5) < 1e-12)
    }

    @Test("the at-war split gives a probability that reliability is lower at war")
    func split() throws {
        let verdicts = [
            verdict(.abandoned, war: "w"), verdict(.abandoned, war: "w"), verdict(.honored), verdict(.honored),
        ]
        let split = DistractionSplit(patron: "PAT", verdicts: verdicts)
        #expect(split.atWar.abandoned == 2)
        #expect(split.atPeace.honored == 2)
        let probability = try #require(split.probabilityLowerAtWar)
        #expect(
            abs(probability - BetaDistribution(alpha: 1, beta: 3).probabilityBelow(BetaDistribution(alpha: 3, beta: 1)))
                < 1e-12)
        #expect(probability > 0.9)
        #expect(DistractionSplit(patron: "PAT", verdicts: [verdict(.honored)]).probabilityLowerAtWar == nil)
    }
}
