/// What a dictionary reader found wrong, file and line named.
///
/// The readers share one policy. Slips that the real dictionaries contain and whose intent is clear
/// (a seven-digit date, text after the codes, a pattern naming a synset nobody defined, which
/// PETRARCH also skips) are read the way PETRARCH reads them and reported as warnings; anything
/// else throws `TextError.badDictionary`.
struct PetrarchReport {
    /// The file's name.
    let file: String
    /// The warnings so far, in file order.
    private(set) var warnings: [TextError] = []

    /// Creates an empty report.
    ///
    /// - Parameters:
    ///   - file: the file's name.
    init(file: String) {
        self.file = file
    }

    /// Records a warning.
    ///
    /// - Parameters:
    ///   - line: the line.
    ///   - reason: what is wrong and what was done about it.
    mutating func warn(_ line: Int, _ reason: String) {
        warnings.append(.badDictionary(file, line: line, reason: reason))
    }

    /// The error for a line.
    ///
    /// - Parameters:
    ///   - line: the line.
    ///   - reason: what is wrong.
    /// - Returns: the error to throw.
    func error(_ line: Int, _ reason: String) -> TextError {
        .badDictionary(file, line: line, reason: reason)
    }
}
