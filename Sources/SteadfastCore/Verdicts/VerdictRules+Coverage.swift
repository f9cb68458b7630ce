extension VerdictRules {
    /// Whether a commitment's scope covers a test, with the reason in words.
    ///
    /// Threats: the scope's list, or the kind's default; kinds in `coversThreatsToRegime` (and
    /// scopes marked `regime`) also cover tests marked `targetsRegime`. Places: the scope's
    /// `includes`, or the client's recognized territory for territorial kinds, or anywhere;
    /// then minus `excludes`. A place lies within another by the registry's `within` links.
    ///
    /// - Parameters:
    ///   - commitment: the commitment.
    ///   - test: the test.
    ///   - registry: places and their containment.
    /// - Returns: the coverage record.
    public func coverage(
        of commitment: Commitment, for test: AllianceTest, in registry: ActorRegistry
    ) -> CommitmentCoverage {
        let expected = expectedLevel[commitment.kind] ?? .abstain
        func record(_ covers: Bool, _ reason: String) -> CommitmentCoverage {
            CommitmentCoverage(
                commitmentID: commitment.id, kind: commitment.kind, expected: expected, covers: covers,
                reason: reason)
        }
        guard expectedLevel[commitment.kind] != nil else {
            return record(false, "\(commitment.kind.rawValue) sets no expectation under these rules")
        }
        if !commitment.scope.adversaries.isEmpty {
            guard let adversary = test.adversary, commitment.scope.adversaries.contains(adversary) else {
                return record(false, "covers attacks by \(commitment.scope.adversaries.joined(separator: ", ")) only")
            }
        }
        if let reason = threatExclusion(of: commitment, for: test) {
            return record(false, reason)
        }
        if let reason = placeExclusion(of: commitment, for: test, in: registry) {
            return record(false, reason)
        }
        return record(true, "covers \(test.threat.rawValue) in \(test.location)")
    }

    private func threatExclusion(of commitment: Commitment, for test: AllianceTest) -> String? {
        let threats = commitment.scope.threats ?? coveredThreats[commitment.kind] ?? []
        if threats.contains(test.threat) { return nil }
        let backsRegime = commitment.scope.regime ?? coversThreatsToRegime.contains(commitment.kind)
        if backsRegime && test.targetsRegime { return nil }
        return "does not cover \(test.threat.rawValue)"
    }

    private func placeExclusion(
        of commitment: Commitment, for test: AllianceTest, in registry: ActorRegistry
    ) -> String? {
        let location = test.location
        if let excluded = commitment.scope.excludes.first(where: { registry.isPlace(location, within: $0) }) {
            return "scope excludes \(excluded)"
        }
        let included = commitment.scope.includes
        if included.isEmpty {
            guard territorial.contains(commitment.kind), !registry.isPlace(location, within: commitment.client)
            else { return nil }
            return "\(location) lies outside \(commitment.client)'s recognized territory"
        }
        if included.contains(where: { registry.isPlace(location, within: $0) }) { return nil }
        return "\(location) lies outside \(included.joined(separator: ", "))"
    }
}
