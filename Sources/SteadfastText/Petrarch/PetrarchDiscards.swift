import Foundation

/// A TABARI/PETRARCH discards dictionary (`Phoenix.discards.txt`): phrases that mark a sentence or a
/// whole story as not worth coding (sports, weather).
///
/// One phrase a line, words separated by blanks or underscores; a leading `+` discards the whole story,
/// otherwise only the sentence. `#` starts a comment.
public struct PetrarchDiscards: Sendable, Hashable {
    /// Phrases, as lower-case tokens, whose presence discards the story.
    public var story: [[String]]
    /// Phrases whose presence discards the sentence.
    public var sentence: [[String]]

    /// Creates a discards dictionary.
    ///
    /// - Parameters:
    ///   - story: the story phrases.
    ///   - sentence: the sentence phrases.
    public init(story: [[String]] = [], sentence: [[String]] = []) {
        self.story = story
        self.sentence = sentence
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
        var discards = PetrarchDiscards()
        for line in try PetrarchSource.lines(PetrarchSource.bytes(of: url), file: file) {
            let story = line.bytes.first == UInt8(ascii: "+")
            let tokens = PetrarchWords.tokens(story ? line.bytes.dropFirst() : line.bytes)
            guard !tokens.isEmpty else { continue }
            if story { discards.story.append(tokens) } else { discards.sentence.append(tokens) }
        }
        return discards
    }

    /// Why a sentence is discarded, if it is.
    ///
    /// - Parameters:
    ///   - words: the sentence's lower-case words.
    /// - Returns: the rejection, story before sentence, or nil.
    func rejection(of words: [String]) -> PetrarchRejection? {
        if story.contains(where: { Self.occurs($0, in: words) }) { return .storyDiscard }
        if sentence.contains(where: { Self.occurs($0, in: words) }) { return .sentenceDiscard }
        return nil
    }

    private static func occurs(_ phrase: [String], in words: [String]) -> Bool {
        guard words.count >= phrase.count else { return false }
        return (0...(words.count - phrase.count)).contains { start in
            phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
        }
    }
}
