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
                for phrase in [actor.name] + actor.aliases + codes {
                    let tokens = Self.tokens(of: phrase)
                    lexicon.add(
                        ActorName(
                            tokens: tokens, code: actor.code, validFrom: actor.validFrom?.earliest,
                            validUntil: actor.validUntil?.latest, role: actor.kind == .armedGroup ? "REB" : nil))
                }
            }
        }
        return lexicon
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
