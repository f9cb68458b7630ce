/// A problem found in a case base file, located by file, line and field.
public struct Problem: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file, relative to the case base directory.
    public var file: String
    /// The line, counted from 1.
    public var line: Int
    /// The field path, such as `tests[2].responses[0].level`.
    public var field: String
    /// What is wrong.
    public var message: String
    /// Errors refuse the case base; warnings are prompts to look again.
    public var severity: Severity

    /// How serious a problem is.
    public enum Severity: String, Sendable, Hashable, Codable {
        /// The case base cannot be loaded.
        case error
        /// The case base loads, but something deserves a second look.
        case warning
    }

    /// Creates a problem.
    ///
    /// - Parameters:
    ///   - file: the file.
    ///   - line: the line.
    ///   - field: the field path.
    ///   - message: what is wrong.
    ///   - severity: error (the default) or warning.
    public init(file: String, line: Int, field: String, message: String, severity: Severity = .error) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.severity = severity
    }

    /// `FILE:LINE: FIELD: message`, with `warning: ` before the message of a warning.
    public var description: String {
        let text = severity == .warning ? "warning: \(message)" : message
        return field.isEmpty ? "\(file):\(line): \(text)" : "\(file):\(line): \(field): \(text)"
    }

    public static func < (lhs: Problem, rhs: Problem) -> Bool {
        (lhs.file, lhs.line, lhs.field, lhs.message) < (rhs.file, rhs.line, rhs.field, rhs.message)
    }
}

extension Location {
    func warning(_ message: String) -> Problem {
        Problem(file: file, line: line, field: field, message: message, severity: .warning)
    }
}

/// Why a case base or rules file could not be loaded.
public enum CaseBaseError: Error, Equatable, CustomStringConvertible {
    /// The files hold problems; nothing was loaded.
    case invalid([Problem])
    /// A path could not be read.
    case unreadable(path: String, reason: String)
    /// The built-in case base is missing from the package resources.
    case missingResources

    public var description: String {
        switch self {
        case .invalid(let problems):
            let first = problems.first.map { ": \($0)" } ?? ""
            let more = problems.count > 1 ? " (and \(problems.count - 1) more; run `steadfast check`)" : ""
            return "case base has \(problems.count) problem\(problems.count == 1 ? "" : "s")\(first)\(more)"
        case .unreadable(let path, let reason):
            return "\(path): \(reason)"
        case .missingResources:
            return "the built-in case base is missing from the package resources"
        }
    }
}
