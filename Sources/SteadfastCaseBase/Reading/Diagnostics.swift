import Yams

/// Where something was written: file, line and field path.
struct Location: Sendable, Hashable {
    var file: String
    var line: Int
    var field: String

    func problem(_ message: String) -> Problem {
        Problem(file: file, line: line, field: field, message: message)
    }
}

/// Collects problems while files are read, so that one run reports all of them.
///
/// A class so that nested readers share one log; used on one thread during a load only.
final class Diagnostics {
    private(set) var problems: [Problem] = []

    func report(_ problem: Problem) {
        problems.append(problem)
    }

    func report(_ message: String, at location: Location) {
        problems.append(location.problem(message))
    }
}

extension Node {
    var line: Int { mark?.line ?? 1 }

    var kindName: String {
        switch self {
        case .scalar: "a scalar"
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }
}
