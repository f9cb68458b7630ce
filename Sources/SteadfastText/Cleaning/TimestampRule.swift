import SteadfastCore

/// Recognizes a date or time standing alone on a line: "January 5, 2026", "Mon 5 Jan 2026
/// 14.02 GMT", "Updated 10:32 a.m. ET", "Published 3 hours ago", "2026-01-05".
enum TimestampRule {
    private static let wordLimit = 14

    private static let connectives: Set<String> = [
        "updated", "published", "posted", "last", "first", "on", "at", "ago", "hours", "hour", "hrs", "hr",
        "minutes", "minute", "mins", "min", "days", "day", "seconds", "yesterday", "today", "just", "now",
        "|", "-", "/", "\u{B7}", "\u{2022}", "\u{2014}", "\u{2013}",
    ]

    /// Whether a block is only a date or time.
    ///
    /// - Parameters:
    ///   - block: the block.
    /// - Returns: true for a lone timestamp.
    static func isTimestamp(_ block: BlockText) -> Bool {
        guard block.wordCount <= wordLimit, !block.endsSentence || block.lowercased.hasSuffix("m.") else {
            return false
        }
        let words = PublicationDate.words(block.text).map { BlockText.trimmed($0, dropping: [":", "(", ")"]) }
        var hasDate = false
        for word in words {
            if isNumeric(word) || PublicationDate.month(named: word[...]) != nil
                || PublicationDate.isTimeWord(word[...])
            {
                hasDate = hasDate || !PublicationDate.isTimeWord(word[...]) || word.contains(where: \.isNumber)
                continue
            }
            if ["yesterday", "today", "now"].contains(word) { hasDate = true }
            guard connectives.contains(word) || PublicationDate.isWeekday(word[...]) || word.isEmpty else {
                return false
            }
        }
        return hasDate
    }

    /// The date a timestamp line gives, when it gives a whole one.
    ///
    /// - Parameters:
    ///   - block: the timestamp block.
    /// - Returns: the date, or nil for relative times ("3 hours ago").
    static func date(in block: BlockText) -> PartialDate? {
        var words = block.words[...]
        while let first = words.first, connectives.contains(BlockText.trimmed(first.lowercased(), dropping: [":"])) {
            words = words.dropFirst()
        }
        return PublicationDate.parse(words.joined(separator: " "))
    }

    private static func isNumeric(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first, ("0"..."9").contains(first) else { return false }
        let rest = word.drop { $0.isNumber }
        return rest.isEmpty || ["st", "nd", "rd", "th"].contains(rest)
            || rest.allSatisfy { $0.isNumber || "-/.:tz+".contains($0) }
    }
}
