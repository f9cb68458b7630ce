import Foundation
import SteadfastStore

/// The changes to a thing as its page shows them, newest first: when, who, what was done, each
/// field that changed from its old value to its new one, and the whole record before and after.
struct AuditSection {
    /// One field whose value changed.
    struct FieldChange: Hashable {
        /// The field's name, as in the JSON record.
        var field: String
        /// Its value before, summarized; nil when the field did not exist.
        var before: String?
        /// Its value after, summarized; nil when the field was removed.
        var after: String?
    }

    /// The entries, in any order.
    var entries: [AuditEntry]
    /// Whether each entry names and links the thing changed (on the page of every change) or not
    /// (on the thing's own page).
    var namesThing = false
    /// What to say when there are no entries.
    var empty: String

    func render() -> HTML {
        guard !entries.isEmpty else { return "<p class=\"muted audit-empty\">\(empty)</p>" }
        let items = entries.sorted { ($0.id ?? 0, $0.at) > ($1.id ?? 0, $1.at) }.map(item)
        return "<ol class=\"audit\">\(items)</ol>"
    }

    private func item(_ entry: AuditEntry) -> HTML {
        let thing: HTML = namesThing ? " \(Self.thing(entry))" : ""
        let changes = Self.changes(before: entry.before, after: entry.after)
        let fields: HTML
        switch (entry.before, entry.after) {
        case (nil, _?): fields = "<p class=\"muted\">Created.</p>"
        case (_?, nil): fields = "<p class=\"muted\">Removed.</p>"
        default:
            let items = changes.map { change -> HTML in
                "<li><code>\(change.field)</code>: \(change.before ?? "absent") → \(change.after ?? "absent")</li>"
            }
            fields = items.isEmpty ? "<p class=\"muted\">No field changed.</p>" : "<ul class=\"changes\">\(items)</ul>"
        }
        let before: HTML = entry.before.map { "<div><h4>Before</h4><pre>\(Self.pretty($0))</pre></div>" } ?? ""
        let after: HTML = entry.after.map { "<div><h4>After</h4><pre>\(Self.pretty($0))</pre></div>" } ?? ""
        let id: HTML = entry.id.map { " id=\"audit-\($0)\"" } ?? ""
        return """
            <li class="audit-entry"\(id) data-action="\(entry.action)"><p><time datetime="\(Self.instant(entry.at))">\
            \(Self.shown(entry.at))</time> <strong class="actor">\(entry.actor)</strong> \
            <code class="action">\(entry.action)</code>\(thing)</p>\(fields)\
            <details><summary>Record before and after</summary><div class="before-after">\(before)\(after)</div>\
            </details></li>
            """
    }

    /// The thing an entry changed, linked to its page when it has one.
    static func thing(_ entry: AuditEntry) -> HTML {
        let label: HTML = "\(entry.entity) <code>\(entry.entityID)</code>"
        let path: String?
        switch entry.entity {
        case "test": path = SitePath.test(entry.entityID)
        case "commitment": path = entry.after == nil ? nil : SitePath.commitment(entry.entityID)
        case "document": path = SitePath.source(entry.entityID)
        case "candidate":
            path = (field("documentID", in: entry.after) ?? field("documentID", in: entry.before)).map {
                SitePath.source($0) + "#candidate-" + SitePath.segment(entry.entityID)
            }
        default: path = nil
        }
        return path.map { "<a href=\"\($0)\">\(label)</a>" } ?? label
    }

    /// The top-level fields that differ between two JSON records, in name order, each value
    /// summarized: text quoted and cut at 80 characters, lists by their length.
    ///
    /// - Parameters:
    ///   - before: the record before, as JSON text.
    ///   - after: the record after.
    /// - Returns: the changed fields; empty when either record is missing or not a JSON object.
    static func changes(before: String?, after: String?) -> [FieldChange] {
        guard let old = object(before), let new = object(after) else { return [] }
        return Set(old.keys).union(new.keys).sorted().compactMap { key in
            let was = old[key].map(canonical)
            let now = new[key].map(canonical)
            guard was != now else { return nil }
            return FieldChange(field: key, before: old[key].map(summary), after: new[key].map(summary))
        }
    }

    private static func object(_ json: String?) -> [String: Any]? {
        guard let json else { return nil }
        return (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: Any]
    }

    private static func field(_ key: String, in json: String?) -> String? {
        object(json)?[key] as? String
    }

    private static func canonical(_ value: Any) -> String {
        guard
            let data = try? JSONSerialization.data(
                withJSONObject: value, options: [.fragmentsAllowed, .sortedKeys, .withoutEscapingSlashes])
        else { return String(describing: value) }
        return String(decoding: data, as: UTF8.self)
    }

    private static func summary(_ value: Any) -> String {
        if let list = value as? [Any] { return list.count == 1 ? "1 item" : "\(list.count) items" }
        if value is NSNull { return "none" }
        let text = canonical(value)
        return text.count > 80 ? String(text.prefix(79)) + "…" : text
    }

    private static func pretty(_ json: String) -> String {
        guard let value = try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed]),
            let data = try? JSONSerialization.data(
                withJSONObject: value,
                options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
        else { return json }
        return String(decoding: data, as: UTF8.self)
    }

    /// The instant for the `datetime` attribute, in UTC.
    static func instant(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// The instant as people read it: `2026-11-27 15:43 UTC`.
    static func shown(_ date: Date) -> String {
        let iso = instant(date)
        return String(iso.prefix(10)) + " " + String(iso.dropFirst(11).prefix(5)) + " UTC"
    }
}
