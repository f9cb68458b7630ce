import SteadfastCore

/// The colours that carry meaning: one per verdict, one per kind of commitment. Chosen to stay
/// distinct for the common forms of colour blindness; every chart also labels them in words.
enum Palette {
    /// The colour of a verdict; a test a patron's commitments did not cover is grey.
    static func color(_ verdict: VerdictKind?) -> String {
        switch verdict {
        case .honored: "#1a7f4b"
        case .partial: "#e69f00"
        case .abandoned: "#c0392b"
        case .pending: "#7f8c9a"
        case nil: "#c4ccd4"
        }
    }

    /// The label of a verdict in legends.
    static func label(_ verdict: VerdictKind?) -> String {
        verdict?.rawValue ?? "not covered"
    }

    /// The colour of a kind of commitment.
    static func color(_ kind: Commitment.Kind) -> String {
        switch kind {
        case .defensePact: "#0b5394"
        case .collectiveSecurity: "#56b4e9"
        case .forcesStationed: "#d55e00"
        case .regimeSecurity: "#cc79a7"
        case .armsSupply: "#009e73"
        case .strategicPartnership: "#b8a000"
        case .offensePact, .neutralityPact, .nonAggressionPact, .consultationPact: "#9aa5b1"
        }
    }

    /// A legend: a swatch and a label per entry.
    static func legend(_ entries: [(color: String, label: String)], caption: String) -> HTML {
        let items = entries.map { entry -> HTML in
            "<li><span class=\"swatch\" style=\"background:\(entry.color)\"></span>\(entry.label)</li>"
        }
        return "<ul class=\"legend\" aria-label=\"\(caption)\">\(items)</ul>"
    }
}
