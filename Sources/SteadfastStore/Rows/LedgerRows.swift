import SteadfastCore

struct CommitmentRow: Codable, Equatable {
    var id: String
    var position: Int
    var patron: String
    var client: String
    var kind: String
    var via: String?
    var atopId: Int?
    var started: String
    var ended: String?
    var scope: String
    var sources: String
    var origin: String

    init(_ commitment: Commitment, position: Int, origin: String) throws {
        id = commitment.id
        self.position = position
        patron = commitment.patron
        client = commitment.client
        kind = commitment.kind.rawValue
        via = commitment.via
        atopId = commitment.atopID
        started = commitment.started.description
        ended = commitment.ended?.description
        scope = try JSONColumn.encode(commitment.scope)
        sources = try JSONColumn.encode(commitment.sources)
        self.origin = origin
    }

    func commitment() throws -> Commitment {
        let reader = RowReader(table: "commitments", id: id)
        return Commitment(
            id: id, patron: patron, client: client, kind: try reader.value(Commitment.Kind.self, kind), via: via,
            atopID: atopId, started: try reader.date(started), ended: try reader.optionalDate(ended),
            scope: try reader.list(Scope.self, scope), sources: try reader.list([String].self, sources))
    }
}

struct TestRow: Codable {
    var id: String
    var position: Int
    var title: String
    var client: String
    var adversary: String?
    var threat: String
    var place: String?
    var targetsRegime: Bool
    var started: String
    var ended: String?
    var severity: String?
    var outcome: String?
    var summary: String?
    var sources: String
    var origin: String

    init(_ test: AllianceTest, position: Int, origin: String) throws {
        id = test.id
        self.position = position
        title = test.title
        client = test.client
        adversary = test.adversary
        threat = test.threat.rawValue
        place = test.place
        targetsRegime = test.targetsRegime
        started = test.started.description
        ended = test.ended?.description
        severity = test.severity?.rawValue
        outcome = test.outcome?.rawValue
        summary = test.summary
        sources = try JSONColumn.encode(test.sources)
        self.origin = origin
    }

    func test(responses: [Response], claims: [Claim]) throws -> AllianceTest {
        let reader = RowReader(table: "tests", id: id)
        return AllianceTest(
            id: id, title: title, client: client, adversary: adversary,
            threat: try reader.value(ThreatKind.self, threat), place: place, targetsRegime: targetsRegime,
            started: try reader.date(started), ended: try reader.optionalDate(ended),
            severity: try severity.map { try reader.value(AllianceTest.Severity.self, $0) },
            outcome: try outcome.map { try reader.value(AllianceTest.Outcome.self, $0) }, summary: summary,
            sources: try reader.list([String].self, sources), responses: responses, claims: claims)
    }
}

struct ResponseRow: Codable {
    var id: String
    var position: Int
    var testId: String
    var patron: String
    var level: Int
    var scale: String
    var direction: String
    var date: String
    var summary: String
    var confidence: Double
    var status: String
    var evidence: String
    var origin: String

    init(_ response: Response, testID: String, position: Int, origin: String) throws {
        id = response.id
        self.position = position
        testId = testID
        patron = response.patron
        level = response.level.rawValue
        scale = response.scale.rawValue
        direction = response.direction.rawValue
        date = response.date.description
        summary = response.summary
        confidence = response.confidence
        status = response.status.rawValue
        evidence = try JSONColumn.encode(response.evidence)
        self.origin = origin
    }

    func response() throws -> Response {
        let reader = RowReader(table: "responses", id: id)
        guard let ladder = LadderLevel(rawValue: level) else {
            throw StoreError.corruptRow(table: "responses", id: id, reason: "level \(level) is off the ladder")
        }
        return Response(
            id: id, patron: patron, level: ladder, scale: try reader.value(Response.Scale.self, scale),
            direction: try reader.value(Response.Direction.self, direction), date: try reader.date(date),
            summary: summary, evidence: try reader.list([Evidence].self, evidence), confidence: confidence,
            status: try reader.value(Response.ReviewStatus.self, status))
    }
}

struct ClaimRow: Codable {
    var id: String
    var position: Int
    var testId: String
    var claimant: String
    var stance: String
    var statement: String
    var date: String?
    var about: String?
    var contests: String?
    var sources: String
    var origin: String

    init(_ claim: Claim, testID: String, position: Int, origin: String) throws {
        id = claim.id
        self.position = position
        testId = testID
        claimant = claim.claimant
        stance = claim.stance.rawValue
        statement = claim.statement
        date = claim.date?.description
        about = claim.about
        contests = claim.contests
        sources = try JSONColumn.encode(claim.sources)
        self.origin = origin
    }

    func claim() throws -> Claim {
        let reader = RowReader(table: "claims", id: id)
        return Claim(
            id: id, claimant: claimant, stance: try reader.value(Claim.Stance.self, stance), statement: statement,
            date: try reader.optionalDate(date), about: about, contests: contests,
            sources: try reader.list([String].self, sources))
    }
}

struct CaseBaseStateRow: Codable {
    var name: String
    var fingerprint: String
    var loadedAt: Double
    var files: Int
}
