import Foundation
import SteadfastCore
import Yams

/// Reads typed fields from one YAML mapping, reporting every missing or malformed field with its
/// line to a shared log instead of stopping at the first.
struct MappingReader {
    let mapping: Node.Mapping
    let file: String
    let path: String
    let log: Diagnostics

    /// The mapping's own location, for problems about the whole entry.
    var location: Location { Location(file: file, line: mapping.mark?.line ?? 1, field: path) }

    func location(of key: String) -> Location {
        Location(file: file, line: node(key)?.line ?? location.line, field: field(key))
    }

    func field(_ key: String) -> String {
        path.isEmpty ? key : "\(path).\(key)"
    }

    func node(_ key: String) -> Node? {
        guard let value = mapping[key] else { return nil }
        if case .scalar(let scalar) = value, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) {
            return nil
        }
        return value
    }

    /// Reports keys outside `allowed`, so that typos such as `adversery` do not pass silently.
    func rejectUnknownKeys(_ allowed: Set<String>) {
        for (key, value) in mapping {
            guard let name = key.string, !allowed.contains(name) else { continue }
            log.report(
                Location(file: file, line: value.line, field: field(name)).problem("unknown field"))
        }
    }

    func string(_ key: String) -> String? {
        guard let value = node(key) else { return nil }
        guard case .scalar(let scalar) = value else {
            log.report("expected text, found \(value.kindName)", at: location(of: key))
            return nil
        }
        return scalar.string
    }

    func required(_ key: String) -> String? {
        guard let value = string(key) else {
            if node(key) == nil { log.report("missing required field", at: location(of: key)) }
            return nil
        }
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            log.report("must not be empty", at: location(of: key))
            return nil
        }
        return value
    }

    func date(_ key: String, required isRequired: Bool = false) -> PartialDate? {
        guard let text = isRequired ? required(key) : string(key) else { return nil }
        guard let date = PartialDate(iso: text) else {
            log.report(
                "impossible or malformed date '\(text)' (expected YYYY, YYYY-MM or YYYY-MM-DD)", at: location(of: key))
            return nil
        }
        return date
    }

    func int(_ key: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let text = string(key) else { return nil }
        guard let value = Int(text) else {
            log.report("expected a whole number, found '\(text)'", at: location(of: key))
            return nil
        }
        if let range, !range.contains(value) {
            log.report("\(value) is outside \(range.lowerBound)...\(range.upperBound)", at: location(of: key))
            return nil
        }
        return value
    }

    func double(_ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let text = string(key) else { return nil }
        guard let value = Double(text), range.contains(value) else {
            log.report(
                "expected a number from \(range.lowerBound) to \(range.upperBound), found '\(text)'",
                at: location(of: key))
            return nil
        }
        return value
    }

    func bool(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            log.report("expected true or false, found '\(text)'", at: location(of: key))
            return nil
        }
    }

    func choice<Value: RawRepresentable & CaseIterable>(_ key: String, _ type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let text = string(key) else { return nil }
        guard let value = Value(rawValue: text) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: ", ")
            log.report("unknown value '\(text)' (expected one of: \(allowed))", at: location(of: key))
            return nil
        }
        return value
    }

    /// A list of scalars; a single scalar is read as a list of one.
    func strings(_ key: String) -> [(value: String, location: Location)] {
        guard let value = node(key) else { return [] }
        switch value {
        case .scalar(let scalar):
            return [(scalar.string, location(of: key))]
        case .sequence(let sequence):
            return sequence.enumerated().compactMap { index, item in
                let itemLocation = Location(file: file, line: item.line, field: "\(field(key))[\(index)]")
                guard case .scalar(let scalar) = item else {
                    log.report("expected text, found \(item.kindName)", at: itemLocation)
                    return nil
                }
                return (scalar.string, itemLocation)
            }
        default:
            log.report("expected a list, found \(value.kindName)", at: location(of: key))
            return []
        }
    }

    func mapping(_ key: String) -> MappingReader? {
        guard let value = node(key) else { return nil }
        guard case .mapping(let nested) = value else {
            log.report("expected a mapping, found \(value.kindName)", at: location(of: key))
            return nil
        }
        return MappingReader(mapping: nested, file: file, path: field(key), log: log)
    }

    /// A list of mappings, each read by its own reader with an indexed path.
    func mappings(_ key: String) -> [MappingReader] {
        guard let value = node(key) else { return [] }
        guard case .sequence(let sequence) = value else {
            log.report("expected a list, found \(value.kindName)", at: location(of: key))
            return []
        }
        return sequence.enumerated().compactMap { index, item in
            guard case .mapping(let nested) = item else {
                log.report(
                    "expected a mapping, found \(item.kindName)",
                    at: Location(file: file, line: item.line, field: "\(field(key))[\(index)]"))
                return nil
            }
            return MappingReader(mapping: nested, file: file, path: "\(field(key))[\(index)]", log: log)
        }
    }
}
