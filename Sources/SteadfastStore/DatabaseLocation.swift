import Foundation

/// Where the ledger lives: an embedded SQLite file (the default) or an in-memory database.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite database file, created on first use.
    case sqliteFile(String)
    /// A private in-memory SQLite database, gone when the store closes.
    case sqliteMemory

    /// Reads `--database` / `STEADFAST_DATABASE`: a file path, `sqlite:PATH`, or `:memory:`.
    ///
    /// - Parameters:
    ///   - text: the location as the user wrote it.
    /// - Returns: the location.
    /// - Throws: `StoreError.invalidLocation` for empty text or an unsupported scheme.
    public static func parse(_ text: String) throws -> DatabaseLocation {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == ":memory:" || trimmed == "sqlite::memory:" { return .sqliteMemory }
        if trimmed.hasPrefix("sqlite:") { return .sqliteFile(String(trimmed.dropFirst("sqlite:".count))) }
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            throw StoreError.invalidLocation(
                redacted(trimmed), reason: "PostgreSQL is not supported by this build yet; use an SQLite file path")
        }
        if trimmed.contains("://") {
            throw StoreError.invalidLocation(trimmed, reason: "unknown scheme (use a file path or :memory:)")
        }
        guard !trimmed.isEmpty else { throw StoreError.invalidLocation(text, reason: "empty path") }
        return .sqliteFile(trimmed)
    }

    /// The default database file: `$XDG_DATA_HOME/steadfast/steadfast.sqlite`, or
    /// `~/.local/share/steadfast/steadfast.sqlite` when XDG_DATA_HOME is unset.
    ///
    /// - Parameters:
    ///   - environment: the process environment.
    /// - Returns: the location.
    public static func standard(environment: [String: String]) -> DatabaseLocation {
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share"
        return .sqliteFile(dataHome + "/steadfast/steadfast.sqlite")
    }

    public var description: String {
        switch self {
        case .sqliteFile(let path): path
        case .sqliteMemory: ":memory:"
        }
    }

    private static func redacted(_ url: String) -> String {
        guard let at = url.firstIndex(of: "@"), let scheme = url.range(of: "://") else { return url }
        return String(url[..<scheme.upperBound]) + "…" + String(url[at...])
    }
}
