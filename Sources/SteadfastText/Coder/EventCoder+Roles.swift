import SteadfastCore

extension EventCoder {
    /// Turns a trigger into an event: finds who acts and who is acted upon, and reads negation,
    /// modality, contest and scale around the trigger.
    func events(
        for trigger: Trigger, in clause: SentenceClause, sentence: Sentence, date: PartialDate?,
        state: DiscourseState
    ) -> [CodedEvent] {
        let start = trigger.tokens.lowerBound
        if clause.introducesCases(before: start) { return [] }
        let subjects = clause.subjects(before: start)
        let subjectCodes: [String?] =
            subjects.count > 1 && !clause.isCoordinated(start) ? subjects.map(\.code) : [nil]
        let companions = clause.companions(after: trigger.tokens.upperBound)
        let objectCodes: [String?] = companions.count > 1 ? companions.map(\.code) : [nil]
        return subjectCodes.flatMap { subject in
            objectCodes.compactMap { object in
                event(
                    for: trigger, in: clause, sentence: sentence, date: date, state: state, subject: subject,
                    object: object)
            }
        }
    }

    private func event(
        for trigger: Trigger, in clause: SentenceClause, sentence: Sentence, date: PartialDate?,
        state: DiscourseState, subject: String?, object: String?
    ) -> CodedEvent? {
        let start = trigger.tokens.lowerBound
        let negated = clause.precededBy(Cues.negation, at: start, distance: 4)
        let hypothetical = clause.precededBy(Cues.hypothetical, at: start, distance: 3)
        var reading = trigger.pattern.reading
        if case .threat(.massProtest) = reading {
        } else if Self.isNoun(trigger, clause) {
            return nil
        }
        switch reading {
        case .threat(let kind):
            if negated || hypothetical { return nil }
            if kind == .massProtest, !isProtestHappening(trigger, clause) { return nil }
        case .outcome:
            if negated { return nil }
            if hypothetical {
                return plannedDeparture(trigger, clause, sentence: sentence, date: date, state: state)
            }
        default: break
        }
        if let accusation = accusedDefection(trigger, clause, state) {
            return CodedEvent(
                sentence: sentence.span, trigger: span(trigger.tokens, clause, sentence), source: accusation.0,
                target: accusation.1, cameo: "11", reading: .defection, date: date,
                caption: sentence.kind == .caption, contested: true, negated: false)
        }
        var object = object
        if trigger.pattern.leaderObject {
            guard let leader = clause.leader(after: trigger.tokens.upperBound) else { return nil }
            object = leader
        }
        if case .support(let level, _) = reading, trigger.pattern.nominalLevel, !negated,
            let named = NominalHelp.level(in: clause.tokens, range: 0..<clause.tokens.count), named > level
        {
            reading = .support(named, .full)
        }
        if case .support(let level, _) = reading {
            if negated {
                reading = .support(.abstain, .full)
            } else if hypothetical {
                reading = .support(min(level, .verbal), .full)
            } else {
                reading = .support(level, scale(around: trigger.tokens, in: clause))
            }
        }
        if trigger.pattern.againstObject, let redirected = againstReading(trigger, reading, clause, state) {
            reading = redirected
        }
        guard
            let (source, target) = roles(
                for: trigger, reading: reading, in: clause, state: state, subject: subject, object: object)
        else { return nil }
        if case .threat(.externalAttack) = reading, actors.insurgentCodes.contains(source) {
            reading = .threat(.insurgentOffensive)
        }
        return CodedEvent(
            sentence: sentence.span, trigger: span(trigger.tokens, clause, sentence), source: source, target: target,
            cameo: negated ? "0" : trigger.pattern.cameo, reading: reading, date: date,
            caption: sentence.kind == .caption,
            contested: clause.sentenceContains(Cues.contested, before: trigger.tokens.upperBound), negated: negated)
    }

