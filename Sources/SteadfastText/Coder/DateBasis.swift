/// Where an event's date comes from, so that a reviewer knows which dates to check: only a date
/// written in the event's own sentence is the text's word for when it happened.
public enum DateBasis: String, Sendable, Hashable, Codable, CaseIterable {
    /// Written in the sentence: "on October 1, 2020", "in June 2025", "last Friday".
    case written
    /// Taken from the sentences around it, because its own gives none ("It also sent drones."):
    /// usually right within a paragraph, wrong across a change of subject.
    case context
    /// A threat told again takes the date it was first told with ("the 2020 attack, which …").
    case retold
    /// Given by an analyst in review; the coder never gives it.
    case reviewer

    /// Whether a reviewer should check the date: it is not written in the event's own sentence.
    public var needsCheck: Bool {
        caution != nil
    }

    /// Why the date needs checking, in words; nil when it does not.
    public var caution: String? {
        switch self {
        case .context: "date taken from the sentences around it"
        case .retold: "date the threat was first told with"
        case .written, .reviewer: nil
        }
    }
}
