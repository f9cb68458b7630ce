import SteadfastCore

struct ActorRow: Codable {
    var code: String
    var kind: String
    var name: String
    var aliases: String
    var cowCode: Int?
    var otherCowCodes: String?
    var validFrom: String?
    var validUntil: String?
    var predecessor: String?
    var country: String?
    var members: String
    var roles: String
    var origin: String

    init(_ actor: Actor, origin: String) throws {
        code = actor.code
        kind = actor.kind.rawValue
        name = actor.name
        aliases = try JSONColumn.encode(actor.aliases)
        cowCode = actor.cowCode
        otherCowCodes = actor.otherCOWCodes.isEmpty ? nil : try JSONColumn.encode(actor.otherCOWCodes)
        validFrom = actor.validFrom?.description
        validUntil = actor.validUntil?.description
        predecessor = actor.predecessor
        country = actor.country
        members = try JSONColumn.encode(actor.members)
        roles = try JSONColumn.encode(actor.roles)
        self.origin = origin
    }

    func actor() throws -> Actor {
        let reader = RowReader(table: "actors", id: code)
        var actor = Actor(
            code: code, kind: try reader.value(Actor.Kind.self, kind), name: name,
            aliases: try reader.list([String].self, aliases), cowCode: cowCode,
            validFrom: try reader.optionalDate(validFrom), validUntil: try reader.optionalDate(validUntil),
            predecessor: predecessor, country: country, members: try reader.list([String].self, members),
            roles: try reader.list([Role].self, roles))
        actor.otherCOWCodes = try otherCowCodes.map { try reader.list([Int].self, $0) } ?? []
        return actor
    }
}

struct PlaceRow: Codable {
    var name: String
    var within: String
    var origin: String
}

struct SourceRow: Codable {
    var id: String
    var kind: String
    var publisher: String
    var title: String
    var date: String?
    var url: String?
    var authors: String
    var origin: String

    init(_ source: Source, origin: String) throws {
        id = source.id
        kind = source.kind.rawValue
        publisher = source.publisher
        title = source.title
        date = source.date?.description
        url = source.url
        authors = try JSONColumn.encode(source.authors)
        self.origin = origin
    }

    func source() throws -> Source {
        let reader = RowReader(table: "sources", id: id)
        return Source(
            id: id, kind: try reader.value(Source.Kind.self, kind), publisher: publisher, title: title,
            date: try reader.optionalDate(date), url: url, authors: try reader.list([String].self, authors))
    }
}

struct WarRow: Codable {
    var id: String
    var position: Int
    var patron: String
    var name: String
    var theatre: String
    var scale: String
    var started: String
    var ended: String?
    var sources: String
    var origin: String

    init(_ war: WarPeriod, position: Int, origin: String) throws {
        id = war.id
        self.position = position
        patron = war.patron
        name = war.name
        theatre = war.theatre
        scale = war.scale.rawValue
        started = war.started.description
        ended = war.ended?.description
        sources = try JSONColumn.encode(war.sources)
        self.origin = origin
    }

    func war() throws -> WarPeriod {
        let reader = RowReader(table: "wars", id: id)
        return WarPeriod(
            id: id, patron: patron, name: name, theatre: theatre,
            scale: try reader.value(WarPeriod.Scale.self, scale), started: try reader.date(started),
            ended: try reader.optionalDate(ended), sources: try reader.list([String].self, sources))
    }
}
