import SteadfastCore

/// Checks what no single file can: duplicate definitions across files and references to codes,
/// places and sources that nothing defines.
struct CrossReferences {
    let fragment: Fragment
    let log: Diagnostics

    func check() {
        checkDuplicates()
        let actors = Set(fragment.actors.map(\.code))
        let states = Set(fragment.actors.filter { $0.kind == .state }.map(\.code))
        let places = Set(fragment.places.map(\.name)).union(states)
        let sources = Set(fragment.sources.map(\.id))
        for reference in fragment.references {
            switch reference.kind {
            case .actor where !actors.contains(reference.value):
                log.report("unknown actor code '\(reference.value)'", at: reference.location)
            case .place where !places.contains(reference.value):
                log.report(
                    "unknown place '\(reference.value)' (declare it under places, or use a state code)",
                    at: reference.location)
            case .source where !sources.contains(reference.value):
                log.report("unknown source id '\(reference.value)'", at: reference.location)
            default:
                break
            }
        }
        checkOrganisations()
    }

    private func checkDuplicates() {
        var seen: [String: Location] = [:]
        for definition in fragment.definitions {
            let key = "\(definition.namespace.rawValue) \(definition.key)"
            if let first = seen[key] {
                log.report(
                    "duplicate \(definition.namespace.rawValue) '\(definition.key)' (first defined at \(first.file):\(first.line))",
                    at: definition.location)
            } else {
                seen[key] = definition.location
            }
        }
    }

    private func checkOrganisations() {
        let organisations = Set(fragment.actors.filter { $0.kind == .organisation }.map(\.code))
        let known = Set(fragment.actors.map(\.code))
        for commitment in fragment.commitments {
            guard let via = commitment.via, known.contains(via), !organisations.contains(via) else { continue }
            let location = fragment.references.first { $0.kind == .actor && $0.value == via }?.location
            if let location { log.report("'\(via)' is not an organisation", at: location) }
        }
    }
}
