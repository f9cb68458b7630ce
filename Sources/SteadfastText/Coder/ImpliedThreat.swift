import SteadfastCore

/// The threat a sentence implies when it reports help but no attack: "assisted Lukashenko in
/// undermining the anti-regime protests" implies mass protests; "despite the factions seeking to
/// oust him", an insurgency. Used to propose a new test for help that links to none.
public enum ImpliedThreat {
    /// Cue words and the threat they imply, most specific first.
    static let cues: [(words: Set<String>, threat: ThreatKind)] = [
        (["coup", "putsch", "mutiny"], .coup),
        (["invasion", "invaded", "invading"], .invasion),
        (["blockade", "blockaded", "siege", "besieged"], .blockade),
        (
            ["rebels", "rebel", "insurgents", "insurgency", "insurgent", "factions", "militants", "jihadists"],
            .insurgentOffensive
        ),
        (
            ["protests", "protest", "protesters", "protestors", "demonstrations", "demonstrators", "uprising"],
            .massProtest
        ),
    ]

    /// The threat a sentence implies and the word that implies it, if any.
    ///
    /// - Parameters:
    ///   - text: the sentence.
    /// - Returns: the threat kind and the cue word as written.
    public static func threat(in text: String) -> (threat: ThreatKind, cue: String)? {
        let tokens = Tokenizer.tokens(text)
        for (words, threat) in cues {
            if let token = tokens.first(where: { words.contains($0.normalized) }) {
                return (threat, token.text)
            }
        }
        return nil
    }
}
