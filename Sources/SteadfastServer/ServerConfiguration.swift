import SteadfastCore

/// How the server runs: filled from flags and environment by `steadfast serve`, directly by tests.
public struct ServerConfiguration: Sendable {
    /// Who may read the ledger.
    public enum ReadAccess: String, Sendable, CaseIterable {
        /// Anyone who can reach the server reads (the default: the ledger is public evidence).
        case open
        /// Reads need a token with at least the viewer role.
        case token
    }

    /// The address to listen on.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// The largest request body accepted, in bytes; larger ones get 413.
    public var maxBodyBytes: Int
    /// Who may read.
    public var readAccess: ReadAccess

    /// Creates a configuration.
    ///
    /// - Parameters:
    ///   - host: the address to listen on.
    ///   - port: the port; 0 picks a free one.
    ///   - maxBodyBytes: the largest request body accepted.
    ///   - readAccess: who may read.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, maxBodyBytes: Int = 1 << 20, readAccess: ReadAccess = .open
    ) {
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.readAccess = readAccess
    }

    /// Reads a size such as `1mb`, `512kb`, `2048` (bytes).
    ///
    /// - Parameters:
    ///   - text: the size as the user wrote it.
    /// - Returns: the size in bytes, or nil when it is not a size.
    public static func bytes(_ text: String) -> Int? {
        let lowered = text.lowercased().trimmingCharacters(in: .whitespaces)
        let units: [(String, Int)] = [("gb", 1 << 30), ("mb", 1 << 20), ("kb", 1 << 10), ("b", 1)]
        for (suffix, factor) in units where lowered.hasSuffix(suffix) {
            guard let number = Int(lowered.dropLast(suffix.count)), number > 0 else { return nil }
            return number * factor
        }
        guard let number = Int(lowered), number > 0 else { return nil }
        return number
    }
}
