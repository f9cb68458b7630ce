import SteadfastCore

/// What one file contributed, with the locations needed to report cross-file problems.
struct Fragment {
    enum Namespace: String {
        case actor = "actor code"
        case place = "place"
        case source = "source id"
        case record = "id"
    }

    enum ReferenceKind {
        case actor
        case place
        case source
    }

    struct Definition {
        var namespace: Namespace
        var key: String
        var location: Location
    }

    struct Reference {
        var kind: ReferenceKind
        var value: String
        var location: Location
    }

    var actors: [Actor] = []
    var places: [Place] = []
    var sources: [Source] = []
    var commitments: [Commitment] = []
    var tests: [AllianceTest] = []
    var wars: [WarPeriod] = []
    var definitions: [Definition] = []
    var references: [Reference] = []

    mutating func define(_ namespace: Namespace, _ key: String, at location: Location) {
        definitions.append(Definition(namespace: namespace, key: key, location: location))
    }

    mutating func refer(to kind: ReferenceKind, _ value: String, at location: Location) {
        references.append(Reference(kind: kind, value: value, location: location))
    }

    mutating func merge(_ other: Fragment) {
        actors += other.actors
        places += other.places
        sources += other.sources
        commitments += other.commitments
        tests += other.tests
        wars += other.wars
        definitions += other.definitions
        references += other.references
    }
}
