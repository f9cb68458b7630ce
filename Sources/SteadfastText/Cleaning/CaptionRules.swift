/// Recognizes image captions and photo credits by their wording.
enum CaptionRules {
    /// Longer blocks are taken for article text even when they mention a photo agency.
    static let wordLimit = 80

    /// Whether a block is a caption: it ends with a credit in parentheses ("(Photo by Jane
    /// Doe/Getty Images)", "(Reuters)", "(AP Photo/John Roe)"), starts with "Photo:" or the
    /// like, or names a credit ("Getty Images", "AFP via Getty", "Credit:", "Jane Doe/Reuters").
    ///
    /// - Parameters:
    ///   - block: the block.
    /// - Returns: true for captions.
    static func isCaption(_ block: BlockText) -> Bool {
        guard block.wordCount <= wordLimit else { return false }
        if prefixes.starts(block.bytes) || phrases.occurs(in: block.bytes) { return true }
        return endsWithCredit(block.lowercased)
    }

    private static func endsWithCredit(_ text: String) -> Bool {
        if text.utf8.contains(UInt8(ascii: "/")), agencySuffixes.contains(where: { text.hasSuffix($0) }) { return true }
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return false }
        let credit = text[text.index(after: open)..<text.index(before: text.endIndex)]
        if credit.contains("photo") || credit.contains("image") || credit.contains("/") { return true }
        return creditSources.contains { credit == $0 || credit.hasPrefix($0 + " ") }
    }

    private static let prefixes = PhraseMatcher([
        "photo:", "photos:", "photograph:", "photo by ", "photo credit", "image:", "image credit", "picture:",
        "pictured:", "credit:", "file photo", "illustration:",
    ])

    private static let phrases = PhraseMatcher([
        "getty images", "afp via getty", "credit:", "photograph:", "photo: ", " photo/", "photo by ",
        "/ap photo", "ap photo/", "via reuters",
    ])

    private static let agencySuffixes = [
        "/reuters", "/ap", "/afp", "/epa", "/getty", "/anadolu", "/tass", "/sputnik", "/xinhua", "/ria novosti",
        "/bloomberg", "/efe", "/dpa", "/shutterstock",
    ]

    private static let creditSources = [
        "reuters", "ap", "afp", "epa", "epa-efe", "getty", "file", "credit", "courtesy", "anadolu", "tass",
        "sputnik", "xinhua", "ria novosti", "pool", "efe", "dpa", "handout", "screenshot", "shutterstock",
    ]
}
