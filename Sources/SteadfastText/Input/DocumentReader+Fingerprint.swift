extension DocumentReader {
    /// The identity of an article: the hexadecimal SHA-256 of its body and heading blocks
    /// (repeats left out), white space collapsed, lower-cased, curly quotes made straight,
    /// one block a line. The same article read from HTML and from text, or with different
    /// furniture around it, has the same fingerprint.
    ///
    /// - Parameters:
    ///   - document: the prepared document.
    /// - Returns: 64 lower-case hexadecimal digits.
    public static func fingerprint(of document: PreparedDocument) -> String {
        let scalars = Array(document.text.unicodeScalars)
        var normalized = ""
        for block in document.blocks where block.repeatOf == nil && (block.kind == .body || block.kind == .heading) {
            let span = scalars[max(0, block.span.start)..<min(scalars.count, block.span.end)]
            let collapsed = ScalarText.collapsed(span.map(straightened)).lowercased()
            normalized += collapsed
            normalized += "\n"
        }
        return SHA256.hexDigest(of: Array(normalized.utf8))
    }

    private static func straightened(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar {
        case "\u{2018}", "\u{2019}", "\u{201A}", "\u{201B}", "\u{2032}": "'"
        case "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{2033}": "\""
        default: scalar
        }
    }
}
