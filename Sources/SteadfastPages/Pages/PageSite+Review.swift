import SteadfastCore
import SteadfastStore
import SteadfastText

extension PageSite {
    /// The review queue: each waiting candidate with its sentence and a form to accept or reject it
    /// (`POST /review/{id}` with `decision`, `level`, `scale`, `test`, `threat` and `token`), then those
    /// already decided.
    ///
    /// - Parameters:
    ///   - candidates: the candidates, any status.
    ///   - notice: a message to show first, such as the outcome of the last decision.
    /// - Returns: the page.
    public func reviewQueue(_ candidates: [ReviewCandidate], notice: String? = nil) -> RenderedPage {
        let waiting = candidates.filter { $0.status == .candidate }
        let decided = candidates.filter { $0.status != .candidate }
        let message: HTML = notice.map { "<p class=\"notice card\" role=\"status\">\($0)</p>" } ?? ""
        let empty: HTML = waiting.isEmpty ? "<p class=\"muted\">Nothing waits for review.</p>" : ""
        let decidedList: HTML =
            decided.isEmpty ? "" : "<h2>Decided</h2><ul class=\"decided\">\(decided.map(decidedItem))</ul>"
        let main: HTML = """
            <h1>Review queue</h1>
            \(message)<p class="lede">\(waiting.count) events coded from ingested articles wait for a decision. \
            Accepting help adds a response to its test with the sentence as evidence.</p>
            \(empty)\(waiting.map(card))
            \(decidedList)
            """
        return RenderedPage(body: layout.document(title: "Review queue", section: .review, main: main))
    }

    private func card(_ candidate: ReviewCandidate) -> HTML {
        let test: HTML = candidate.testID.map { "test \(Fragments.test($0, title: $0))" } ?? "no test linked"
        let flags = [candidate.contested ? "contested" : nil, candidate.caption ? "from a caption" : nil]
            .compactMap { $0 }.joined(separator: ", ")
        let check: HTML =
            candidate.date == nil
            ? "" : candidate.dateBasis.caution.map { " <strong class=\"date-check\">(\($0): check)</strong>" } ?? ""
        return """
            <article class="candidate card" id="candidate-\(candidate.id)">\
            <p><strong>\(candidate.source) → \(candidate.target)</strong> \(Self.reading(candidate.reading)) · \
            \(candidate.date?.description ?? "undated")\(check) · \(test) · CAMEO \(candidate.cameo)\
            \(flags.isEmpty ? "" : " · \(flags)")</p>\
            <blockquote class="sentence">\(candidate.text)</blockquote>\
            <p class="cite">\(candidate.id) from document \(candidate.documentID)</p>\(form(candidate))</article>
            """
    }

    private func form(_ candidate: ReviewCandidate) -> HTML {
        var level = -1
        var scale = Response.Scale.full
        if case .support(let supported, let supportedScale) = candidate.reading {
            (level, scale) = (supported.rawValue, supportedScale)
        }
        let levels = LadderLevel.allCases.map { rung -> HTML in
            let selected: HTML = rung.rawValue == level ? " selected" : ""
            return "<option value=\"\(rung.rawValue)\"\(selected)>\(rung.description)</option>"
        }
        let scales = Response.Scale.allCases.map { option -> HTML in
            let selected: HTML = option == scale ? " selected" : ""
            return "<option value=\"\(option.rawValue)\"\(selected)>\(option.rawValue)</option>"
        }
        let unchanged: HTML = level < 0 ? " selected" : ""
        let threats = ThreatKind.allCases.map { kind -> HTML in
            "<option value=\"\(kind.rawValue)\">\(kind.rawValue)</option>"
        }
        return """
            <form class="decide" method="post" action="\(SitePath.decision(candidate.id))">\
            <label>Level<select name="level"><option value=""\(unchanged)>as coded</option>\(levels)</select></label>\
            <label>Scale<select name="scale">\(scales)</select></label>\
            <label>Date<input name="date" value="" placeholder="\(candidate.date?.description ?? "YYYY-MM-DD")" \
            size="11" pattern="[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"></label>\
            <label>Test<input name="test" value="\(candidate.testID ?? "")" size="22"></label>\
            <label>New test's threat<select name="threat"><option value="" selected>none</option>\(threats)</select></label>\
            <label>Token<input name="token" type="password" autocomplete="current-password" size="12"></label>\
            <button type="submit" name="decision" value="accept">Accept</button>\
            <button type="submit" name="decision" value="reject">Reject</button></form>
            """
    }

    private func decidedItem(_ candidate: ReviewCandidate) -> HTML {
        """
        <li id="candidate-\(candidate.id)">\(candidate.status.rawValue): \(candidate.source) → \(candidate.target) \
        \(Self.reading(candidate.reading)) — “\(candidate.text)”\(candidate.note.map { " (\($0))" } ?? "")</li>
        """
    }

    static func reading(_ reading: EventReading) -> String {
        switch reading {
        case .support(let level, let scale): "support \(level) \(scale.rawValue)"
        case .threat(let kind): "threat \(kind.rawValue)"
        case .outcome(let outcome): "outcome \(outcome.rawValue)"
        case .withdrawal, .defection, .other: reading.type
        }
    }
}
