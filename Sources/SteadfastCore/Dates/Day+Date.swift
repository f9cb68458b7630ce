import Foundation

extension Day {
    /// The UTC calendar day of a moment.
    ///
    /// - Parameters:
    ///   - date: the moment.
    public init(_ date: Date) {
        self.init(ordinal: Int((date.timeIntervalSince1970 / 86_400).rounded(.down)))
    }
}
