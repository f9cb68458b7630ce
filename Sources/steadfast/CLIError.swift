/// Errors of the command-line tool itself; library errors pass through with their own messages.
enum CLIError: Error, Equatable, CustomStringConvertible {
    case unknownPatron(String, known: [String])
    case unknownTest(String, suggestions: [String])
    case problemsFound(Int)

    var description: String {
        switch self {
        case .unknownPatron(let code, let known):
            return
                "unknown patron '\(code)': no verdicts or commitments for it (patrons: \(known.joined(separator: " ")))"
        case .unknownTest(let id, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean: \(suggestions.prefix(5).joined(separator: ", "))?)"
            return "unknown test '\(id)'\(hint)"
        case .problemsFound(let count):
            return "\(count) problem\(count == 1 ? "" : "s") found"
        }
    }
}
