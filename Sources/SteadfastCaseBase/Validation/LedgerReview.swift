import SteadfastCore

/// Looks over a loaded ledger for what is not wrong but deserves a second look: commitments that
/// overlap or contradict, patrons whose record is all one verdict, and actors used at dates when
/// they did not exist.
struct LedgerReview {
    let ledger: Ledger
    let fragment: Fragment
    let rules: VerdictRules
    let asOf: Day

    /// The smallest record that should show both kept and broken promises.
    static let oneSidedThreshold = 4

    func warnings() -> [Problem] {
        (overlaps() + oneSided() + lifetimes()).sorted()
    }

    private func location(_ id: String) -> Location {
        fragment.definitions.first { $0.key == id && $0.namespace != .source }?.location
            ?? Location(file: "?", line: 1, field: "")
    }

    /// Commitments of the same patron, client and kind whose periods overlap; and, among them,
    /// those where one excludes a place the other includes.
    func overlaps() -> [Problem] {
        var problems: [Problem] = []
        let groups = Dictionary(grouping: ledger.commitments) { "\($0.patron) \($0.client) \($0.kind.rawValue)" }
        for group in groups.values where group.count > 1 {
            let sorted = group.sorted { ($0.started, $0.id) < ($1.started, $1.id) }
            for (index, later) in sorted.enumerated() {
                for earlier in sorted[..<index] where overlap(earlier, later) {
                    let contradiction =
                        earlier.scope.excludes.first { later.scope.includes.contains($0) }
                        ?? later.scope.excludes.first { earlier.scope.includes.contains($0) }
                    if let place = contradiction {
                        problems.append(
                            location(later.id).warning(
                                "contradicts \(earlier.id): one includes \(place), the other excludes it"))
                    } else if earlier.scope.includes == later.scope.includes {
                        problems.append(
                            location(later.id).warning(
                                "overlaps \(earlier.id) (same patron, client, kind and places from \(earlier.started))")
                        )
                    }
                }
            }
        }
        return problems
    }

    private func overlap(_ first: Commitment, _ second: Commitment) -> Bool {
        let firstEnd = first.ended?.latest ?? Day(ordinal: .max)
        let secondEnd = second.ended?.latest ?? Day(ordinal: .max)
        return first.started.earliest <= secondEnd && second.started.earliest <= firstEnd
    }

    /// Patrons with several judged tests that all came out the same way.
    func oneSided() -> [Problem] {
        let verdicts = VerdictEngine(rules: rules, asOf: asOf).judge(ledger).verdicts.filter { $0.kind != .pending }
        return Dictionary(grouping: verdicts, by: \.patron).sorted { $0.key < $1.key }.compactMap { patron, verdicts in
            let kinds = Set(verdicts.map(\.kind))
            guard verdicts.count >= Self.oneSidedThreshold, kinds.count == 1, let kind = kinds.first else { return nil }
            let place =
                fragment.definitions.first { $0.namespace == .actor && $0.key == patron }?.location
                ?? location(verdicts[0].testID)
            return place.warning(
                "all \(verdicts.count) verdicts on \(patron) are \(kind.rawValue): look for the other side of its record"
            )
        }
    }

    /// Patrons and clients of commitments and tests that did not exist on the dates used.
    func lifetimes() -> [Problem] {
        var problems: [Problem] = []
        func check(_ code: String, on date: PartialDate, _ id: String, _ role: String) {
            guard let actor = ledger.registry.actor(code), actor.kind == .state, !actor.exists(on: date.earliest)
            else { return }
            problems.append(
                location(id).warning("\(role) \(code) did not exist on \(date)\(successorHint(code, date))"))
        }
        for commitment in ledger.commitments {
            check(commitment.patron, on: commitment.started, commitment.id, "patron")
            check(commitment.client, on: commitment.started, commitment.id, "client")
        }
        for test in ledger.tests {
            check(test.client, on: test.started, test.id, "client")
            for response in test.responses { check(response.patron, on: response.date, response.id, "patron") }
        }
        return problems
    }

    private func successorHint(_ code: String, _ date: PartialDate) -> String {
        let related =
            ledger.registry.predecessors(of: code)
            + ledger.registry.actors.values.filter { $0.predecessor == code }.map(\.code)
        guard let other = related.first(where: { ledger.registry.actor($0)?.exists(on: date.earliest) == true })
        else { return "" }
        return " (\(other) did)"
    }
}
