/// The PETRARCH options a records file sets with `<Config option="..." value="...">`, in force from
/// where they appear.
///
/// - `require_dyad`: an event needs both a source and a target (default true); when false a missing
///   actor is written `---`.
/// - `new_actor_length`: PETRARCH codes noun phrases of up to this many words that name no known actor
///   as new actors (default 0, off). Steadfast reads the option but does not code new actors.
/// - `comma_min`/`comma_max`, `comma_bmin`/`comma_bmax`, `comma_emin`/`comma_emax`: a comma-delimited
///   clause inside, at the beginning or at the end of a sentence whose length in words lies in the range
///   is dropped before coding; a maximum of 0 turns the deletion off.
///
/// Other options (`stop_on_error`) are accepted and ignored.
public struct PetrarchConfig: Sendable, Hashable {
    /// Whether an event needs both actors.
    public var requireDyad = true
    /// The longest unknown noun phrase coded as a new actor; 0 for none.
    public var newActorLength = 0
    /// Lengths of inner comma clauses that are dropped (`comma_min`, `comma_max`).
    public var inner = PetrarchClauseLengths(minimum: 2, maximum: 8)
    /// Lengths of opening comma clauses that are dropped (`comma_bmin`, `comma_bmax`).
    public var opening = PetrarchClauseLengths(minimum: 0, maximum: 0)
    /// Lengths of closing comma clauses that are dropped (`comma_emin`, `comma_emax`).
    public var closing = PetrarchClauseLengths(minimum: 2, maximum: 8)

    /// Creates the default configuration (PETRARCH's `PETR_config.ini`).
    public init() {}

    /// Sets an option as a records file writes it; unknown options and unreadable values change nothing.
    ///
    /// - Parameters:
    ///   - option: the option's name.
    ///   - value: its value as written (`true`, `FALSE`, `4`).
    public mutating func set(_ option: String, to value: String) {
        let number = Int(value)
        switch option.lowercased() {
        case "require_dyad": requireDyad = value.lowercased() != "false"
        case "new_actor_length": newActorLength = number ?? newActorLength
        case "comma_min": inner.minimum = number ?? inner.minimum
        case "comma_max": inner.maximum = number ?? inner.maximum
        case "comma_bmin": opening.minimum = number ?? opening.minimum
        case "comma_bmax": opening.maximum = number ?? opening.maximum
        case "comma_emin": closing.minimum = number ?? closing.minimum
        case "comma_emax": closing.maximum = number ?? closing.maximum
        default: break
        }
    }
}

/// The lengths in words of comma clauses that are dropped; a maximum of 0 drops none.
public struct PetrarchClauseLengths: Sendable, Hashable {
    /// The shortest clause dropped.
    public var minimum: Int
    /// The longest clause dropped; 0 turns the deletion off.
    public var maximum: Int

    /// Creates the lengths.
    ///
    /// - Parameters:
    ///   - minimum: the shortest clause dropped.
    ///   - maximum: the longest.
    public init(minimum: Int, maximum: Int) {
        self.minimum = minimum
        self.maximum = maximum
    }

    /// Whether a clause of some length is dropped.
    ///
    /// - Parameters:
    ///   - words: its length in words.
    /// - Returns: true when the deletion is on and the length lies between the bounds.
    func drops(_ words: Int) -> Bool {
        maximum > 0 && words >= minimum && words <= maximum
    }
}
