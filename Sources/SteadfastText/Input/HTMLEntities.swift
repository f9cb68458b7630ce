/// Decodes HTML character references: the named ones news pages use and all numeric ones.
enum HTMLEntities {
    /// A text with its character references decoded.
    ///
    /// Unknown names and references without their semicolon stay as written, except the
    /// legacy `&amp`, `&lt`, `&gt`, `&quot` and `&nbsp`. Numeric references to nothing or to
    /// surrogates become U+FFFD.
    ///
    /// - Parameters:
    ///   - scalars: the text.
    ///   - output: where the decoded text goes.
    static func decode(_ scalars: ArraySlice<Unicode.Scalar>, into output: inout [Unicode.Scalar]) {
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "&", let (decoded, end) = reference(in: scalars, at: index) {
                output.append(contentsOf: decoded.unicodeScalars)
                index = end
            } else {
                output.append(scalar)
                index += 1
            }
        }
    }

    /// A text with its character references decoded.
    ///
    /// - Parameters:
    ///   - scalars: the text.
    /// - Returns: the decoded text.
    static func decoded(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var output: [Unicode.Scalar] = []
        decode(scalars, into: &output)
        return ScalarText.string(output)
    }

    private static func reference(
        in scalars: ArraySlice<Unicode.Scalar>, at ampersand: Int
    ) -> (String, Int)? {
        var index = ampersand + 1
        guard index < scalars.endIndex else { return nil }
        if scalars[index] == "#" { return numericReference(in: scalars, at: index + 1) }
        let nameStart = index
        while index < scalars.endIndex, index - nameStart < 10,
            ScalarText.isASCIILetter(scalars[index]) || ("0"..."9").contains(scalars[index])
        {
            index += 1
        }
        let name = ScalarText.string(scalars[nameStart..<index])
        if index < scalars.endIndex, scalars[index] == ";", let value = named[name] { return (value, index + 1) }
        if let value = legacy[name] { return (value, index) }
        return nil
    }

    private static func numericReference(in scalars: ArraySlice<Unicode.Scalar>, at start: Int) -> (String, Int)? {
        var index = start
        var radix: UInt32 = 10
        if index < scalars.endIndex, scalars[index] == "x" || scalars[index] == "X" {
            radix = 16
            index += 1
        }
        let digitsStart = index
        var value: UInt32 = 0
        while index < scalars.endIndex, index - digitsStart < 8, let digit = digitValue(scalars[index], radix: radix) {
            value = value * radix + digit
            index += 1
        }
        guard index > digitsStart else { return nil }
        if index < scalars.endIndex, scalars[index] == ";" { index += 1 }
        let scalar = value == 0 ? nil : Unicode.Scalar(windows1252[value] ?? value)
        return (String(scalar ?? "\u{FFFD}"), index)
    }

    private static func digitValue(_ scalar: Unicode.Scalar, radix: UInt32) -> UInt32? {
        switch scalar {
        case "0"..."9": return scalar.value - 48
        case "a"..."f" where radix == 16: return scalar.value - 87
        case "A"..."F" where radix == 16: return scalar.value - 55
        default: return nil
        }
    }

    /// Numeric references in 0x80–0x9F mean Windows-1252 punctuation, as browsers read them.
    private static let windows1252: [UInt32: UInt32] = [
        0x80: 0x20AC, 0x85: 0x2026, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x96: 0x2013,
        0x97: 0x2014,
    ]

    private static let legacy: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "nbsp": "\u{A0}",
    ]

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "shy": "\u{AD}", "zwnj": "\u{200C}", "zwj": "\u{200D}",
        "ndash": "\u{2013}", "mdash": "\u{2014}", "minus": "\u{2212}", "hyphen": "\u{2010}",
        "lsquo": "\u{2018}", "rsquo": "\u{2019}", "sbquo": "\u{201A}", "ldquo": "\u{201C}", "rdquo": "\u{201D}",
        "bdquo": "\u{201E}", "laquo": "\u{AB}", "raquo": "\u{BB}", "lsaquo": "\u{2039}", "rsaquo": "\u{203A}",
        "hellip": "\u{2026}", "bull": "\u{2022}", "middot": "\u{B7}", "prime": "\u{2032}", "Prime": "\u{2033}",
        "dagger": "\u{2020}", "sect": "\u{A7}", "para": "\u{B6}", "deg": "\u{B0}", "copy": "\u{A9}",
        "reg": "\u{AE}", "trade": "\u{2122}", "times": "\u{D7}", "divide": "\u{F7}", "plusmn": "\u{B1}",
        "frac12": "\u{BD}", "frac14": "\u{BC}", "frac34": "\u{BE}", "euro": "\u{20AC}", "pound": "\u{A3}",
        "yen": "\u{A5}", "cent": "\u{A2}", "iexcl": "\u{A1}", "iquest": "\u{BF}",
        "aacute": "\u{E1}", "Aacute": "\u{C1}", "agrave": "\u{E0}", "Agrave": "\u{C0}", "acirc": "\u{E2}",
        "Acirc": "\u{C2}", "auml": "\u{E4}", "Auml": "\u{C4}", "atilde": "\u{E3}", "aring": "\u{E5}",
        "aelig": "\u{E6}", "ccedil": "\u{E7}", "Ccedil": "\u{C7}", "eacute": "\u{E9}", "Eacute": "\u{C9}",
        "egrave": "\u{E8}", "Egrave": "\u{C8}", "ecirc": "\u{EA}", "euml": "\u{EB}", "iacute": "\u{ED}",
        "Iacute": "\u{CD}", "igrave": "\u{EC}", "icirc": "\u{EE}", "iuml": "\u{EF}", "ntilde": "\u{F1}",
        "Ntilde": "\u{D1}", "oacute": "\u{F3}", "Oacute": "\u{D3}", "ograve": "\u{F2}", "ocirc": "\u{F4}",
        "ouml": "\u{F6}", "Ouml": "\u{D6}", "otilde": "\u{F5}", "oslash": "\u{F8}", "Oslash": "\u{D8}",
        "uacute": "\u{FA}", "Uacute": "\u{DA}", "ugrave": "\u{F9}", "ucirc": "\u{FB}", "uuml": "\u{FC}",
        "Uuml": "\u{DC}", "yacute": "\u{FD}", "szlig": "\u{DF}", "scaron": "\u{161}", "Scaron": "\u{160}",
        "zcaron": "\u{17E}", "Zcaron": "\u{17D}", "oelig": "\u{153}", "OElig": "\u{152}",
    ]
}
