/// Splits a list of author names as bylines and headers write it: "Jane Doe, John Roe and
/// Ann Poe", "Jane Doe; John Roe", "Jane Doe & John Roe".
enum AuthorList {
    /// The names in a list.
    ///
    /// - Parameters:
    ///   - list: the list as written.
    /// - Returns: the names, trimmed, in order.
    static func names(_ list: String) -> [String] {
        var names: [String] = []
        for part in list.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "&" || $0 == "|" }) {
            let words = part.split(separator: " ", omittingEmptySubsequences: true)
            var current: [Substring] = []
            for word in words {
                if word.lowercased() == "and" {
                    if !current.isEmpty { names.append(current.joined(separator: " ")) }
                    current = []
                } else {
                    current.append(word)
                }
            }
            if !current.isEmpty { names.append(current.joined(separator: " ")) }
        }
        return names
    }
}
