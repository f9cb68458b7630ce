import ArgumentParser
import Foundation
import SteadfastCaseBase
import SteadfastCore
import SteadfastStore
import SteadfastText

/// `steadfast eval --gold FILE...`: score the coder against gold annotations.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score the coder against gold files: precision, recall, F1, date accuracy, verdict agreement.")

    @OptionGroup var options: LedgerOptions
    @Option(name: .customLong("gold"), parsing: .upToNextOption, help: "Gold annotation files (YAML).")
    var goldFiles: [String]
    @Option(help: "Output format: table or json.") var format: OutputFormat = .table
    @Flag(
        name: .customLong("from-ingestion"),
        help:
            "Also judge the gold tests on a ledger built from each article alone: the case base without its tests, the article ingested and its candidates accepted."
    )
    var fromIngestion = false

    func validate() throws {
        guard !goldFiles.isEmpty else { throw ValidationError("eval needs at least one --gold FILE") }
    }

    func run() async throws {
        let pipeline = try CoderSetup.pipeline()
        let configuration = try options.configuration()
        let reading = try await Session.read(configuration)
        var files: [Evaluation.File] = []
        for path in goldFiles {
            let gold = try GoldFile.load(URL(fileURLWithPath: path))
            let (data, name) = try CoderSetup.read(gold.document.path)
            var document = try pipeline.reader.read(data, name: name)
            if document.metadata.published == nil { document.metadata.published = gold.published }
            let coded = pipeline.code(document)
            let score = EventScore(
                events: coded.events, gold: gold.events, document: coded.document, sentences: coded.sentences)
            let trial =
                fromIngestion
                ? try await IngestionTrial.run(coded, name: name, gold: gold.tests, configuration: configuration) : nil
            files.append(
                Evaluation.File(
                    gold: path, score: score, verdicts: VerdictAgreement(gold: gold.tests, reading: reading),
                    fromIngestion: trial))
        }
        let evaluation = Evaluation(files: files)
        print(format == .json ? try Formatting.json(evaluation) : evaluation.render())
    }
}
