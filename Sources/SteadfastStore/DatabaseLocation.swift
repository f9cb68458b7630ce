import Foundation

/// Where the ledger lives: an embedded SQLite file (the default), an in-memory database, or a
/// PostgreSQL server a team shares.
public enum DatabaseLocation: Sendable, Hashable, CustomStringConvertible {
    /// An SQLite database file, created on first use.
    case sqliteFile(String)
    /// A private in-memory SQLite database, gone when the store closes.
    case sqliteMemory
    /// A PostgreSQL database (and schema), whose tables are created on first use.
    case postgres(PostgresLocation)

    /// Reads `--database` / `STEADFAST_DATABASE`: a file path, `sqlite:PATH`, `:memory:`, or
    /// `postgres://user:password@host:port/database` (with `?schema=NAME`, `?tlsmode=disable`).
    ///
    /// - Parameters:
    ///   - text: the location as the user wrote it.
    /// - Returns: the location.
    /// - Throws: `StoreError.invalidLocation` for empty text, an unsupported scheme or an incomplete URL.
    public static func parse(_ text: String) throws -> DatabaseLocation {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == ":memory:" || trimmed == "sqlite::memory:" { return .sqliteMemory }
        if trimmed.hasPrefix("sqlite:") { return .sqliteFile(String(trimmed.dropFirst("sqlite:".count))) }
        if trimmed.hasPrefix("postgres://") || trimmed.hasPrefix("postgresql://") {
            return .postgres(try PostgresLocation.parse(trimmed))
        }
        if trimmed.contains("://") {
            throw StoreError.invalidLocation(
                PostgresLocation.redacted(trimmed), reason: "unknown scheme (use a file path, :memory: or postgres://)")
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
        case .postgres(let postgres): postgres.description
        }
    }
}
