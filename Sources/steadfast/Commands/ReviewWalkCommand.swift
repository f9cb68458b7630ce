import ArgumentParser
import Foundation
import SteadfastCore
import SteadfastStore

/// `steadfast review walk`: the waiting candidates one at a time, each accepted, rejected,
/// corrected or skipped at a prompt. Answers are read line by line from standard input, so a
/// script can pipe them in as well.
struct ReviewWalkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "walk",
        abstract: "Walk through waiting candidates: accept (a), reject (r), correct (c), skip (s) or quit (q).")

    @OptionGroup var options: LedgerOptions

    func run() async throws {
        let configuration = try options.configuration()
        let (store, _) = try await Session.open(configuration)
        let linker = CandidateLinker(tests: [], rules: configuration.rules, asOf: configuration.asOf)
        var tally = [ReviewCandidate.Status.accepted: 0, .rejected: 0]
        do {
            let waiting = try await store.candidates(status: .candidate)
            if waiting.isEmpty { Self.say("no candidates waiting") }
            walking: for (index, listed) in waiting.enumerated() {
                // An earlier decision may have linked this one to a new test: read it again.
                guard
                    let candidate = try await store.candidates(status: .candidate).first(where: { $0.id == listed.id })
                else { continue }
                Self.say("\n[\(index + 1)/\(waiting.count)] " + ReviewListCommand.render([candidate]))
                while true {
                    guard let answer = Self.ask("accept (a), reject (r), correct (c), skip (s), quit (q)?") else {
                        break walking
                    }
                    var correction = CandidateCorrection()
                    switch answer.lowercased() {
                    case "a", "accept": break
                    case "r", "reject": break
                    case "c", "correct":
                        guard let corrected = Self.correction(for: candidate) else { break walking }
                        correction = corrected
                    case "s", "skip", "": continue walking
                    case "q", "quit": break walking
                    default:
                        Self.say("'\(answer)' is not a, r, c, s or q")
                        continue
                    }
                    do {
                        let accept = !answer.lowercased().hasPrefix("r")
                        let decided = try await store.decide(
                            candidate.id, accept: accept, correction: correction, linker: linker,
                            actor: TokenCommand.actor)
                        tally[decided.status, default: 0] += 1
                        Self.say("\(decided.id) \(decided.status.rawValue): \(decided.note ?? "")")
                        continue walking
                    } catch {
                        Self.say("not decided: \(error)")
                    }
                }
            }
            await store.close()
        } catch {
            await store.close()
            throw error
        }
        Self.say("\n\(tally[.accepted] ?? 0) accepted, \(tally[.rejected] ?? 0) rejected")
    }

    /// Writes a line at once: the prompts must not wait in a buffer while the walk reads an answer.
    static func say(_ line: String) {
        write(line + "\n")
    }

    private static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// Asks one question; nil at the end of input.
    static func ask(_ question: String) -> String? {
        write(question + " ")
        return readLine()?.trimmingCharacters(in: .whitespaces)
    }

    /// Asks for each field in turn; an empty answer keeps the value shown. Nil at the end of input.
    static func correction(for candidate: ReviewCandidate) -> CandidateCorrection? {
        var correction = CandidateCorrection()
        if case .support(let level, let scale) = candidate.reading {
            guard let levelAnswer = ask("level 0-7 [\(level.rawValue)]:") else { return nil }
            correction.level = Int(levelAnswer).flatMap(LadderLevel.init(rawValue:))
            guard let scaleAnswer = ask("scale token|limited|full [\(scale.rawValue)]:") else { return nil }
            correction.scale = Response.Scale(rawValue: scaleAnswer)
        }
        guard let source = ask("who acted [\(candidate.source)]:"),
            let target = ask("who was helped or threatened [\(candidate.target)]:"),
            let date = ask("date YYYY[-MM[-DD]] [\(candidate.date?.description ?? "none")]:"),
            let test = ask("test [\(candidate.testID ?? "none")]:")
        else { return nil }
        correction.source = source.isEmpty ? nil : source
        correction.target = target.isEmpty ? nil : target
        correction.date = PartialDate(iso: date)
        correction.testID = test.isEmpty ? nil : test
        if correction.testID == nil, candidate.testID == nil {
            guard
                let threat = ask(
                    "threat of a new test (\(ThreatKind.allCases.map(\.rawValue).joined(separator: ", "))) []:")
            else { return nil }
            correction.threat = ThreatKind(rawValue: threat)
        }
        return correction
    }
}
