import ArgumentParser
import Dispatch
import Foundation
import SteadfastText

/// `steadfast bench`: measured throughput, for docs/PERFORMANCE.md (never asserted in tests).
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench", abstract: "Measure throughput of the text pipeline and the store.",
        subcommands: [BenchCodeCommand.self, BenchStoreCommand.self])
}

/// `steadfast bench code FILE`: sentences per second through splitting, dating and coding.
struct BenchCodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code", abstract: "Sentences per second for the coder on a text file, repeated.")

    @Argument(help: "A text file (plain, HTML or Markdown).") var input: String
    @Option(help: "How many passes over the text.") var repeats = 20

    func run() async throws {
        let setupStart = DispatchTime.now()
        let pipeline = try CoderSetup.pipeline()
        let setup = seconds(since: setupStart)
        let (data, name) = try CoderSetup.read(input)
        let document = try pipeline.reader.read(data, name: name)
        let sentences = pipeline.splitter.sentences(in: document)
        let dates = DateResolver(published: document.metadata.published).resolve(sentences)
        var events = 0
        let codingStart = DispatchTime.now()
        for _ in 0..<repeats { events += pipeline.coder.code(sentences, dates: dates).count }
        let coding = seconds(since: codingStart)
        let pipelineStart = DispatchTime.now()
        for _ in 0..<repeats { events += pipeline.code(document).events.count }
        let whole = seconds(since: pipelineStart)
        let total = Double(sentences.count * repeats)
        print("lexicon setup: \(Formatting.number(setup, digits: 3)) s")
        print("sentences: \(sentences.count) × \(repeats) passes, \(events / (2 * repeats)) events a pass")
        print("coder alone: \(Int(total / coding)) sentences/s")
        print("split + date + code: \(Int(total / whole)) sentences/s")
    }

    private func seconds(since start: DispatchTime) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    }
}
