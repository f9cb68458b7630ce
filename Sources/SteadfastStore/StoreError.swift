/// Why the store could not do what was asked.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The database location could not be understood.
    case invalidLocation(String, reason: String)
    /// The database could not be opened or migrated.
    case unavailable(location: String, reason: String)
    /// A stored row could not be turned back into a ledger value.
    case corruptRow(table: String, id: String, reason: String)
    /// A write failed and was rolled back; the database keeps what it had before.
    case writeFailed(String)
    /// A review decision that cannot be carried out as asked.
    case invalidDecision(String)

    public var description: String {
        switch self {
        case .invalidLocation(let location, let reason):
            return "database '\(location)': \(reason)"
        case .unavailable(let location, let reason):
            return "cannot open database '\(location)': \(reason)"
        case .corruptRow(let table, let id, let reason):
            return "database table \(table), row '\(id)': \(reason)"
        case .writeFailed(let reason):
            return "write failed and was rolled back: \(reason)"
        case .invalidDecision(let reason):
            return reason
        }
    }
}
