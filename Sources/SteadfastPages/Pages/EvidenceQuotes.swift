import SteadfastCore
import SteadfastStore

/// The verbatim sentences behind evidence that points into stored articles, so that the test page
/// can quote them. Accepted review candidates carry exactly these sentences and offsets.
public struct EvidenceQuotes: Sendable, Hashable {
    private var sentences: [String: String]

    /// No quotes: evidence is shown by its note and citation only.
    public init() {
        sentences = [:]
    }

    /// The sentences of accepted candidates, by document and offsets.
    ///
    /// - Parameters:
    ///   - candidates: review candidates; only accepted ones are quoted.
    public init(candidates: [ReviewCandidate]) {
        sentences = [:]
        for candidate in candidates where candidate.status == .accepted {
            sentences[Self.key(candidate.documentID, candidate.sentence.start..<candidate.sentence.end)] =
                candidate.text
        }
    }

    /// The quoted sentence of a piece of evidence, when its source's text is stored and known.
    ///
    /// - Parameters:
    ///   - evidence: the evidence.
    /// - Returns: the sentence, or nil.
    public func quote(for evidence: Evidence) -> String? {
        evidence.span.flatMap { sentences[Self.key(evidence.sourceID, $0)] }
    }

    private static func key(_ source: String, _ span: Range<Int>) -> String {
        "\(source)#\(span.lowerBound)-\(span.upperBound)"
    }
}
