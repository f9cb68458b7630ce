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
    /// Lengths of inner comma clauses that are dropped.
    public var inner = 2...8
    /// Lengths of opening comma clauses that are dropped.
    public var opening = 0...0
    /// Lengths of closing comma clauses that are dropped.
    public var closing = 2...8

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
        case "comma_min": inner = Self.range(number, inner.upperBound, lower: true) ?? inner
        case "comma_max": inner = Self.range(inner.lowerBound, number, lower: false) ?? inner
        case "comma_bmin": opening = Self.range(number, opening.upperBound, lower: true) ?? opening
        case "comma_bmax": opening = Self.range(opening.lowerBound, number, lower: false) ?? opening
        case "comma_emin": closing = Self.range(number, closing.upperBound, lower: true) ?? closing
        case "comma_emax": closing = Self.range(closing.lowerBound, number, lower: false) ?? closing
        default: break
        }
    }

    /// A range from two bounds; an upper bound below the lower one keeps the lower (an empty deletion).
    private static func range(_ lower: Int?, _ upper: Int?, lower setsLower: Bool) -> ClosedRange<Int>? {
        guard let lower, let upper else { return nil }
        return setsLower ? lower...max(lower, upper) : min(lower, upper)...upper
    }

    /// Whether a comma clause of some length is dropped.
    ///
    /// - Parameters:
    ///   - words: the clause's length in words.
    ///   - range: the range for its place in the sentence.
    /// - Returns: true when the range is on (maximum above 0) and holds the length.
    static func drops(_ words: Int, in range: ClosedRange<Int>) -> Bool {
        range.upperBound > 0 && range.contains(words)
    }
}