    /// A planned or rumoured flight to another state ("has allegedly planned to flee to Moscow") is
    /// not an outcome but a report of intent toward that state: CAMEO 01, contested when hedged.
    private func plannedDeparture(
        _ trigger: Trigger, _ clause: SentenceClause, sentence: Sentence, date: PartialDate?, state: DiscourseState
    ) -> CodedEvent? {
        guard trigger.pattern.selfTargeted, trigger.tokens.count > 1,
            clause.tokens[trigger.tokens.upperBound - 1].normalized == "to",
            let subject = clause.subject(before: trigger.tokens.lowerBound)?.code,
            let destination = clause.object(after: trigger.tokens.upperBound, excluding: subject, window: 3)
        else { return nil }
        return CodedEvent(
            sentence: sentence.span, trigger: span(trigger.tokens, clause, sentence), source: subject,
            target: destination.code, cameo: "01", reading: .other, date: date, caption: sentence.kind == .caption,
            contested: clause.sentenceContains(Cues.contested, before: trigger.tokens.upperBound), negated: false)
    }

    /// Help voiced against an adversary ("condemned Adversaria") goes to the client under threat;
    /// with no client in focus, it is help to the object only when the object is the victim
    /// ("condemned the attack on Clientia"), else a plain criticism of the object.
    private func againstReading(
        _ trigger: Trigger, _ reading: EventReading, _ clause: SentenceClause, _ state: DiscourseState
    ) -> EventReading? {
        guard state.focusClient == nil else { return nil }
        guard let object = clause.object(after: trigger.tokens.upperBound, excluding: nil) else { return nil }
        let before = object.tokens.lowerBound - 1
        let victim = before >= 0 && ["on", "in", "against", "to"].contains(clause.tokens[before].normalized)
        return victim ? nil : .other
    }

    /// A one-word trigger right after a determiner is a noun ("the attack", "a loan"), not an act;
    /// so is a help word after a preposition or an actor's adjective ("relied on Russian support"),
    /// but never a past tense ("Russia supported Assad").
    static func isNoun(_ trigger: Trigger, _ clause: SentenceClause) -> Bool {
        let start = trigger.tokens.lowerBound
        guard trigger.tokens.count == 1, start > 0 else { return false }
        let before = clause.tokens[start - 1].normalized
        if ["the", "a", "an", "this", "that", "its", "their", "his", "her", "any", "such", "other"].contains(before) {
            return true
        }
        guard trigger.pattern.nominalLevel, !clause.tokens[start].normalized.hasSuffix("ed") else { return false }
        let afterActor = clause.mentions.contains { $0.tokens.upperBound == start }
        return afterActor || ["on", "of", "for", "with", "and", "military", "financial", "security"].contains(before)
    }

    private func span(_ range: Range<Int>, _ clause: SentenceClause, _ sentence: Sentence) -> TextSpan {
        TextSpan(
            start: sentence.span.start + clause.tokens[range.lowerBound].span.start,
            end: sentence.span.start + clause.tokens[range.upperBound - 1].span.end)
    }

    /// "Protests" names a threat only when protests happen ("protests erupted", "a wave of
    /// protests", "protests in Iran"), not when they are crushed or feared.
    private func isProtestHappening(_ trigger: Trigger, _ clause: SentenceClause) -> Bool {
        let start = trigger.tokens.lowerBound
        if clause.precededBy(Cues.suppression, at: start, distance: 4) { return false }
        let after = trigger.tokens.upperBound..<min(clause.tokens.count, trigger.tokens.upperBound + 4)
        if after.contains(where: { Cues.suppression.contains(clause.tokens[$0].normalized) }) { return false }
        let word = clause.tokens[start].normalized
        let isNoun = word.hasSuffix("protests") || word == "protest"
        guard isNoun else { return true }
        let happening =
            after.contains { Cues.happening.contains(clause.tokens[$0].normalized) }
            || clause.precededBy(
                ["wave", "waves", "mass", "nationwide", "massive", "anti-government"], at: start, distance: 3)
        return happening
    }

    /// "X accused Y of providing intelligence to Z", with Z the adversary of X's side: a contested
    /// defection of Y toward X.
    private func accusedDefection(
        _ trigger: Trigger, _ clause: SentenceClause, _ state: DiscourseState
    ) -> (String, String)? {
        guard
            ["accuse", "accused", "accuses", "accusing"].contains(clause.tokens[trigger.tokens.lowerBound].normalized),
            let accuser = clause.subject(before: trigger.tokens.lowerBound),
            let accused = clause.object(after: trigger.tokens.upperBound, excluding: accuser.code),
            let beneficiary = clause.object(after: accused.tokens.upperBound, excluding: accused.code, window: 10),
            beneficiary.code != accuser.code,
            state.focusAdversary == nil || state.focusAdversary == beneficiary.code
        else { return nil }
        let between = accused.tokens.upperBound..<beneficiary.tokens.lowerBound
        let helps = between.contains { index in
            ["providing", "supplying", "giving", "helping", "aiding", "sharing", "passing"].contains(
                clause.tokens[index].normalized)
        }
        return helps ? (accused.code, accuser.code) : nil
    }

