import ArgumentParser
import Foundation
import SteadfastText

/// `steadfast eval-petr RECORDS.xml --dictionaries DIR`: run PETRARCH's validation records through
/// the PETRARCH-style coder and print the share coded exactly right.
struct EvalPetrCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval-petr",
        abstract: "Code PETRARCH validation records from their raw text; print the share coded exactly right.",
        discussion: """
            The records file names its dictionaries (verbs, actors, agents, discards) in its <Environment>; \
            they are read from --dictionaries. A record is exactly right when the set of (source, target, \
            event code) produced equals the set it expects.
            """)

    @Argument(help: "The records file (PETR.UnitTest.records.xml).") var records: String
    @Option(help: "The directory holding the dictionaries the records file names.") var dictionaries: String
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table

    func run() async throws {
        let file = try PetrarchRecordsReader.load(URL(fileURLWithPath: records))
        let lexicon = try PetrarchCoderLexicon.load(file.environment, from: URL(fileURLWithPath: dictionaries))
        let evaluation = PetrarchEvaluation(file: file, coder: PetrarchCoder(lexicon: lexicon))
        print(format == .json ? try Formatting.json(evaluation) : evaluation.render())
    }
}
