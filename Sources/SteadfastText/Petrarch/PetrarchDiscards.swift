import Foundation

/// A TABARI/PETRARCH discards dictionary (`Phoenix.discards.txt`): phrases that mark a sentence or a
/// whole story as not worth coding (sports, weather).
///
/// One phrase a line, words separated by blanks or underscores; a leading `+` discards the whole story,
/// otherwise only the sentence. `#` starts a comment.
public struct PetrarchDiscards: Sendable, Hashable {
    /// Phrases, as lower-case tokens, whose presence discards the story.
    public let story: [[String]]
    /// Phrases whose presence discards the sentence.
    public let sentence: [[String]]
    private let storyIndex: [String: [[String]]]
    private let sentenceIndex: [String: [[String]]]

    /// Creates a discards dictionary.
    ///
    /// - Parameters:
    ///   - story: the story phrases.
    ///   - sentence: the sentence phrases.
    public init(story: [[String]] = [], sentence: [[String]] = []) {
        self.story = story
        self.sentence = sentence
        storyIndex = Self.index(story)
        sentenceIndex = Self.index(sentence)
    }

    /// Reads a discards file.
    ///
    /// - Parameters:
    ///   - url: the file.
    /// - Returns: the dictionary.
    /// - Throws: `TextError.notText` or `TextError.tooLarge` for a file that is no dictionary, or what
    ///   reading the file throws.
    public static func load(_ url: URL) throws -> PetrarchDiscards {
        let file = url.lastPathComponent
        var story: [[String]] = []
        var sentence: [[String]] = []
        for line in try PetrarchSource.lines(PetrarchSource.bytes(of: url), file: file) {
            let isStory = line.bytes.first == UInt8(ascii: "+")
            let tokens = PetrarchWords.tokens(isStory ? line.bytes.dropFirst() : line.bytes)
            guard !tokens.isEmpty else { continue }
            if isStory { story.append(tokens) } else { sentence.append(tokens) }
        }
        return PetrarchDiscards(story: story, sentence: sentence)
    }

    /// Why a sentence is discarded, if it is.
    ///
    /// - Parameters:
    ///   - words: the sentence's lower-case words.
    /// - Returns: the rejection, story before sentence, or nil.
    func rejection(of words: [String]) -> PetrarchRejection? {
        if Self.occurs(storyIndex, in: words) { return .storyDiscard }
        if Self.occurs(sentenceIndex, in: words) { return .sentenceDiscard }
        return nil
    }

    /// Phrases by first word.
    static func index(_ phrases: [[String]]) -> [String: [[String]]] {
        Dictionary(grouping: phrases.filter { !$0.isEmpty }) { $0[0] }
    }

    private static func occurs(_ index: [String: [[String]]], in words: [String]) -> Bool {
        words.indices.contains { start in
            index[words[start]]?.contains { PetrarchMentionFinder.matches($0, words, at: start) } ?? false
        }
    }
}
