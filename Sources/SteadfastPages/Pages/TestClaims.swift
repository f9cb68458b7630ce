import SteadfastCore

/// A test's claims: each contested pair side by side, the claim for on the left and the one
/// against on the right, then the claims nobody contests.
struct TestClaims {
    /// The test's claims.
    var claims: [Claim]
    /// The sources they cite.
    var sources: [String: Source]

    /// Pairs of claims that contest each other, each pair once, in the order of the first.
    var pairs: [(for: Claim, against: Claim)] {
        let byID = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        var pairs: [(for: Claim, against: Claim)] = []
        for claim in claims where !seen.contains(claim.id) {
            guard let other = claim.contests.flatMap({ byID[$0] }), !seen.contains(other.id) else { continue }
            seen.formUnion([claim.id, other.id])
            let claimFirst = claim.stance == .asserts || other.stance == .denies
            pairs.append(claimFirst ? (claim, other) : (other, claim))
        }
        return pairs
    }

    /// The claims and their sides.
    func render() -> HTML {
        guard !claims.isEmpty else { return "<p class=\"muted\">No claims recorded.</p>" }
        let pairs = self.pairs
        let paired = Set(pairs.flatMap { [$0.for.id, $0.against.id] })
        let contested = pairs.map { pair -> HTML in
            """
            <div class="sides contested"><section class="for"><h3>For</h3>\(claim(pair.for))</section>\
            <section class="against"><h3>Against</h3>\(claim(pair.against))</section></div>
            """
        }
        let single = claims.filter { !paired.contains($0.id) }.map { claim -> HTML in
            "<li>\(self.claim(claim))</li>"
        }
        let rest: HTML = single.isEmpty ? "" : "<h3>Uncontested</h3><ul class=\"claims\">\(single)</ul>"
        return "\(contested)\(rest)"
    }

    private func claim(_ claim: Claim) -> HTML {
        let date: HTML = claim.date.map { "<time>\($0.description)</time>: " } ?? ""
        let cited = claim.sources.compactMap { sources[$0] }.map { source -> HTML in
            "<p class=\"cite\">\(Fragments.citation(source))</p>"
        }
        return """
            <p id="claim-\(claim.id)">\(date)<strong>\(claim.claimant)</strong> \(claim.stance.rawValue): \
            \(claim.statement)</p>\(cited)
            """
    }
}
