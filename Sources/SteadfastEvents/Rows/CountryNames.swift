import SteadfastCore

/// Country codes for the country names ICEWS writes ("Russian Federation", "Armenia"), from the
/// names and aliases of the states in an actor registry.
public struct CountryNames: Sendable {
    private var codes: [String: String] = [:]

    /// Builds the table.
    ///
    /// - Parameters:
    ///   - registry: the actors; states' names and aliases are used.
    public init(registry: ActorRegistry) {
        for actor in registry.actors.values.sorted(by: { $0.code < $1.code }) where actor.kind == .state {
            for name in [actor.name] + actor.aliases where codes[name.lowercased()] == nil {
                codes[name.lowercased()] = actor.code
            }
        }
    }

    /// The code of a country name, nil when no state is known by it.
    ///
    /// - Parameters:
    ///   - name: the name as the dataset writes it (case is ignored).
    /// - Returns: the state's code.
    public func code(_ name: String) -> String? {
        codes[name.lowercased()]
    }
}
