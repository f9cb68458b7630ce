import Crypto
import Foundation
import SteadfastStore

/// Makes bearer tokens and their hashes: 32 random bytes from the system's secure generator, written
/// `sf_` and URL-safe base64; only the SHA-256 hash is ever stored.
public enum TokenIssuer {
    /// A new token.
    ///
    /// - Returns: the token, to show once.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let base64 = Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
        return "sf_" + base64
    }

    /// The hash stored for a token.
    ///
    /// - Parameters:
    ///   - token: the token.
    /// - Returns: its SHA-256, 64 lower-case hexadecimal digits.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Creates a token: stores its hash under a name and returns the token itself, once.
    ///
    /// - Parameters:
    ///   - name: the token's name (letters, digits, `-`, `_`, `.`, `@`; at most 64).
    ///   - role: its role.
    ///   - store: the store.
    ///   - actor: who creates it, for the audit trail.
    /// - Returns: the account and the token.
    /// - Throws: `APIError` for a bad name; `StoreError.invalidDecision` when the name is taken.
    public static func create(name: String, role: Account.Role, in store: SQLLedgerStore, actor: String)
        async throws -> (account: Account, token: String)
    {
        try validate(name: name)
        let token = newToken()
        let account = try await store.createToken(name: name, role: role, hash: hash(token), actor: actor)
        return (account, token)
    }

    /// Checks a token name.
    ///
    /// - Parameters:
    ///   - name: the name.
    /// - Throws: `APIError` (400, field `name`) when it is empty, too long or has other characters.
    public static func validate(name: String) throws {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_.@"))
        guard !name.isEmpty, name.count <= 64, name.unicodeScalars.allSatisfy({ allowed.contains($0) && $0.isASCII })
        else {
            throw APIError.invalidField("name", "a token name is 1-64 letters, digits, '-', '_', '.' or '@'")
        }
    }
}
