import Testing

@testable import SteadfastCore

@Suite("Actor registry")
struct ActorRegistryTests {
    private let registry = ActorRegistry(
        actors: [
            Actor(
                code: "SUN", kind: .state, name: "Soviet Union", cowCode: 365,
                validFrom: PartialDate(iso: "1922-12-30"),
                validUntil: PartialDate(iso: "1991-12-25")),
            Actor(
                code: "RUS", kind: .state, name: "Russia", cowCode: 365, validFrom: PartialDate(iso: "1991-12-26"),
                predecessor: "SUN"),
            Actor(
                code: "PUTIN", kind: .person, name: "Vladimir Putin",
                roles: [
                    Role(
                        state: "RUS", title: .headOfGovernment, from: PartialDate(iso: "1999-08-16")!,
                        until: PartialDate(iso: "2000-05-07")),
                    Role(
                        state: "RUS", title: .headOfState, from: PartialDate(iso: "2000-05-07")!,
                        until: PartialDate(iso: "2008-05-07")),
                    Role(
                        state: "RUS", title: .headOfGovernment, from: PartialDate(iso: "2008-05-08")!,
                        until: PartialDate(iso: "2012-05-07")),
                    Role(state: "RUS", title: .headOfState, from: PartialDate(iso: "2012-05-07")!),
                ]),
            Actor(code: "AZE", kind: .state, name: "Azerbaijan"),
        ],
        places: [
            Place(name: "Nagorno-Karabakh", within: "AZE"), Place(name: "Stepanakert", within: "Nagorno-Karabakh"),
        ])

    @Test("the Soviet Union ends the day before Russia begins, and Russia names it as predecessor")
    func succession() {
        #expect(registry.predecessors(of: "RUS") == ["SUN"])
        #expect(registry.predecessors(of: "SUN") == [])
        let lastSovietDay = Day(year: 1991, month: 12, day: 25)!
        #expect(registry.actor("SUN")?.exists(on: lastSovietDay) == true)
        #expect(registry.actor("RUS")?.exists(on: lastSovietDay) == false)
        #expect(registry.actor("RUS")?.exists(on: lastSovietDay.adding(days: 1)) == true)
        #expect(registry.actor("SUN")?.exists(on: lastSovietDay.adding(days: 1)) == false)
    }

    @Test("a COW number maps to every state that carried it, oldest first, including secondary numbers")
    func cowNumbers() {
        var germany = Actor(
            code: "DEU", kind: .state, name: "Germany", cowCode: 255, validFrom: PartialDate(iso: "1949-05-23"))
        germany.otherCOWCodes = [260]
        let registry = ActorRegistry(actors: Array(self.registry.actors.values) + [germany])
        #expect(registry.states(withCOW: 365).map(\.code) == ["SUN", "RUS"])
        #expect(registry.states(withCOW: 260).map(\.code) == ["DEU"])
        #expect(registry.states(withCOW: 999).isEmpty)
    }

    @Test(
        "a person resolves to the state they served on the day",
        arguments: [
            ("2005-01-01", "RUS"), ("2010-01-01", "RUS"), ("1995-01-01", nil),
        ])
    func person(day: String, state: String?) {
        #expect(registry.state(of: "PUTIN", on: PartialDate(iso: day)!.earliest) == state)
    }

    @Test("places nest: a town in Nagorno-Karabakh lies within Azerbaijan's recognized territory")
    func places() {
        #expect(registry.isPlace("Stepanakert", within: "AZE"))
        #expect(registry.isPlace("Nagorno-Karabakh", within: "Nagorno-Karabakh"))
        #expect(!registry.isPlace("AZE", within: "Nagorno-Karabakh"))
        #expect(registry.knowsPlace("AZE") && registry.knowsPlace("Stepanakert") && !registry.knowsPlace("Atlantis"))
    }
}
