/// The realized level of a patron in a test, with the response that set it.
public struct RealizedLevel: Sendable, Hashable {
    /// The level reached.
    public var level: LadderLevel
    /// The response that set it, if any.
    public var decidingResponse: Response?
    /// Every counted response, in date order.
    public var counted: [CountedResponse]
    /// Defections seen, as red flags.
    public var redFlags: [String]
}

extension VerdictRules {
    /// The highest effective level among a patron's accepted responses in the window, after the
    /// scale, withdrawal and defection rules, applied in date order.
    ///
    /// - Support counts at its effective level; after a withdrawal or uncontested defection only a
    ///   full-scale response counts above the cap.
    /// - A withdrawal caps the level reached so far at `withdrawalCap`.
    /// - A defection is a red flag; accepted and uncontested, it caps at `defectionCap`.
    ///
    /// - Parameters:
    ///   - responses: the patron's responses in the test, any status.
    ///   - claims: the test's claims, to tell contested defections.
    ///   - window: the response window.
    /// - Returns: the realized level and what set it.
    public func realizedLevel(
        of responses: [Response], claims: [Claim], window: DayInterval
    ) -> RealizedLevel {
        var result = RealizedLevel(level: .abstain, decidingResponse: nil, counted: [], redFlags: [])
        var cap: LadderLevel?
        let relevant = responses.filter { $0.status != .rejected && $0.date.interval.overlaps(window) }
        for response in relevant.sorted(by: { ($0.date, $0.id) < ($1.date, $1.id) }) {
            if response.direction == .defection {
                result.redFlags.append(defectionFlag(response, claims: claims))
            }
            guard response.status == .accepted else { continue }
            switch response.direction {
            case .support:
                count(support: response, cap: cap, into: &result)
            case .withdrawal:
                cap = withdrawalCap
                apply(cap: withdrawalCap, by: response, note: "withdrawal caps the level", into: &result)
            case .defection:
                guard let defectionCap, !isContested(response, claims: claims) else {
                    result.counted.append(
                        CountedResponse(
                            responseID: response.id, direction: .defection, effective: result.level,
                            note: "contested defection: red flag only"))
                    continue
                }
                cap = min(cap ?? defectionCap, defectionCap)
                apply(cap: defectionCap, by: response, note: "uncontested defection caps the level", into: &result)
            }
        }
        return result
    }

    private func count(support response: Response, cap: LadderLevel?, into result: inout RealizedLevel) {
        var effective = effectiveLevel(of: response)
        var note = "\(response.scale.rawValue) \(response.level.name) counts as \(effective)"
        if let cap, response.scale != .full, effective > cap {
            effective = cap
            note += ", capped at \(cap) after a withdrawal"
        }
        result.counted.append(
            CountedResponse(responseID: response.id, direction: .support, effective: effective, note: note))
        if effective > result.level || result.decidingResponse == nil && effective == result.level {
            result.level = effective
            result.decidingResponse = response
        }
    }

    private func apply(cap: LadderLevel, by response: Response, note: String, into result: inout RealizedLevel) {
        result.counted.append(
            CountedResponse(responseID: response.id, direction: response.direction, effective: cap, note: note))
        if result.level > cap || result.decidingResponse == nil {
            result.level = min(result.level, cap)
            result.decidingResponse = response
        }
    }

    private func isContested(_ response: Response, claims: [Claim]) -> Bool {
        let about = claims.filter { $0.about == response.id }
        let ids = Set(about.map(\.id))
        return about.contains { $0.stance == .denies || $0.contests != nil }
            || claims.contains { $0.contests.map(ids.contains) ?? false }
    }

    private func defectionFlag(_ response: Response, claims: [Claim]) -> String {
        let state =
            response.status == .accepted
            ? (isContested(response, claims: claims) ? "contested" : "accepted")
            : response.status.rawValue
        return "\(response.id) (\(state)): \(response.summary)"
    }
}
