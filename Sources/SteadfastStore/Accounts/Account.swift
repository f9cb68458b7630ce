import Foundation

/// Someone the server knows by a bearer token: a name, a role, and whether the token still works.
public struct Account: Sendable, Hashable, Codable {
    /// What an account may do; each role may do everything the roles below it may.
    public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
        /// Reads the ledger.
        case viewer
        /// Ingests articles and decides review candidates.
        case analyst
        /// Edits the case base and manages tokens.
        case admin

        private var rank: Int {
            switch self {
            case .viewer: 0
            case .analyst: 1
            case .admin: 2
            }
        }

        public static func < (lhs: Role, rhs: Role) -> Bool {
            lhs.rank < rhs.rank
        }
    }

    /// The token's name, shown in the audit trail.
    public var name: String
    /// The role.
    public var role: Role
    /// When the token was created.
    public var createdAt: Date
    /// When it was revoked; nil while it works.
    public var revokedAt: Date?

    /// Creates an account.
    ///
    /// - Parameters:
    ///   - name: the token's name.
    ///   - role: the role.
    ///   - createdAt: when the token was created.
    ///   - revokedAt: when it was revoked.
    public init(name: String, role: Role, createdAt: Date, revokedAt: Date? = nil) {
        self.name = name
        self.role = role
        self.createdAt = createdAt
        self.revokedAt = revokedAt
    }
}

struct TokenRow: Codable {
    var name: String
    var role: String
    var hash: String
    var createdAt: Double
    var revokedAt: Double?

    func account() throws -> Account {
        let reader = RowReader(table: "tokens", id: name)
        return Account(
            name: name, role: try reader.value(Account.Role.self, role),
            createdAt: Date(timeIntervalSince1970: createdAt),
            revokedAt: revokedAt.map { Date(timeIntervalSince1970: $0) })
    }
}
