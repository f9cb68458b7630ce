import Foundation
import SteadfastCore

/// A document read, split into sentences, dated and coded.
public struct CodedDocument: Sendable {
    /// The document.
    public var document: PreparedDocument
    /// Its sentences.
    public var sentences: [Sentence]
    /// Each sentence's date mentions.
    public var dates: [[DateMention]]
    /// The events found.
    public var events: [CodedEvent]
}

/// The whole text pipeline: read (and clean) → sentences → dates → events.
public struct TextPipeline: Sendable {
    /// The reader.
    public var reader = DocumentReader()
    /// The sentence splitter.
    public var splitter = SentenceSplitter()
    /// The coder.
    public var coder: EventCoder

    /// Creates a pipeline.
    ///
    /// - Parameters:
    ///   - coder: the event coder.
    public init(coder: EventCoder) {
        self.coder = coder
    }

    /// The pipeline with the standard lexicons plus the names a ledger's registry implies.
    ///
    /// - Parameters:
    ///   - registry: the registry, for actor names and leaders' terms.
    /// - Returns: the pipeline.
    /// - Throws: `TextError.badDictionary` if a shipped lexicon is damaged.
    public static func standard(registry: ActorRegistry) throws -> TextPipeline {
        var actors = ActorLexicon.from(registry)
        actors.merge(try ActorLexicon.standardExtras())
        return TextPipeline(coder: EventCoder(actors: actors, verbs: try VerbLexicon.standard()))
    }

    /// Codes raw input.
    ///
    /// - Parameters:
    ///   - data: the input bytes.
    ///   - name: its name, for errors and format detection.
    ///   - format: the format, when known.
    /// - Returns: the coded document.
    /// - Throws: `TextError` when the input is not a readable article.
    public func code(_ data: Data, name: String, format: DocumentFormat? = nil) throws -> CodedDocument {
        code(try reader.read(data, name: name, format: format))
    }

    /// Codes a prepared document.
    ///
    /// - Parameters:
    ///   - document: the document.
    /// - Returns: the coded document.
    public func code(_ document: PreparedDocument) -> CodedDocument {
        let sentences = splitter.sentences(in: document)
        let dates = DateResolver(published: document.metadata.published).resolve(sentences)
        let events = coder.code(sentences, dates: dates)
        return CodedDocument(document: document, sentences: sentences, dates: dates, events: events)
    }
}
