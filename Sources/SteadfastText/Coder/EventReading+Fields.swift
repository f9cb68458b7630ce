import SteadfastCore

/// An event reading spread over flat fields, as JSON lines and table rows store it.
public struct EventReadingFields: Sendable, Hashable, Codable {
    /// `threat`, `support`, `withdrawal`, `defection`, `outcome` or `other`.
    public var type: String
    /// The ladder level, for support.
    public var level: Int?
    /// The scale, for support.
    public var scale: String?
    /// The threat kind, for threats.
    public var threat: String?
    /// The outcome, for outcomes.
    public var outcome: String?

    /// Spreads a reading over fields.
    ///
    /// - Parameters:
    ///   - reading: the reading.
    public init(_ reading: EventReading) {
        type = reading.type
        switch reading {
        case .support(let value, let valueScale):
            level = value.rawValue
            scale = valueScale.rawValue
        case .threat(let kind): threat = kind.rawValue
        case .outcome(let value): outcome = value.rawValue
        case .withdrawal, .defection, .other: break
        }
    }

    /// Creates fields as stored.
    ///
    /// - Parameters:
    ///   - type: the event type.
    ///   - level: the ladder level.
    ///   - scale: the scale.
    ///   - threat: the threat kind.
    ///   - outcome: the outcome.
    public init(type: String, level: Int?, scale: String?, threat: String?, outcome: String?) {
        self.type = type
        self.level = level
        self.scale = scale
        self.threat = threat
        self.outcome = outcome
    }

    /// The reading the fields describe, or nil when they are inconsistent.
    public var reading: EventReading? {
        switch type {
        case "support":
            guard let level = level.flatMap(LadderLevel.init(rawValue:)),
                let scale = Response.Scale(rawValue: scale ?? "full")
            else { return nil }
            return .support(level, scale)
        case "threat": return threat.flatMap(ThreatKind.init(rawValue:)).map(EventReading.threat)
        case "outcome": return outcome.flatMap(AllianceTest.Outcome.init(rawValue:)).map(EventReading.outcome)
        case "withdrawal": return .withdrawal
        case "defection": return .defection
        case "other": return .other
        default: return nil
        }
    }
}
