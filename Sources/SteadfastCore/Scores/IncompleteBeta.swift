import Foundation

/// The regularized incomplete beta function and its inverse, for Beta credible intervals.
public enum IncompleteBeta {
    /// I_x(a, b): the probability that a Beta(a, b) variable is at most `x`.
    ///
    /// Evaluated by the continued fraction of the incomplete beta (modified Lentz's method), on the
    /// side of the symmetry relation I_x(a, b) = 1 − I_{1−x}(b, a) where it converges fast.
    ///
    /// - Parameters:
    ///   - x: the point, in [0, 1].
    ///   - a: the first shape parameter, > 0.
    ///   - b: the second shape parameter, > 0.
    /// - Returns: I_x(a, b) in [0, 1]; NaN for invalid arguments.
    public static func regularized(_ x: Double, a: Double, b: Double) -> Double {
        guard a > 0, b > 0, x.isFinite else { return .nan }
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(a + b) - lgamma(a) - lgamma(b) + a * log(x) + b * log1p(-x)
        if x < (a + 1) / (a + b + 2) {
            return exp(logFront) * continuedFraction(x, a: a, b: b) / a
        }
        return 1 - exp(logFront) * continuedFraction(1 - x, a: b, b: a) / b
    }

    /// The x at which I_x(a, b) = p: the p-quantile of Beta(a, b).
    ///
    /// Newton steps on I_x, kept inside a shrinking bracket and replaced by bisection whenever a
    /// step would leave it, until the bracket or the step is below 1e-15.
    ///
    /// - Parameters:
    ///   - p: the probability, in [0, 1].
    ///   - a: the first shape parameter, > 0.
    ///   - b: the second shape parameter, > 0.
    /// - Returns: the quantile in [0, 1]; NaN for invalid arguments.
    public static func inverse(_ p: Double, a: Double, b: Double) -> Double {
        guard a > 0, b > 0, (0...1).contains(p) else { return .nan }
        if p == 0 { return 0 }
        if p == 1 { return 1 }
        var low = 0.0
        var high = 1.0
        var x = min(max(a / (a + b), 1e-8), 1 - 1e-8)
        let logNorm = lgamma(a + b) - lgamma(a) - lgamma(b)
        for _ in 0..<200 {
            let error = regularized(x, a: a, b: b) - p
            if error == 0 { return x }
            if error > 0 { high = x } else { low = x }
            let density = exp(logNorm + (a - 1) * log(x) + (b - 1) * log1p(-x))
            var next = x - error / density
            if !next.isFinite || next <= low || next >= high {
                next = (low + high) / 2
            }
            if abs(next - x) < 1e-15 || high - low < 1e-15 { return next }
            x = next
        }
        return x
    }

    private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        d = abs(d) < tiny ? tiny : d
        d = 1 / d
        var result = d
        for m in 1...10_000 {
            let m = Double(m)
            let even = m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m))
            d = 1 + even * d
            d = abs(d) < tiny ? tiny : d
            c = 1 + even / c
            c = abs(c) < tiny ? tiny : c
            d = 1 / d
            result *= d * c
            let odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1))
            d = 1 + odd * d
            d = abs(d) < tiny ? tiny : d
            c = 1 + odd / c
            c = abs(c) < tiny ? tiny : c
            d = 1 / d
            let delta = d * c
            result *= delta
            if abs(delta - 1) < 1e-16 { break }
        }
        return result
    }
}
