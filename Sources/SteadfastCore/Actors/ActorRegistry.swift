/// Every actor and place the ledger knows, looked up by code or name.
public struct ActorRegistry: Sendable, Hashable {
    /// Actors by code.
    public private(set) var actors: [String: Actor]
    /// Places by name.
    public private(set) var places: [String: Place]

    /// Creates a registry.
    ///
    /// - Parameters:
    ///   - actors: the actors; a later duplicate code replaces an earlier one.
    ///   - places: the places.
    public init(actors: [Actor] = [], places: [Place] = []) {
        self.actors = Dictionary(actors.map { ($0.code, $0) }, uniquingKeysWith: { _, last in last })
        self.places = Dictionary(places.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
    }

    /// The actor with a code.
    ///
    /// - Parameters:
    ///   - code: the code.
    /// - Returns: the actor, or nil when unknown.
    public func actor(_ code: String) -> Actor? {
        actors[code]
    }

    /// Whether a code names a known actor.
    ///
    /// - Parameters:
    ///   - code: the code.
    /// - Returns: true when known.
    public func knows(_ code: String) -> Bool {
        actors[code] != nil
    }

    /// Whether a name is a known place or state code (a state stands for its recognized territory).
    ///
    /// - Parameters:
    ///   - name: a place name or state code.
    /// - Returns: true when known.
    public func knowsPlace(_ name: String) -> Bool {
        places[name] != nil || actors[name]?.kind == .state
    }

    /// Whether `place` is `region` or lies within it, following `within` links.
    ///
    /// - Parameters:
    ///   - place: the place or state code to locate.
    ///   - region: the containing place or state code.
    /// - Returns: true when `place` is inside `region`.
    public func isPlace(_ place: String, within region: String) -> Bool {
        var current = place
        var visited: Set<String> = []
        while visited.insert(current).inserted {
            if current == region { return true }
            guard let parent = places[current]?.within else { return false }
            current = parent
        }
        return false
    }

    /// The state whose office a person held on a day, preferring heads of state.
    ///
    /// - Parameters:
    ///   - personCode: the person's code.
    ///   - day: the day.
    /// - Returns: the state code, or nil when the person held no office then.
    public func state(of personCode: String, on day: Day) -> String? {
        let held = actors[personCode]?.roles.filter { $0.isHeld(on: day) } ?? []
        return (held.first { $0.title == .headOfState } ?? held.first)?.state
    }

    /// The states that carried a COW number, at any time (several when a number passed to a
    /// successor, as 365 from SUN to RUS).
    ///
    /// - Parameters:
    ///   - cow: the COW state number.
    /// - Returns: the states, oldest first.
    public func states(withCOW cow: Int) -> [Actor] {
        actors.values.filter { $0.kind == .state && ($0.cowCode == cow || $0.otherCOWCodes.contains(cow)) }
            .sorted {
                ($0.validFrom?.earliest.ordinal ?? .min, $0.code) < ($1.validFrom?.earliest.ordinal ?? .min, $1.code)
            }
    }

    /// The chain of predecessors of a state, nearest first (`RUS` → `[SUN]`).
    ///
    /// - Parameters:
    ///   - code: the state's code.
    /// - Returns: the predecessor codes.
    public func predecessors(of code: String) -> [String] {
        var chain: [String] = []
        var current = actors[code]?.predecessor
        while let next = current, !chain.contains(next), next != code {
            chain.append(next)
            current = actors[next]?.predecessor
        }
        return chain
    }
}
