import SteadfastCore

/// One way of naming an actor in text, valid over a period: "Putin" names RUS while he holds
/// office; "the Kremlin" names RUS; "Maduro" names VEN until 2026-01-03.
public struct ActorName: Sendable, Hashable {
    /// The phrase's tokens, normalized (lower-cased): `["the", "kremlin"]`.
    public var tokens: [String]
    /// The actor code it stands for.
    public var code: String
    /// The first day it stands for that code; nil for no bound.
    public var validFrom: Day?
    /// The last day it stands for that code; nil for no bound.
    public var validUntil: Day?
    /// An agent or role code qualifying the actor (`GOV`, `MIL`, `REB`), when the name says it.
    public var role: String?

    /// Creates a name.
    ///
    /// - Parameters:
    ///   - tokens: the normalized tokens.
    ///   - code: the actor code.
    ///   - validFrom: the first day it applies.
    ///   - validUntil: the last day it applies.
    ///   - role: the role it carries.
    public init(tokens: [String], code: String, validFrom: Day? = nil, validUntil: Day? = nil, role: String? = nil) {
        self.tokens = tokens
        self.code = code
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.role = role
    }

    /// Whether the name stands for its code on a day (always, when the day is unknown).
    ///
    /// - Parameters:
    ///   - day: the day of the event, if known.
    /// - Returns: true within the validity dates.
    public func applies(on day: Day?) -> Bool {
        guard let day else { return true }
        if let validFrom, day < validFrom { return false }
        if let validUntil, day > validUntil { return false }
        return true
    }
}
