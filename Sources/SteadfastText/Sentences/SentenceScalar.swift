/// Character tests for the splitter with a fast path for ASCII, where Unicode property lookups
/// would dominate the time spent per scalar.
enum SentenceScalar {
    /// White space, including line breaks and no-break spaces.
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    /// Letters, digits and combining marks (as `Tokenizer.isWordScalar`).
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return isASCIILetter(scalar) || (scalar.value >= 48 && scalar.value <= 57) }
        return Tokenizer.isWordScalar(scalar)
    }

    /// Upper-case letters.
    static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 65 && scalar.value <= 90 }
        return scalar.properties.isUppercase
    }

    /// Lower-case letters.
    static func isLowercase(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 97 && scalar.value <= 122 }
        return scalar.properties.isLowercase
    }

    /// Decimal digits and other numerals.
    static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 48 && scalar.value <= 57 }
        return scalar.properties.numericType != nil
    }

    private static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 65 && scalar.value <= 90) || (scalar.value >= 97 && scalar.value <= 122)
    }
}
