/// A fragment of HTML (or inline SVG) that is safe to send: literal text written in this module is
/// kept as is, and every `String` interpolated into it is escaped by `HTML.escape(_:)`.
///
/// Pages are built only from `HTML` values, so text from articles or the database can enter a
/// page only through the one escaping function, in element content, attribute values and SVG text
/// alike (attribute values are always written between double quotes).
public struct HTML: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    /// The markup, ready to send.
    public private(set) var rendered: String

    /// Wraps markup that is already safe: only for text this module writes itself.
    ///
    /// - Parameters:
    ///   - trusted: the markup.
    init(trusted: String) {
        rendered = trusted
    }

    /// Creates a fragment from a literal written in this module.
    ///
    /// - Parameters:
    ///   - value: the literal.
    public init(stringLiteral value: String) {
        rendered = value
    }

    /// Creates a fragment from an interpolated literal: literal parts kept, strings escaped.
    ///
    /// - Parameters:
    ///   - stringInterpolation: the interpolation.
    public init(stringInterpolation: StringInterpolation) {
        rendered = stringInterpolation.rendered
    }

    /// The markup.
    public var description: String { rendered }

    /// No markup.
    public static let empty = HTML(trusted: "")

    /// Escapes text for HTML element content, double-quoted attribute values and SVG text: `&`,
    /// `<`, `>`, `"` and `'` become character references.
    ///
    /// - Parameters:
    ///   - text: any text.
    /// - Returns: the text, inert in HTML.
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.unicodeScalars.append(character)
            }
        }
        return escaped
    }

    /// Joins fragments.
    ///
    /// - Parameters:
    ///   - fragments: the fragments.
    ///   - separator: what goes between them.
    /// - Returns: one fragment.
    public static func joined(_ fragments: [HTML], separator: HTML = .empty) -> HTML {
        HTML(trusted: fragments.map(\.rendered).joined(separator: separator.rendered))
    }

    /// Builds interpolated fragments: literals as written, strings escaped, fragments as they are.
    public struct StringInterpolation: StringInterpolationProtocol {
        var rendered = ""

        /// Reserves room.
        ///
        /// - Parameters:
        ///   - literalCapacity: characters in the literal parts.
        ///   - interpolationCount: the number of interpolations.
        public init(literalCapacity: Int, interpolationCount: Int) {
            rendered.reserveCapacity(literalCapacity + interpolationCount * 16)
        }

        /// Appends a literal part as written.
        ///
        /// - Parameters:
        ///   - literal: the literal.
        public mutating func appendLiteral(_ literal: String) {
            rendered += literal
        }

        /// Appends text, escaped.
        ///
        /// - Parameters:
        ///   - text: the text.
        public mutating func appendInterpolation(_ text: String) {
            rendered += HTML.escape(text)
        }

        /// Appends a fragment as it is.
        ///
        /// - Parameters:
        ///   - fragment: the fragment.
        public mutating func appendInterpolation(_ fragment: HTML) {
            rendered += fragment.rendered
        }

        /// Appends fragments one after the other.
        ///
        /// - Parameters:
        ///   - fragments: the fragments.
        public mutating func appendInterpolation(_ fragments: [HTML]) {
            for fragment in fragments { rendered += fragment.rendered }
        }

        /// Appends a whole number.
        ///
        /// - Parameters:
        ///   - number: the number.
        public mutating func appendInterpolation(_ number: Int) {
            rendered += String(number)
        }

        /// Appends a coordinate or size with at most one decimal, for SVG.
        ///
        /// - Parameters:
        ///   - number: the number.
        public mutating func appendInterpolation(_ number: Double) {
            rendered += Format.coordinate(number)
        }
    }
}
