import Foundation

/// The audit trail as CSV: one row per change, `before` and `after` as JSON text in quoted fields.
public enum AuditCSV {
    /// The header and rows.
    ///
    /// - Parameters:
    ///   - entries: the audit entries.
    /// - Returns: CSV text, one line per entry after the header, ending with a newline.
    public static func render(_ entries: [AuditEntry]) -> String {
        let formatter = ISO8601DateFormatter()
        var lines = ["id,at,actor,action,entity,entity_id,before,after"]
        for entry in entries {
            let fields = [
                entry.id.map(String.init) ?? "", formatter.string(from: entry.at), entry.actor, entry.action,
                entry.entity, entry.entityID, entry.before ?? "", entry.after ?? "",
            ]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
