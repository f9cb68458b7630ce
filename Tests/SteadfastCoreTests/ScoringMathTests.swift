import Testing

@testable import SteadfastCore

/// Reference values from SciPy 1.17 (`scipy.special.betainc`, `betaincinv`, and `quad` for P(X < Y)).
@Suite("Scoring math")
struct ScoringMathTests {
    @Test(
        "regularized incomplete beta matches reference values to 1e-6",
        arguments: [
            (0.3, 2.0, 3.0, 0.34829999999999994),
            (0.5, 1.0, 1.0, 0.5),
            (0.1, 0.5, 0.5, 0.20483276469913345),
            (0.9, 10.0, 2.0, 0.6973568802000002),
            (0.25, 1.5, 7.25, 0.7699119374674305),
            (0.7, 30.0, 12.0, 0.4010477903496097),
            (0.999, 2.0, 50.0, 1.0),
            (0.02, 3.7, 1.2, 7.522973088282299e-07),
            (0.5, 200.0, 180.0, 0.15212954940791235),
        ])
    func regularized(x: Double, a: Double, b: Double, expected: Double) {
        #expect(abs(IncompleteBeta.regularized(x, a: a, b: b) - expected) < 1e-6)
    }

    @Test(
        "inverse incomplete beta matches reference quantiles to 1e-6",
        arguments: [
            (0.05, 1.0, 1.0, 0.05),
            (0.95, 1.0, 1.0, 0.95),
            (0.05, 3.5, 1.5, 0.34929278341332504),
            (0.95, 3.5, 1.5, 0.9539928110963083),
            (0.05, 9.0, 3.0, 0.5299132007208238),
            (0.5, 2.0, 5.0, 0.26444998329566005),
            (0.95, 40.5, 20.0, 0.7648856686636688),
            (0.05, 1.2, 8.9, 0.010298509893739387),
            (0.001, 2.0, 2.0, 0.01837025385881161),
        ])
    func inverse(p: Double, a: Double, b: Double, expected: Double) {
        #expect(abs(IncompleteBeta.inverse(p, a: a, b: b) - expected) < 1e-6)
    }

    @Test("the inverse undoes the function across shapes")
    func roundTrip() {
        for a in [0.7, 1.0, 2.5, 17.0] {
            for b in [0.9, 1.0, 4.0, 60.0] {
                for p in [0.01, 0.05, 0.5, 0.95, 0.99] {
                    let x = IncompleteBeta.inverse(p, a: a, b: b)
                    #expect(abs(IncompleteBeta.regularized(x, a: a, b: b) - p) < 1e-9)
                }
            }
        }
    }

    @Test("invalid arguments give NaN and the bounds give 0 and 1")
    func edges() {
        #expect(IncompleteBeta.regularized(0.5, a: 0, b: 1).isNaN)
        #expect(IncompleteBeta.inverse(1.5, a: 1, b: 1).isNaN)
        #expect(IncompleteBeta.regularized(0, a: 2, b: 3) == 0)
        #expect(IncompleteBeta.regularized(1, a: 2, b: 3) == 1)
    }

    @Test(
        "P(X < Y) for independent Betas matches numerical integration",
        arguments: [
            (2.0, 5.0, 6.0, 3.0, 0.9487179487179486),
            (1.0, 1.0, 1.0, 1.0, 0.5),
            (3.5, 2.5, 8.0, 1.5, 0.8834764051566939),
        ])
    func probabilityBelow(a1: Double, b1: Double, a2: Double, b2: Double, expected: Double) {
        let x = BetaDistribution(alpha: a1, beta: b1)
        let y = BetaDistribution(alpha: a2, beta: b2)
        #expect(abs(x.probabilityBelow(y) - expected) < 1e-6)
    }

    @Test("the 90% interval of Beta(1, 1) is 0.05 to 0.95")
    func uniformInterval() {
        let (low, high) = BetaDistribution(alpha: 1, beta: 1).credibleInterval(0.9)
        #expect(abs(low - 0.05) < 1e-12)
        #expect(abs(high - 0.95) < 1e-12)
    }
}
