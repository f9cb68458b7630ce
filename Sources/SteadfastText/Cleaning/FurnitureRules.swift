/// Recognizes page furniture by its wording.
enum FurnitureRules {
    /// Appeals longer than this many words are taken for article text.
    static let appealWordLimit = 60

    /// The furniture a block is, or nil for anything else. Labels are not looked for here
    /// (see `isLabel`): a short heading the markup marks is not furniture.
    ///
    /// - Parameters:
    ///   - block: the block.
    /// - Returns: the kind of furniture.
    static func furniture(_ block: BlockText) -> Furniture? {
        let label = block.label
        if isByline(block, label: label) { return .byline }
        if isReadTime(block) { return .readTime }
        if isCopyright(block) { return .copyright }
        if isCookieNotice(block) { return .cookieNotice }
        if isAppeal(block, label: label) { return .appeal }
        if TimestampRule.isTimestamp(block) { return .timestamp }
        return nil
    }

    /// Whether a block is a bare label: at most two words (or three in 20 characters), not a
    /// sentence.
    ///
    /// - Parameters:
    ///   - block: the block.
    /// - Returns: true for labels.
    static func isLabel(_ block: BlockText) -> Bool {
        guard !block.endsSentence else { return false }
        return block.wordCount <= 2 || (block.wordCount == 3 && block.text.count <= 20)
    }

    private static func isByline(_ block: BlockText, label: String) -> Bool {
        if ["author", "authors", "byline"].contains(label) { return true }
        if bylinePrefixes.starts(block.bytes) { return block.wordCount <= 40 }
        guard (2...14).contains(block.wordCount), block.firstWord == "by" else { return false }
        let words = block.words
        guard words[1].first?.isUppercase == true else { return false }
        return words.dropFirst().allSatisfy { word in
            guard let first = word.first else { return true }
            return first.isUppercase || first.isNumber || !first.isLetter
                || bylineConnectors.contains(BlockText.trimmed(word.lowercased(), dropping: [",", ";"]))
        }
    }

    private static func isReadTime(_ block: BlockText) -> Bool {
        guard block.wordCount <= 8, readTimePhrases.occurs(in: block.bytes) else { return false }
        return block.text.contains(where: \.isNumber) || block.lowercased.hasPrefix("reading time")
    }

    private static func isCopyright(_ block: BlockText) -> Bool {
        block.wordCount <= 30 && (copyrightPrefixes.starts(block.bytes) || rightsReserved.occurs(in: block.bytes))
    }

    private static func isCookieNotice(_ block: BlockText) -> Bool {
        block.wordCount <= appealWordLimit && cookie.occurs(in: block.bytes) && cookieContext.occurs(in: block.bytes)
    }

    private static func isAppeal(_ block: BlockText, label: String) -> Bool {
        if appealLabels.contains(label) { return true }
        if appealPrefixes.starts(block.bytes) { return block.wordCount <= 40 }
        return block.wordCount <= appealWordLimit && appealPhrases.occurs(in: block.bytes)
    }

    private static let copyrightPrefixes = PhraseMatcher(["\u{A9}", "copyright ", "(c) "])
    private static let rightsReserved = PhraseMatcher(["all rights reserved"])
    private static let cookie = PhraseMatcher(["cookie"])
    private static let cookieContext = PhraseMatcher([
        "we use", "uses cookies", "accept", "consent", "policy", "settings", "preferences",
    ])

    private static let bylinePrefixes = PhraseMatcher([
        "author:", "authors:", "written by ", "reporting by ", "additional reporting by ", "editing by ",
        "compiled by ", "words by ",
    ])

    private static let bylineConnectors: Set<String> = [
        "and", "in", "for", "of", "the", "de", "da", "del", "van", "von", "der", "al", "el", "bin", "ibn", "la",
        "le", "du", "with", "at",
    ]

    private static let readTimePhrases = PhraseMatcher([
        "min read", "mins read", "minute read", "minutes read", "min. read", "minute-read", "min listen",
        "minute listen", "minutes listen", "reading time", "read time",
    ])

    private static let appealLabels: Set<String> = [
        "share", "share this", "share this article", "share this story", "share article", "share on facebook",
        "share on twitter", "share on x", "share via email", "tweet", "email", "e-mail", "print", "copy link",
        "link copied", "facebook", "twitter", "x", "linkedin", "whatsapp", "telegram", "reddit", "bluesky",
        "save", "save article", "listen", "listen to this article", "follow", "follow us", "donate",
        "donate now", "subscribe", "subscribe now", "sign up", "sign in", "log in", "register", "see all",
        "see more", "show more", "load more", "view all", "category", "categories", "tags", "topics",
        "advertisement", "advertising", "sponsored", "sponsored content", "related", "related articles",
        "related stories", "related content", "read more", "more stories", "most read", "most popular",
        "recommended", "trending", "menu", "search", "home", "skip to content", "skip to main content",
        "back to top", "comments", "show comments", "open in app", "gift this article", "leave a comment",
        "newsletter", "newsletters",
    ]

    private static let appealPrefixes = PhraseMatcher([
        "related:", "read more:", "read more about", "read also:", "also read:", "see also:", "category:",
        "categories:", "tags:", "topics:", "filed under", "advertisement", "follow us", "share this",
        "sign up for", "sign up to", "subscribe to", "subscribe for", "support our", "support independent",
        "donate to", "more from", "more on this", "click here", "get the latest", "download the app",
        "listen to this", "contact the author", "this article was originally",
    ])

    private static let appealPhrases = PhraseMatcher([
        "support our journalism", "support independent journalism", "support our work", "please consider donating",
        "please donate", "make a donation", "donate today", "donate now", "become a member", "become a supporter",
        "your donation", "reader-supported", "reader supported", "sign up for our", "subscribe to our",
        "our newsletter", "unlock this article", "already a subscriber", "to continue reading",
        "subscribe for unlimited", "terms of service", "terms of use", "privacy policy",
    ])
}
