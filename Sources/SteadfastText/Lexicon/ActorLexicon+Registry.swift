import SteadfastCore

extension ActorLexicon {
    /// The lexicon the ledger's registry implies: every actor's name and aliases, and every
    /// person's full name and surname standing for the state they served, for the terms they served.
    ///
    /// - Parameters:
    ///   - registry: the actors.
    /// - Returns: the lexicon.
    public static func from(_ registry: ActorRegistry) -> ActorLexicon {
        var lexicon = ActorLexicon()
        for actor in registry.actors.values.sorted(by: { $0.code < $1.code }) {
            switch actor.kind {
            case .person:
                for name in personNames(actor) { lexicon.add(name) }
            case .state, .organisation, .armedGroup:
                let codes = actor.kind == .state ? [] : [actor.code]
                let phrases = [actor.name] + actor.aliases + codes
                for tokens in phrases.map(Self.tokens(of:)) + phrases.compactMap(Self.demonymPlural) {
                    lexicon.add(
                        ActorName(
                            tokens: tokens, code: actor.code, validFrom: actor.validFrom?.earliest,
                            validUntil: actor.validUntil?.latest, role: actor.kind == .armedGroup ? "REB" : nil))
                }
            }
        }
        return lexicon
    }

    /// The people of a state named by its demonym's plural: "Americans", "Iranians", "Azerbaijanis"
    /// (one-word aliases ending in -an or -i; "Chinese" and "British" have no plural of their own).
    static func demonymPlural(_ alias: String) -> [String]? {
        let tokens = Self.tokens(of: alias)
        guard tokens.count == 1, let word = tokens.first, word.count >= 4, !word.hasPrefix("="),
            word.hasSuffix("an") || word.hasSuffix("i")
        else { return nil }
        return [word + "s"]
    }

    private static func personNames(_ person: Actor) -> [ActorName] {
        let full = tokens(of: person.name)
        var surnames = full.last.map { [[$0]] } ?? []
        if let last = full.last {
            for particle in ["al-", "el-", "ad-", "as-", "ash-", "bin-", "ibn-"] where last.hasPrefix(particle) {
                surnames.append([String(last.dropFirst(particle.count))])
            }
        }
        let phrases = Set(([full] + surnames).filter { !$0.isEmpty })
        return person.roles.flatMap { role in
            phrases.map { tokens in
                ActorName(
                    tokens: tokens, code: role.state, validFrom: role.from.earliest, validUntil: role.until?.latest,
                    role: role.title == .headOfState || role.title == .headOfGovernment ? "GOV" : nil)
            }
        }
    }
}
