/// A span of a document's stored text, in Unicode scalar offsets (what Python's `str` indexes),
/// half open: `start..<end`.
public struct TextSpan: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The first scalar.
    public var start: Int
    /// One past the last scalar.
    public var end: Int

    /// Creates a span.
    ///
    /// - Parameters:
    ///   - start: the first scalar offset.
    ///   - end: one past the last.
    public init(start: Int, end: Int) {
        self.start = start
        self.end = end
    }

    /// The number of scalars.
    public var length: Int { end - start }

    /// Whether another span lies inside this one.
    ///
    /// - Parameters:
    ///   - other: the other span.
    /// - Returns: true when `other` is within `self`.
    public func contains(_ other: TextSpan) -> Bool {
        start <= other.start && other.end <= end
    }

    /// `start..<end`.
    public var description: String { "\(start)..<\(end)" }

    public static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}
