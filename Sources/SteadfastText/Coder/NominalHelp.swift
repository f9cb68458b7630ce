import SteadfastCore

/// Help named by nouns rather than verbs ("through financial support, deployment of troops and
/// airstrikes"): the highest level such phrases in a clause reach.
enum NominalHelp {
    /// Phrases and the level they name, longest first where they share words.
    static let phrases: [([String], LadderLevel)] = [
        (["airstrikes"], .combat), (["air", "strikes"], .combat), (["bombing"], .combat), (["combat"], .combat),
        (["deployment", "of", "troops"], .deployment), (["deployment", "of", "soldiers"], .deployment),
        (["placement", "of", "soldiers"], .deployment), (["deployment", "of", "forces"], .deployment),
        (["troops"], .deployment), (["soldiers"], .deployment), (["peacekeepers"], .deployment),
        (["mercenaries"], .covert), (["advisers"], .covert), (["advisors"], .covert), (["special", "forces"], .covert),
        (["military", "aid"], .materiel), (["weapons"], .materiel), (["arms"], .materiel),
        (["equipment"], .materiel), (["military", "and", "financial", "aid"], .materiel),
        (["financial", "support"], .economic), (["financial", "aid"], .economic), (["loans"], .economic),
        (["economic", "aid"], .economic),
    ]

    /// The highest level named in a range of tokens, if any.
    static func level(in tokens: [Token], range: Range<Int>) -> LadderLevel? {
        var best: LadderLevel?
        for index in range {
            for (phrase, level) in phrases where index + phrase.count <= range.upperBound {
                if phrase.indices.allSatisfy({ tokens[index + $0].normalized == phrase[$0] }) {
                    best = max(best ?? level, level)
                }
            }
        }
        return best
    }
}
