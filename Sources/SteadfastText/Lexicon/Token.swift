/// A word or punctuation mark of a sentence, with its place in the sentence.
public struct Token: Sendable, Hashable {
    /// The text as written.
    public var text: String
    /// Lower-cased, with curly apostrophes straightened: what lexicons match against.
    public var normalized: String
    /// Where it lies, in scalar offsets relative to the sentence's start.
    public var span: TextSpan
    /// True for punctuation.
    public var isPunctuation: Bool

    /// Creates a token.
    ///
    /// - Parameters:
    ///   - text: the text as written.
    ///   - span: where it lies in the sentence.
    public init(text: String, span: TextSpan) {
        self.init(scalars: Array(text.unicodeScalars)[...], span: span)
    }

    /// Creates a token from its scalars, normalizing in one pass (ASCII on a fast path).
    init(scalars: ArraySlice<Unicode.Scalar>, span: TextSpan) {
        var written = String.UnicodeScalarView()
        var lowered = String.UnicodeScalarView()
        var punctuation = true
        for scalar in scalars {
            written.append(scalar)
            if Tokenizer.isWordScalar(scalar) { punctuation = false }
            switch scalar.value {
            case 0x41...0x5A: lowered.append(Unicode.Scalar(scalar.value + 32) ?? scalar)
            case 0x2019: lowered.append("'")
            case 0...0x7F: lowered.append(scalar)
            default: lowered.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        text = String(written)
        normalized = String(lowered)
        self.span = span
        isPunctuation = punctuation
    }

    /// True when the token starts with an upper-case letter.
    public var isCapitalized: Bool {
        text.first?.isUppercase ?? false
    }
}

/// Splits a sentence into word and punctuation tokens.
///
/// Words keep inner apostrophes, hyphens and periods (`Assad's`, `cease-fire`, `U.S.`), and
/// numbers keep their commas and points (`2,000`, `1.5`). A possessive `'s` stays on its word.
public enum Tokenizer {
    /// Tokens of a text.
    ///
    /// - Parameters:
    ///   - text: the text, usually one sentence.
    /// - Returns: the tokens in order.
    public static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == " " || scalar == "\n" || scalar == "\t"
                || (scalar.value > 0x7F && scalar.properties.isWhitespace)
            {
                index += 1
                continue
            }
            let start = index
            if isWordScalar(scalar) {
                index += 1
                while index < scalars.count {
                    let current = scalars[index]
                    if isWordScalar(current) {
                        index += 1
                    } else if isJoiner(current), index + 1 < scalars.count, isWordScalar(scalars[index + 1]),
                        isWordScalar(scalars[index - 1])
                    {
                        index += 1
                    } else if current == ".", isAbbreviationDot(scalars, at: index, start: start) {
                        index += 1
                    } else {
                        break
                    }
                }
            } else {
                index += 1
            }
            tokens.append(Token(scalars: scalars[start..<index], span: TextSpan(start: start, end: index)))
        }
        return tokens
    }

    /// Letters, digits and combining marks.
    ///
    /// - Parameters:
    ///   - scalar: the scalar.
    /// - Returns: true when it belongs inside a word.
    public static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0...0x7F: return false
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    private static func isJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2019}" || scalar == "-" || scalar == "," || scalar == "."
            || scalar == "&" || scalar == "/"
    }

    /// A period inside an abbreviation of single letters (`U.S.`, `U.N.`): keep it when the word so
    /// far is single letters separated by periods and the next scalar is a letter or the end.
    private static func isAbbreviationDot(_ scalars: [Unicode.Scalar], at index: Int, start: Int) -> Bool {
        let word = scalars[start..<index]
        guard word.count >= 1, word.count <= 5 else { return false }
        let letters = word.filter { $0 != "." }
        guard letters.count == (word.count + 1) / 2, letters.allSatisfy({ $0.properties.isUppercase }) else {
            return false
        }
        return zip(word.indices, word).allSatisfy { offset, scalar in
            (offset - start) % 2 == 0 ? scalar.properties.isUppercase : scalar == "."
        }
    }
}
