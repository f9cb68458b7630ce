import Foundation

/// One change in the audit trail: who made it, when, to what, and the thing before and after.
public struct AuditEntry: Sendable, Hashable, Codable {
    /// The entry's number, increasing with time; nil before it is stored.
    public var id: Int?
    /// When the change was made.
    public var at: Date
    /// Who made it: a token's name, or `cli:USER` for the command line.
    public var actor: String
    /// What was done (`article.ingest`, `candidate.accept`, `commitment.put`, `token.create` …).
    public var action: String
    /// The kind of thing changed (`document`, `candidate`, `commitment`, `token`).
    public var entity: String
    /// The identifier of the thing changed.
    public var entityID: String
    /// The thing before the change, as JSON text; nil when it did not exist.
    public var before: String?
    /// The thing after the change, as JSON text; nil when it was removed.
    public var after: String?

    /// Creates an entry.
    ///
    /// - Parameters:
    ///   - id: the entry's number, nil before it is stored.
    ///   - at: when.
    ///   - actor: who.
    ///   - action: what was done.
    ///   - entity: the kind of thing changed.
    ///   - entityID: its identifier.
    ///   - before: JSON before, if it existed.
    ///   - after: JSON after, if it still exists.
    public init(
        id: Int? = nil, at: Date = Date(), actor: String, action: String, entity: String, entityID: String,
        before: String?, after: String?
    ) {
        self.id = id
        self.at = at
        self.actor = actor
        self.action = action
        self.entity = entity
        self.entityID = entityID
        self.before = before
        self.after = after
    }

    /// JSON text for `before` and `after`, keys sorted.
    ///
    /// - Parameters:
    ///   - value: the value.
    /// - Returns: its JSON.
    /// - Throws: `EncodingError` when the value cannot be encoded.
    public static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

struct AuditRow: Codable {
    var id: Int?
    var at: Double
    var actor: String
    var action: String
    var entity: String
    var entityId: String
    var before: String?
    var after: String?

    var entry: AuditEntry {
        AuditEntry(
            id: id, at: Date(timeIntervalSince1970: at), actor: actor, action: action, entity: entity,
            entityID: entityId, before: before, after: after)
    }
}

/// The fields of an audit row that are inserted (the database numbers it).
struct AuditInsertRow: Codable {
    var at: Double
    var actor: String
    var action: String
    var entity: String
    var entityId: String
    var before: String?
    var after: String?

    init(_ entry: AuditEntry) {
        at = entry.at.timeIntervalSince1970
        actor = entry.actor
        action = entry.action
        entity = entry.entity
        entityId = entry.entityID
        before = entry.before
        after = entry.after
    }
}
