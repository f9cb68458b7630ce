import SteadfastCore

extension CaseBaseParser {
    func readActors(_ reader: MappingReader, into fragment: inout Fragment) {
        for entry in reader.mappings("states") { readActor(entry, kind: .state, into: &fragment) }
        for entry in reader.mappings("organisations") { readActor(entry, kind: .organisation, into: &fragment) }
        for entry in reader.mappings("armedGroups") { readActor(entry, kind: .armedGroup, into: &fragment) }
        for entry in reader.mappings("persons") { readActor(entry, kind: .person, into: &fragment) }
        for entry in reader.mappings("places") { readPlace(entry, into: &fragment) }
    }

    private func readActor(_ entry: MappingReader, kind: Actor.Kind, into fragment: inout Fragment) {
        entry.rejectUnknownKeys([
            "code", "name", "aliases", "cow", "cowAlso", "from", "to", "predecessor", "country", "members", "roles",
            "note",
        ])
        let code = entry.required("code")
        let name = entry.required("name")
        let cow = entry.int("cow", in: 1...9999)
        let from = entry.date("from")
        let to = entry.date("to")
        checkOrder(from, to, entry, endKey: "to")
        let predecessor = actorCode(entry, "predecessor", required: false, into: &fragment)
        let country = actorCode(entry, "country", required: false, into: &fragment)
        let members = entry.strings("members").map { item in
            fragment.refer(to: .actor, item.value, at: item.location)
            return item.value
        }
        let roles = entry.mappings("roles").compactMap { readRole($0, into: &fragment) }
        if let code, !code.allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "-" }) {
            entry.log.report(
                "code '\(code)' must be upper-case letters, digits and hyphens", at: entry.location(of: "code"))
        }
        let otherCOW = entry.strings("cowAlso").compactMap { item -> Int? in
            guard let number = Int(item.value) else {
                entry.log.report("expected a COW number, found '\(item.value)'", at: item.location)
                return nil
            }
            return number
        }
        guard let code, let name else { return }
        fragment.define(.actor, code, at: entry.location(of: "code"))
        var actor = Actor(
            code: code, kind: kind, name: name, aliases: entry.strings("aliases").map(\.value), cowCode: cow,
            validFrom: from, validUntil: to, predecessor: predecessor, country: country, members: members,
            roles: roles)
        actor.otherCOWCodes = otherCOW
        fragment.actors.append(actor)
    }

    private func readRole(_ entry: MappingReader, into fragment: inout Fragment) -> Role? {
        entry.rejectUnknownKeys(["state", "role", "from", "to"])
        let state = actorCode(entry, "state", into: &fragment)
        let title = entry.choice("role", Role.Title.self)
        let from = entry.date("from", required: true)
        let to = entry.date("to")
        checkOrder(from, to, entry, endKey: "to")
        if entry.node("role") == nil { entry.log.report("missing required field", at: entry.location(of: "role")) }
        guard let state, let title, let from else { return nil }
        return Role(state: state, title: title, from: from, until: to)
    }

    private func readPlace(_ entry: MappingReader, into fragment: inout Fragment) {
        entry.rejectUnknownKeys(["name", "within", "note"])
        let name = entry.required("name")
        let within = entry.required("within")
        if let within { fragment.refer(to: .place, within, at: entry.location(of: "within")) }
        guard let name, let within else { return }
        fragment.define(.place, name, at: entry.location(of: "name"))
        fragment.places.append(Place(name: name, within: within))
    }

    func readSource(_ entry: MappingReader, into fragment: inout Fragment) {
        entry.rejectUnknownKeys(["id", "publisher", "title", "date", "url", "authors", "kind"])
        let id = entry.required("id")
        let publisher = entry.required("publisher")
        let title = entry.required("title")
        let date = entry.date("date")
        let kind = entry.choice("kind", Source.Kind.self) ?? .article
        let url = entry.string("url")
        if let url, !(url.hasPrefix("https://") || url.hasPrefix("http://")) {
            entry.log.report("'\(url)' is not an http(s) address", at: entry.location(of: "url"))
        }
        guard let id, let publisher, let title else { return }
        fragment.define(.source, id, at: entry.location(of: "id"))
        fragment.sources.append(
            Source(
                id: id, kind: kind, publisher: publisher, title: title, date: date, url: url,
                authors: entry.strings("authors").map(\.value)))
    }

    func readWar(_ entry: MappingReader, into fragment: inout Fragment) {
        entry.rejectUnknownKeys(["id", "patron", "name", "theatre", "scale", "started", "ended", "sources", "note"])
        let id = identifier(entry, into: &fragment)
        let patron = actorCode(entry, "patron", into: &fragment)
        let name = entry.required("name")
        let theatre = actorCode(entry, "theatre", into: &fragment)
        let started = entry.date("started", required: true)
        let ended = entry.date("ended")
        checkOrder(started, ended, entry, endKey: "ended")
        let sources = sourceList(entry, into: &fragment)
        guard let id, let patron, let name, let theatre, let started else { return }
        fragment.wars.append(
            WarPeriod(
                id: id, patron: patron, name: name, theatre: theatre,
                scale: entry.choice("scale", WarPeriod.Scale.self) ?? .major, started: started, ended: ended,
                sources: sources))
    }
}