    /// Scale cues from two words before the trigger to two words after it.
    private func scale(around trigger: Range<Int>, in clause: SentenceClause) -> Response.Scale {
        if clause.precededBy(Cues.token, at: trigger.lowerBound, distance: 2) { return .token }
        let window = max(0, trigger.lowerBound - 2)..<min(clause.tokens.count, trigger.upperBound + 2)
        return window.contains { Cues.limited.contains(clause.tokens[$0].normalized) } ? .limited : .full
    }

    /// Subject and object of a trigger, with the passive voice, pronouns continuing the last
    /// subject, and the client under threat as the beneficiary of help that names no one.
    private func roles(
        for trigger: Trigger, reading: EventReading, in clause: SentenceClause, state: DiscourseState,
        subject given: String?, object givenObject: String?
    ) -> (String, String)? {
        let start = trigger.tokens.lowerBound
        let end = trigger.tokens.upperBound
        if clause.isPassive(trigger.tokens), let agent = clause.agent(after: end) {
            guard let patient = clause.subject(before: start)?.code ?? state.focusClient else { return nil }
            return agent.code == patient ? nil : (agent.code, patient)
        }
        // "sent troops to Armenia ... to help put down protests": a purpose keeps the acting subject.
        var helps = false
        if case .support = reading { helps = true }
        let purpose =
            helps && start > 0 && clause.tokens[start - 1].normalized == "to"
            && clause.previous.map { $0.target == clause.subject(before: start)?.code } == true
        let coordinated = clause.isCoordinated(start) || purpose ? clause.previous : nil
        let nearest = clause.subject(before: start)
        let speaking = nearest.map { clause.reportsOwnAction($0, before: start) } ?? false
        let pronounFirst = !speaking && clause.pronounSubject(after: nearest?.tokens.upperBound ?? 0, before: start)
        var subject =
            given ?? coordinated?.source ?? (pronounFirst ? state.lastSource : nil) ?? nearest?.code
        if trigger.pattern.selfTargeted {
            guard let subject else { return nil }
            return (subject, subject)
        }
        let objectMention = clause.object(after: start + 1, excluding: subject)
        if trigger.pattern.objectTargeted {
            guard let object = objectMention?.code else { return nil }
            return (object, object)
        }
        if trigger.pattern.leaderObject, let leader = givenObject, subject == leader {
            // "entered Caracas to capture Maduro": the place before the purpose is not who acts.
            subject = clause.mentions.last { $0.tokens.upperBound <= start && $0.code != leader }?.code
        }
        var object = givenObject ?? objectMention?.code ?? coordinated?.target
        if case .support = reading, let client = state.focusClient, client != subject,
            trigger.pattern.againstObject || (object != nil && object == state.focusAdversary)
        {
            object = client
        }
        if case .withdrawal = reading, let mention = objectMention, mention.tokens.lowerBound > 0,
            clause.tokens[mention.tokens.lowerBound - 1].normalized == "to"
        {
            object = state.focusClient ?? coordinated?.target
        }
        switch reading {
        case .threat(let kind):
            let continuing =
                subject != nil && (subject == state.focusAdversary || actors.insurgentCodes.contains(subject ?? ""))
                ? state.focusClient : nil
            guard let target = object ?? continuing ?? (kind == .massProtest ? subject : nil) else { return nil }
            let source = kind == .massProtest && object != nil && subject == nil ? target : subject
            guard let source else { return nil }
            return (source, target)
        case .support, .withdrawal, .defection:
            guard let subject else { return nil }
            // "with Russia sending jets to Iran, and Iran providing drones": help given back.
            let newClause = nearest.map { clause.opensClause($0) } ?? false
            let reciprocal = clause.previous.flatMap { newClause && $0.target == subject ? $0.source : nil }
            guard let target = object ?? reciprocal ?? state.focusClient, target != subject else { return nil }
            return (subject, target)
        case .outcome, .other:
            guard let subject, let object else { return nil }
            return (subject, object)
        }
    }
}
