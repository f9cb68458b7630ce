/// A word or punctuation mark of a sentence as the PETRARCH coder sees it.
///
/// Words are split as the Penn Treebank splits them, which is how the dictionaries write them: a
/// possessive `'s` and a negation `n't` stand alone (`didn't` is `did n't`, `won't` is `wo n't`);
/// underscores separate words (`Port_Arden`); a hyphen left dangling stays on its word (`anti- Marento`);
/// parenthesized asides are dropped (`the European Union (EU)`).
struct PetrarchToken: Sendable, Hashable {
    /// The lower-cased word.
    var word: String
    /// True for punctuation.
    var isPunctuation: Bool
    /// True when written with a capital.
    var isCapitalized = false

    /// The tokens of a sentence.
    ///
    /// - Parameters:
    ///   - text: the sentence.
    /// - Returns: its tokens.
    static func tokens(_ text: String) -> [PetrarchToken] {
        let raw = Tokenizer.tokens(text.replacing("_", with: " "))
        var tokens: [PetrarchToken] = []
        var depth = 0
        for (index, token) in raw.enumerated() {
            if token.text == "(" || token.text == "[" { depth += 1 }
            if depth > 0 {
                if token.text == ")" || token.text == "]" { depth -= 1 }
                continue
            }
            if token.text == "-", let last = tokens.last, !last.isPunctuation, index > 0,
                raw[index - 1].span.end == token.span.start,
                index + 1 == raw.count || raw[index + 1].span.start > token.span.end
            {
                tokens[tokens.count - 1].word += "-"
                continue
            }
            tokens += split(token)
        }
        return tokens
    }

    private static func split(_ token: Token) -> [PetrarchToken] {
        let word = token.normalized
        guard !token.isPunctuation else { return [PetrarchToken(word: word, isPunctuation: true)] }
        let capital = token.isCapitalized
        for suffix in ["n't", "'s"] where word.count > suffix.count && word.hasSuffix(suffix) {
            return [
                PetrarchToken(word: String(word.dropLast(suffix.count)), isPunctuation: false, isCapitalized: capital),
                PetrarchToken(word: suffix, isPunctuation: false),
            ]
        }
        return [PetrarchToken(word: word, isPunctuation: false, isCapitalized: capital)]
    }
}
