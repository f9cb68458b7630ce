/// Someone who can promise, threaten or act: a state, an organisation, an armed group or a person.
public struct Actor: Sendable, Hashable, Codable, Identifiable {
    /// What kind of actor this is.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case state
        case organisation
        case armedGroup
        case person
    }

    /// The case base code: ISO 3166-1 alpha-3 for states, a short upper-case name otherwise.
    public var code: String
    /// What kind of actor this is.
    public var kind: Kind
    /// The usual English name.
    public var name: String
    /// Other names: long forms, demonyms, capitals used for governments, other spellings.
    public var aliases: [String]
    /// The Correlates of War state number, for states.
    public var cowCode: Int?
    /// Other COW numbers the same state carried (West Germany's 260 for DEU), for importers.
    public var otherCOWCodes: [Int] = []
    /// When the actor came into being as such, if after 1945.
    public var validFrom: PartialDate?
    /// When it ceased to exist, for former states and dissolved organisations.
    public var validUntil: PartialDate?
    /// The state it succeeded (`SUN` for `RUS`), for states.
    public var predecessor: String?
    /// The state an armed group operates in.
    public var country: String?
    /// Member codes, for organisations.
    public var members: [String]
    /// Offices held, for persons.
    public var roles: [Role]

    /// The identity of an actor is its code.
    public var id: String { code }

    /// Creates an actor.
    ///
    /// - Parameters:
    ///   - code: the case base code.
    ///   - kind: state, organisation, armed group or person.
    ///   - name: the usual English name.
    ///   - aliases: other names.
    ///   - cowCode: the Correlates of War number, for states.
    ///   - validFrom: when it came into being.
    ///   - validUntil: when it ceased to exist.
    ///   - predecessor: the state it succeeded.
    ///   - country: the state an armed group operates in.
    ///   - members: member codes, for organisations.
    ///   - roles: offices held, for persons.
    public init(
        code: String, kind: Kind, name: String, aliases: [String] = [], cowCode: Int? = nil,
        validFrom: PartialDate? = nil, validUntil: PartialDate? = nil, predecessor: String? = nil,
        country: String? = nil, members: [String] = [], roles: [Role] = []
    ) {
        self.code = code
        self.kind = kind
        self.name = name
        self.aliases = aliases
        self.cowCode = cowCode
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.predecessor = predecessor
        self.country = country
        self.members = members
        self.roles = roles
    }

    /// Whether the actor existed on a day (always true when no validity dates are known).
    ///
    /// - Parameters:
    ///   - day: the day.
    /// - Returns: true when `day` lies within the validity dates.
    public func exists(on day: Day) -> Bool {
        if let validFrom, day < validFrom.earliest { return false }
        if let validUntil, day > validUntil.latest { return false }
        return true
    }
}

/// An office a person holds for a state over a period: Putin, head of state of RUS from 2012-05-07.
public struct Role: Sendable, Hashable, Codable {
    /// The kinds of office the ledger tracks.
    public enum Title: String, Sendable, Hashable, Codable, CaseIterable {
        case headOfState
        case headOfGovernment
        case minister
        case commander
        case official
    }

    /// The state the office belongs to.
    public var state: String
    /// The office.
    public var title: Title
    /// When the person took office.
    public var from: PartialDate
    /// When the person left office; nil while in office.
    public var until: PartialDate?

    /// Creates a role.
    ///
    /// - Parameters:
    ///   - state: the state's code.
    ///   - title: the office.
    ///   - from: when the person took office.
    ///   - until: when the person left it, or nil.
    public init(state: String, title: Title, from: PartialDate, until: PartialDate? = nil) {
        self.state = state
        self.title = title
        self.from = from
        self.until = until
    }

    /// Whether the person held the office on a day.
    ///
    /// - Parameters:
    ///   - day: the day.
    /// - Returns: true within the term.
    public func isHeld(on day: Day) -> Bool {
        day >= from.earliest && (until.map { day <= $0.latest } ?? true)
    }
}

/// A named region that is not a state: Nagorno-Karabakh, Crimea, the Donbas.
///
/// Places matter for scope: a pact that covers a state's recognized territory covers a place
/// only when the place lies within that state.
public struct Place: Sendable, Hashable, Codable {
    /// The place's name, as written in the case base.
    public var name: String
    /// The state code or place whose recognized territory contains it.
    public var within: String

    /// Creates a place.
    ///
    /// - Parameters:
    ///   - name: the place's name.
    ///   - within: the state or place that contains it.
    public init(name: String, within: String) {
        self.name = name
        self.within = within
    }
}
