/// The kinds of page furniture the cleaner recognizes.
enum Furniture: String, Sendable, Hashable, CaseIterable {
    /// "By Jane Doe and John Roe", "Authors", "Reporting by ...".
    case byline
    /// "6 min read", "5-minute read", "Reading time: 4 minutes".
    case readTime
    /// Share, follow, subscribe, newsletter and donation appeals; "See all", "Read more",
    /// "Related:", "Advertisement", "Category".
    case appeal
    /// A cookie or privacy notice.
    case cookieNotice
    /// "© 2026 Example Media", "All rights reserved".
    case copyright
    /// A date or time alone on a line: "January 5, 2026", "Updated 10:32 GMT", "3 hours ago".
    case timestamp
    /// A very short line that is not a sentence: a section label such as "World".
    case label
}
