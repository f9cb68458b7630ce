import ArgumentParser
import Foundation
import SteadfastCaseBase
import SteadfastCore
import SteadfastText

/// `steadfast code FILE|-`: code an article to events on standard output, one JSON object a line,
/// without touching the database.
struct CodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code an article (text, HTML or Markdown) to events, one JSON object per line; no database.")

    @Argument(help: "The article file, or - for standard input.") var input: String
    @Option(help: "The input format: plain, html or markdown (default: from the extension or the content).")
    var inputFormat: DocumentFormat?
    @Option(help: "The publication date, YYYY[-MM[-DD]], when the input does not carry one.")
    var published: String?

    func run() async throws {
        let pipeline = try CoderSetup.pipeline()
        let (data, name) = try CoderSetup.read(input)
        var document = try pipeline.reader.read(data, name: name, format: inputFormat)
        if let published {
            guard let date = PartialDate(iso: published) else {
                throw ValidationError("--published: '\(published)' is not YYYY, YYYY-MM or YYYY-MM-DD")
            }
            document.metadata.published = date
        }
        let coded = pipeline.code(document)
        let texts = Dictionary(coded.sentences.map { ($0.span, $0.text) }, uniquingKeysWith: { first, _ in first })
        var output = ""
        for event in coded.events {
            output += try EventLine(event, text: texts[event.sentence] ?? "").json() + "\n"
        }
        FileHandle.standardOutput.write(Data(output.utf8))
    }
}

extension DocumentFormat: ExpressibleByArgument {}

/// Building the coder and reading its input, shared by `code`, `eval` and `ingest`.
enum CoderSetup {
    /// The pipeline with the built-in case base's names. The compiled actor lexicon is cached
    /// under `$XDG_CACHE_HOME/steadfast` (or `~/.cache/steadfast`) by case base fingerprint, so
    /// that start-up does not parse the case base's YAML each time.
    static func pipeline() throws -> TextPipeline {
        let directory = try CaseBase.builtInDirectory()
        let cache = cacheDirectory().appendingPathComponent("lexicon-\(try CaseBase.fingerprint(of: directory)).tsv")
        var actors: ActorLexicon
        if let text = try? String(contentsOf: cache, encoding: .utf8),
            let cached = try? ActorLexicon.parseCompiled(text, file: cache.lastPathComponent)
        {
            actors = cached
        } else {
            let caseBase = try CaseBase.load(directory: directory, asOf: Day(Date()))
            actors = ActorLexicon.from(caseBase.ledger.registry)
            try? FileManager.default.createDirectory(at: cacheDirectory(), withIntermediateDirectories: true)
            try? actors.serialized().write(to: cache, atomically: true, encoding: .utf8)
        }
        actors.merge(try ActorLexicon.standardExtras())
        return TextPipeline(coder: EventCoder(actors: actors, verbs: try VerbLexicon.standard()))
    }

    private static func cacheDirectory() -> URL {
        let environment = ProcessInfo.processInfo.environment
        let base =
            environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (environment["HOME"] ?? NSHomeDirectory()) + "/.cache"
        return URL(fileURLWithPath: base).appendingPathComponent("steadfast")
    }

    static func read(_ input: String) throws -> (Data, String) {
        if input == "-" { return (FileHandle.standardInput.readDataToEndOfFile(), "stdin") }
        let url = URL(fileURLWithPath: input)
        do {
            return (try Data(contentsOf: url), url.lastPathComponent)
        } catch {
            throw ValidationError("\(input): cannot read the file")
        }
    }
}

/// One line of `steadfast code` output.
struct EventLine: Encodable {
    var sentence: TextSpan
    var text: String
    var trigger: TextSpan
    var source: String
    var target: String
    var cameo: String
    var reading: EventReadingFields
    var date: PartialDate?
    var dateBasis: DateBasis
    var caption: Bool
    var contested: Bool
    var negated: Bool

    init(_ event: CodedEvent, text: String) {
        sentence = event.sentence
        self.text = text
        trigger = event.trigger
        source = event.source
        target = event.target
        cameo = event.cameo
        reading = EventReadingFields(event.reading)
        date = event.date
        dateBasis = event.dateBasis
        caption = event.caption
        contested = event.contested
        negated = event.negated
    }

    private enum CodingKeys: String, CodingKey {
        case sentence, text, trigger, source, target, cameo, date, dateBasis, caption, contested, negated
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(text, forKey: .text)
        try container.encode(trigger, forKey: .trigger)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encode(cameo, forKey: .cameo)
        try container.encodeIfPresent(date, forKey: .date)
        if date != nil { try container.encode(dateBasis, forKey: .dateBasis) }
        try container.encode(caption, forKey: .caption)
        try container.encode(contested, forKey: .contested)
        try container.encode(negated, forKey: .negated)
        try reading.encode(to: encoder)
    }

    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
