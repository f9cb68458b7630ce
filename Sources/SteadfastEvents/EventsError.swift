/// Everything that can stop an event file from being read.
///
/// Malformed rows are not errors: readers count them and go on. These are the problems that leave
/// nothing to read.
public enum EventsError: Error, Equatable, CustomStringConvertible {
    /// The file could not be opened or read.
    case unreadable(file: String, reason: String)
    /// A zip archive that holds no entry this reader can inflate.
    case unsupportedArchive(file: String, reason: String)
    /// The compressed data ended early or is corrupt.
    case corruptArchive(file: String, reason: String)
    /// The header row lacks a column the layout needs.
    case missingColumn(file: String, column: String)
    /// The first row matches none of the layouts this reader knows.
    case unknownLayout(file: String, fields: Int)

    public var description: String {
        switch self {
        case .unreadable(let file, let reason): return "\(file): cannot read: \(reason)"
        case .unsupportedArchive(let file, let reason): return "\(file): unsupported zip archive: \(reason)"
        case .corruptArchive(let file, let reason): return "\(file): corrupt compressed data: \(reason)"
        case .missingColumn(let file, let column): return "\(file): header has no column '\(column)'"
        case .unknownLayout(let file, let fields):
            return "\(file): first row has \(fields) fields; expected GDELT 1.0 (57 or 58), GDELT 2.0 (61) or ICEWS"
        }
    }
}
