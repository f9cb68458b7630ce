import SteadfastCore

extension CaseBaseParser {
    func readTest(_ entry: MappingReader, into fragment: inout Fragment) {
        entry.rejectUnknownKeys([
            "id", "title", "client", "adversary", "threat", "place", "targetsRegime", "started", "ended", "severity",
            "outcome", "summary", "sources", "responses", "claims", "note",
        ])
        let id = identifier(entry, into: &fragment)
        let title = entry.required("title")
        let client = actorCode(entry, "client", into: &fragment)
        let adversary = actorCode(entry, "adversary", required: false, into: &fragment)
        let threat = entry.choice("threat", ThreatKind.self)
        if entry.node("threat") == nil { entry.log.report("missing required field", at: entry.location(of: "threat")) }
        let place = entry.string("place")
        if let place { fragment.refer(to: .place, place, at: entry.location(of: "place")) }
        let started = entry.date("started", required: true)
        let ended = entry.date("ended")
        checkOrder(started, ended, entry, endKey: "ended")
        let sources = sourceList(entry, into: &fragment)
        if sources.isEmpty { entry.log.report("a test needs at least one source", at: entry.location(of: "sources")) }
        let partial = started.map {
            AllianceTest(id: "", title: "", client: "", threat: .invasion, started: $0, ended: ended)
        }
        let window = partial.map { rules.window(for: $0, asOf: asOf) }
        let responses = entry.mappings("responses").compactMap { readResponse($0, window: window, into: &fragment) }
        let claimReaders = entry.mappings("claims")
        let claims = claimReaders.compactMap { readClaim($0, into: &fragment) }
        checkClaims(id: id ?? "", responses: responses, claims: claims, claimReaders)
        let targetsRegime = entry.bool("targetsRegime") ?? false
        let severity = entry.choice("severity", AllianceTest.Severity.self)
        let outcome = entry.choice("outcome", AllianceTest.Outcome.self)
        guard let id, let title, let client, let threat, let started else { return }
        let test = AllianceTest(
            id: id, title: title, client: client, adversary: adversary, threat: threat, place: place,
            targetsRegime: targetsRegime, started: started, ended: ended, severity: severity, outcome: outcome,
            summary: entry.string("summary"), sources: sources, responses: responses, claims: claims)
        fragment.tests.append(test)
    }

    private func readResponse(_ entry: MappingReader, window: DayInterval?, into fragment: inout Fragment) -> Response?
    {
        entry.rejectUnknownKeys([
            "id", "patron", "level", "scale", "direction", "date", "summary", "evidence", "confidence", "status",
            "note",
        ])
        let id = identifier(entry, into: &fragment)
        let patron = actorCode(entry, "patron", into: &fragment)
        let level = entry.int("level", in: 0...7).flatMap(LadderLevel.init(rawValue:))
        if entry.node("level") == nil { entry.log.report("missing required field", at: entry.location(of: "level")) }
        let date = entry.date("date", required: true)
        if let date, let window, !date.interval.overlaps(window) {
            entry.log.report(
                "response dated \(date) lies outside its test's response window \(window)",
                at: entry.location(of: "date"))
        }
        let summary = entry.required("summary")
        let evidence = entry.mappings("evidence").compactMap { readEvidence($0, into: &fragment) }
        if evidence.isEmpty {
            entry.log.report("a response needs at least one piece of evidence", at: entry.location(of: "evidence"))
        }
        guard let id, let patron, let level, let date, let summary else { return nil }
        return Response(
            id: id, patron: patron, level: level, scale: entry.choice("scale", Response.Scale.self) ?? .full,
            direction: entry.choice("direction", Response.Direction.self) ?? .support, date: date, summary: summary,
            evidence: evidence, confidence: entry.double("confidence", in: 0...1) ?? 1,
            status: entry.choice("status", Response.ReviewStatus.self) ?? .accepted)
    }

    private func readEvidence(_ entry: MappingReader, into fragment: inout Fragment) -> Evidence? {
        entry.rejectUnknownKeys(["source", "note"])
        guard let source = entry.required("source") else { return nil }
        fragment.refer(to: .source, source, at: entry.location(of: "source"))
        return Evidence(sourceID: source, note: entry.string("note"))
    }

    private func readClaim(_ entry: MappingReader, into fragment: inout Fragment) -> Claim? {
        entry.rejectUnknownKeys(["id", "claimant", "stance", "statement", "date", "about", "contests", "sources"])
        let id = identifier(entry, into: &fragment)
        let claimant = actorCode(entry, "claimant", into: &fragment)
        let statement = entry.required("statement")
        let sources = sourceList(entry, into: &fragment)
        if sources.isEmpty { entry.log.report("a claim needs at least one source", at: entry.location(of: "sources")) }
        guard let id, let claimant, let statement else { return nil }
        return Claim(
            id: id, claimant: claimant, stance: entry.choice("stance", Claim.Stance.self) ?? .asserts,
            statement: statement, date: entry.date("date"), about: entry.string("about"),
            contests: entry.string("contests"), sources: sources)
    }

    /// A claim's `about` must name a response of the same test, and `contests` a claim of it.
    private func checkClaims(id testID: String, responses: [Response], claims: [Claim], _ readers: [MappingReader]) {
        let responseIDs = Set(responses.map(\.id))
        let claimIDs = Set(claims.map(\.id))
        for claimReader in readers {
            guard let id = claimReader.string("id"), let claim = claims.first(where: { $0.id == id }) else {
                continue
            }
            if let about = claim.about, !responseIDs.contains(about) {
                claimReader.log.report(
                    "'\(about)' is not a response of test '\(testID)'", at: claimReader.location(of: "about"))
            }
            if let contested = claim.contests, !claimIDs.contains(contested) || contested == claim.id {
                claimReader.log.report(
                    "'\(contested)' is not another claim of test '\(testID)'", at: claimReader.location(of: "contests"))
            }
        }
    }
}
