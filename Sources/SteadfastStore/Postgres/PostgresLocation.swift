import Foundation

/// A PostgreSQL database: the server's URL and, optionally, the schema that holds the ledger's tables.
///
/// Written `postgres://user:password@host:port/database`, with `?tlsmode=disable|prefer|require` and
/// `?schema=NAME` (several ledgers in one database, one schema each; created on first use).
public struct PostgresLocation: Sendable, Hashable, CustomStringConvertible {
    /// The connection URL, as PostgresKit reads it.
    public var url: String
    /// The schema the tables live in; nil for the connecting user's search path (usually `public`).
    public var schema: String?

    /// Creates a location.
    ///
    /// - Parameters:
    ///   - url: the connection URL.
    ///   - schema: the schema the tables live in, or nil.
    public init(url: String, schema: String? = nil) {
        self.url = url
        self.schema = schema
    }

    /// Reads a `postgres://` or `postgresql://` URL, taking `schema` out of its query.
    ///
    /// - Parameters:
    ///   - text: the URL as the user wrote it.
    /// - Returns: the location.
    /// - Throws: `StoreError.invalidLocation` naming what is missing, with any password hidden.
    public static func parse(_ text: String) throws -> PostgresLocation {
        let shown = redacted(text)
        guard var components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme)
        else { throw StoreError.invalidLocation(shown, reason: "not a postgres:// URL") }
        guard let host = components.host, !host.isEmpty else {
            throw StoreError.invalidLocation(shown, reason: "no host (postgres://user@host:5432/database)")
        }
        guard let user = components.user, !user.isEmpty else {
            throw StoreError.invalidLocation(shown, reason: "no user name (postgres://user@host:5432/database)")
        }
        guard components.path.count > 1 else {
            throw StoreError.invalidLocation(shown, reason: "no database name (postgres://user@host:5432/database)")
        }
        let schema = components.queryItems?.last { $0.name == "schema" }?.value
        if let schema, !isIdentifier(schema) {
            throw StoreError.invalidLocation(
                shown, reason: "schema '\(schema)' is not a plain identifier (letters, digits, _; at most 63)")
        }
        components.queryItems = components.queryItems?.filter { $0.name != "schema" }
        if components.queryItems?.isEmpty == true { components.queryItems = nil }
        return PostgresLocation(url: components.string ?? text, schema: schema)
    }

    /// The URL with its password hidden, and the schema when there is one.
    public var description: String {
        Self.redacted(url) + (schema.map { " (schema \($0))" } ?? "")
    }

    /// A URL with its password replaced by `***`, safe to print.
    ///
    /// - Parameters:
    ///   - url: the URL.
    /// - Returns: the URL to show.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? "postgres://…"
    }

    private static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.utf8.count <= 63 else { return false }
        let letters = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
        let rest = letters.union(CharacterSet(charactersIn: "0123456789"))
        return letters.contains(first) && name.unicodeScalars.allSatisfy { rest.contains($0) }
    }
}
