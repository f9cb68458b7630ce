/// A whole number in a COW file: `220`, or `220.0` as the dyad-year file writes its codes.
enum COWNumber {
    /// Reads a field's text as a whole number within a range.
    ///
    /// - Parameters:
    ///   - text: the field, spaces trimmed.
    ///   - allowed: the values that make sense for the column.
    /// - Returns: the number, or what is wrong with the text.
    static func read(_ text: String, allowed: ClosedRange<Int>) -> Result<Int, COWNumber.Problem> {
        let parts = text.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let whole = parts.first.flatMap({ Int($0) }),
            parts.count == 1 || parts[1].allSatisfy({ $0 == "0" }) && !parts[1].isEmpty
        else { return .failure(Problem(text.isEmpty ? "missing value" : "'\(text)' is not a whole number")) }
        guard allowed.contains(whole) else {
            return .failure(Problem("'\(text)' is outside \(allowed.lowerBound)...\(allowed.upperBound)"))
        }
        return .success(whole)
    }

    /// What is wrong with a field, in words.
    struct Problem: Error {
        var message: String

        init(_ message: String) {
            self.message = message
        }
    }
}
