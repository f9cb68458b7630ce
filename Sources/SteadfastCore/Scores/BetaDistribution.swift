import Foundation

/// A Beta(α, β) distribution: the posterior of a patron's reliability.
public struct BetaDistribution: Sendable, Hashable, Codable {
    /// α, the weight of kept promises plus one.
    public let alpha: Double
    /// β, the weight of broken promises plus one.
    public let beta: Double

    /// Creates a Beta distribution.
    ///
    /// - Parameters:
    ///   - alpha: α > 0.
    ///   - beta: β > 0.
    public init(alpha: Double, beta: Double) {
        self.alpha = alpha
        self.beta = beta
    }

    /// The mean, α / (α + β).
    public var mean: Double { alpha / (alpha + beta) }

    /// The p-quantile.
    ///
    /// - Parameters:
    ///   - p: the probability.
    /// - Returns: x with P(X ≤ x) = p.
    public func quantile(_ p: Double) -> Double {
        IncompleteBeta.inverse(p, a: alpha, b: beta)
    }

    /// The cumulative distribution at x.
    ///
    /// - Parameters:
    ///   - x: the point.
    /// - Returns: P(X ≤ x).
    public func cdf(_ x: Double) -> Double {
        IncompleteBeta.regularized(x, a: alpha, b: beta)
    }

    /// The density at x.
    ///
    /// - Parameters:
    ///   - x: the point, in (0, 1).
    /// - Returns: the density.
    public func density(_ x: Double) -> Double {
        let logNorm = lgamma(alpha + beta) - lgamma(alpha) - lgamma(beta)
        if x <= 0 { return x == 0 && alpha == 1 ? exp(logNorm) : (x == 0 && alpha < 1 ? .infinity : 0) }
        if x >= 1 { return x == 1 && beta == 1 ? exp(logNorm) : (x == 1 && beta < 1 ? .infinity : 0) }
        return exp(logNorm + (alpha - 1) * log(x) + (beta - 1) * log1p(-x))
    }

    /// The equal-tailed credible interval holding `mass` of the probability.
    ///
    /// - Parameters:
    ///   - mass: the probability inside, 0.9 for a 90% interval.
    /// - Returns: the lower and upper bounds.
    public func credibleInterval(_ mass: Double = 0.9) -> (low: Double, high: Double) {
        let tail = (1 - mass) / 2
        return (quantile(tail), quantile(1 - tail))
    }

    /// P(X < Y) for X from this distribution and an independent Y from `other`.
    ///
    /// Computed as ∫ f_X(x) (1 − F_Y(x)) dx by composite Simpson's rule on 2,000 intervals, which
    /// is accurate to better than 1e-6 for α, β ≥ 1 (every posterior here has them).
    ///
    /// - Parameters:
    ///   - other: Y's distribution.
    /// - Returns: the probability.
    public func probabilityBelow(_ other: BetaDistribution) -> Double {
        let intervals = 2000
        let step = 1.0 / Double(intervals)
        var sum = 0.0
        for index in 0...intervals {
            let x = Double(index) * step
            let weight: Double = index == 0 || index == intervals ? 1 : (index % 2 == 1 ? 4 : 2)
            sum += weight * density(x) * (1 - other.cdf(x))
        }
        return min(1, max(0, sum * step / 3))
    }
}
