import Foundation
import SteadfastCore

/// Reads article metadata from JSON-LD (`<script type="application/ld+json">`): the first
/// object typed as an article (`NewsArticle`, `Article`, `ReportageNewsArticle`,
/// `BlogPosting`...), at the top level, in an array or in an `@graph`.
enum LinkedDataMetadata {
    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "blogposting", "liveblogposting", "socialmediaposting", "report",
    ]

    /// Fills the empty fields of some metadata from a JSON-LD script; ignores anything it
    /// cannot read.
    ///
    /// - Parameters:
    ///   - script: the script's text.
    ///   - metadata: the metadata to fill.
    static func merge(_ script: String, into metadata: inout DocumentMetadata) {
        guard let json = try? JSONSerialization.jsonObject(with: Data(script.utf8)),
            let article = firstArticle(in: json, depth: 0)
        else { return }
        if metadata.title == nil { metadata.title = (article["headline"] ?? article["name"]).flatMap(text) }
        if metadata.published == nil {
            metadata.published = (article["datePublished"] ?? article["dateCreated"]).flatMap(text).flatMap(
                PublicationDate.parse)
        }
        if metadata.authors.isEmpty { metadata.authors = names(article["author"] ?? article["creator"]) }
        if metadata.publisher == nil { metadata.publisher = names(article["publisher"]).first }
        if metadata.url == nil { metadata.url = (article["url"] ?? article["mainEntityOfPage"]).flatMap(identifier) }
    }

    private static func firstArticle(in json: Any, depth: Int) -> [String: Any]? {
        guard depth < 6 else { return nil }
        if let array = json as? [Any] {
            for element in array {
                if let article = firstArticle(in: element, depth: depth + 1) { return article }
            }
            return nil
        }
        guard let object = json as? [String: Any] else { return nil }
        if isArticle(object["@type"]) { return object }
        return object["@graph"].flatMap { firstArticle(in: $0, depth: depth + 1) }
    }

    private static func isArticle(_ type: Any?) -> Bool {
        if let type = type as? String { return articleTypes.contains(type.lowercased()) }
        if let types = type as? [Any] { return types.contains { isArticle($0) } }
        return false
    }

    private static func text(_ value: Any) -> String? {
        guard let string = value as? String else { return nil }
        let collapsed = ScalarText.collapsed(HTMLEntities.decoded(Array(string.unicodeScalars)[...]).unicodeScalars)
        return collapsed.isEmpty ? nil : collapsed
    }

    private static func names(_ value: Any?) -> [String] {
        switch value {
        case let string as String: return text(string).map(AuthorList.names) ?? []
        case let object as [String: Any]: return object["name"].flatMap(text).map { [$0] } ?? []
        case let array as [Any]: return array.flatMap { names($0) }
        default: return []
        }
    }

    private static func identifier(_ value: Any) -> String? {
        if let string = value as? String { return string }
        return (value as? [String: Any])?["@id"] as? String
    }
}
