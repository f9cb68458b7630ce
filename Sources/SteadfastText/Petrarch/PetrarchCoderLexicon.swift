import Foundation

/// The dictionaries a PETRARCH-style coder matches against, indexed by first word.
///
/// Actor names and agents are kept longest first under their first token; verb forms (one or several
/// words) point to every verb entry that has them, so that a verb listed in two families (`SHOT`) keeps
/// the patterns of both; synset phrases are split into tokens.
public struct PetrarchCoderLexicon: Sendable {
    /// A verb form and the verb entries that have it.
    struct VerbForm: Sendable {
        /// The form's words.
        var tokens: [String]
        /// Indexes into `verbs`.
        var verbs: [Int]
        /// The patterns of those verbs, longest first.
        var patterns: [PetrarchCompiledPattern] = []
    }

    let actors: [String: [ActorName]]
    let agents: [String: [PetrarchAgentDictionary.Agent]]
    let forms: [String: [VerbForm]]
    let verbs: [PetrarchVerbDictionary.Verb]
    let synsets: [String: [[String]]]
    let synsetStarts: [String: Set<String>]
    let discards: PetrarchDiscards

    /// Builds the indexes.
    ///
    /// - Parameters:
    ///   - verbs: the verbs dictionary.
    ///   - actors: the actors dictionaries.
    ///   - agents: the agents dictionary.
    ///   - discards: the discards dictionary.
    public init(
        verbs: PetrarchVerbDictionary, actors: [PetrarchActorDictionary], agents: PetrarchAgentDictionary,
        discards: PetrarchDiscards = PetrarchDiscards()
    ) {
        self.actors = Self.index(actors.flatMap(\.names), by: \.tokens)
        self.agents = Self.index(agents.agents, by: \.tokens)
        self.verbs = verbs.verbs
        var forms: [String: [VerbForm]] = [:]
        for (index, verb) in verbs.verbs.enumerated() {
            for form in verb.forms {
                let tokens = form.split(separator: " ").map(String.init)
                guard let first = tokens.first else { continue }
                if let known = forms[first]?.firstIndex(where: { $0.tokens == tokens }) {
                    forms[first]?[known].verbs.append(index)
                } else {
                    forms[first, default: []].append(VerbForm(tokens: tokens, verbs: [index]))
                }
            }
        }
        var compiled: [[Int]: [PetrarchCompiledPattern]] = [:]
        for (first, list) in forms {
            for index in list.indices {
                let indexes = list[index].verbs
                if compiled[indexes] == nil {
                    compiled[indexes] = PetrarchCompiledPattern.patterns(of: indexes.map { verbs.verbs[$0] })
                }
                forms[first]?[index].patterns = compiled[indexes] ?? []
            }
        }
        self.forms = forms.mapValues { $0.sorted { $0.tokens.count > $1.tokens.count } }
        synsets = verbs.synsets.mapValues { $0.map { $0.split(separator: " ").map(String.init) } }
        synsetStarts = synsets.mapValues { Set($0.compactMap(\.first)) }
        self.discards = discards
    }

    /// Loads the dictionaries a records file names, from a directory.
    ///
    /// - Parameters:
    ///   - environment: the file names.
    ///   - directory: where they are.
    /// - Returns: the lexicon.
    /// - Throws: `TextError.badDictionary` for a missing verbs, actors or agents file, or what loading a
    ///   dictionary throws.
    public static func load(_ environment: PetrarchEnvironment, from directory: URL) throws -> PetrarchCoderLexicon {
        func url(_ name: String?, _ kind: String) throws -> URL {
            guard let name, !name.isEmpty else {
                throw TextError.badDictionary(directory.lastPathComponent, line: 0, reason: "no \(kind) file named")
            }
            return directory.appendingPathComponent(name)
        }
        return PetrarchCoderLexicon(
            verbs: try PetrarchVerbDictionary.load(url(environment.verbs, "verbs")),
            actors: try environment.actors.map { try PetrarchActorDictionary.load(url($0, "actors")) },
            agents: try PetrarchAgentDictionary.load(url(environment.agents, "agents")),
            discards: try environment.discards.map { try PetrarchDiscards.load(url($0, "discards")) }
                ?? PetrarchDiscards())
    }

    private static func index<Entry>(_ entries: [Entry], by tokens: (Entry) -> [String]) -> [String: [Entry]] {
        var index: [String: [Entry]] = [:]
        for entry in entries {
            guard let first = tokens(entry).first else { continue }
            index[first, default: []].append(entry)
        }
        return index.mapValues { entries in
            entries.enumerated().sorted {
                (tokens($0.element).count, -$0.offset) > (tokens($1.element).count, -$1.offset)
            }
            .map(\.element)
        }
    }
}
