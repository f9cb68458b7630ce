import Foundation

/// The stable paths of the pages and of the forms' targets. The server routes these paths; pages
/// link to each other only through them.
public enum SitePath {
    /// The leaderboard.
    public static let leaderboard = "/"
    /// The commitment network.
    public static let network = "/network"
    /// The review queue.
    public static let review = "/review"
    /// The ingest form, and the target it posts to (`POST /ingest`).
    public static let ingest = "/ingest"

    /// A patron's page: `/patrons/{code}`.
    ///
    /// - Parameters:
    ///   - code: the patron's code.
    /// - Returns: the path, the code percent-encoded.
    public static func patron(_ code: String) -> String {
        "/patrons/" + segment(code)
    }

    /// A test's page: `/tests/{id}`.
    ///
    /// - Parameters:
    ///   - id: the test's identifier.
    /// - Returns: the path, the identifier percent-encoded.
    public static func test(_ id: String) -> String {
        "/tests/" + segment(id)
    }

    /// A commitment's page: `/commitments/{id}`.
    ///
    /// - Parameters:
    ///   - id: the commitment's identifier.
    /// - Returns: the path, the identifier percent-encoded.
    public static func commitment(_ id: String) -> String {
        "/commitments/" + segment(id)
    }

    /// A source's page, with the stored article and the candidates read from it: `/sources/{id}`.
    ///
    /// - Parameters:
    ///   - id: the source's identifier.
    /// - Returns: the path, the identifier percent-encoded.
    public static func source(_ id: String) -> String {
        "/sources/" + segment(id)
    }

    /// The page of every change: `/changes`, optionally `?entity=KIND&id=ID` for one kind of thing or one thing.
    ///
    /// - Parameters:
    ///   - entity: the kind of thing changed, or nil for all.
    ///   - id: the thing's identifier, or nil for all.
    /// - Returns: the path with its query, percent-encoded.
    public static func changes(entity: String? = nil, id: String? = nil) -> String {
        let query = [("entity", entity), ("id", id)].compactMap { name, value in value.map { "\(name)=\(segment($0))" }
        }
        return query.isEmpty ? "/changes" : "/changes?" + query.joined(separator: "&")
    }

    /// Where a decision on a review candidate is posted: `POST /review/{id}`.
    ///
    /// - Parameters:
    ///   - id: the candidate's identifier.
    /// - Returns: the path, the identifier percent-encoded.
    public static func decision(_ id: String) -> String {
        "/review/" + segment(id)
    }

    private static let unreserved = CharacterSet(
        charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// Percent-encodes one path segment: everything but unreserved characters.
    ///
    /// - Parameters:
    ///   - value: the segment.
    /// - Returns: the encoded segment.
    static func segment(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// An external address that is safe to link to: `http` or `https` only, no spaces or control
    /// characters; nil otherwise (a `javascript:` or `data:` address is shown as text, never linked).
    ///
    /// - Parameters:
    ///   - url: the address from a source.
    /// - Returns: the address, or nil.
    public static func external(_ url: String) -> String? {
        let lowered = url.lowercased()
        guard lowered.hasPrefix("http://") || lowered.hasPrefix("https://") else { return nil }
        guard !url.unicodeScalars.contains(where: { $0.value <= 32 || $0.value == 127 }) else { return nil }
        return url
    }
}
