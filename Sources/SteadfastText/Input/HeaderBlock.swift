import SteadfastCore

/// A leading block of `Key: value` lines ended by a line `---` (optionally opened by `---`
/// too, as Markdown front matter is): URL, TITLE, PUBLISHER, DATE and AUTHOR or AUTHORS, keys
/// in any case; other keys are ignored.
struct HeaderBlock: Sendable {
    /// The metadata the header gives.
    var metadata: DocumentMetadata
    /// The scalar offset where the text after the header starts.
    var contentStart: Int

    private struct Field {
        var line: Int
        var key: String
        var values: [String]
    }

    private static let knownKeys: Set<String> = ["URL", "TITLE", "PUBLISHER", "DATE", "AUTHOR", "AUTHORS"]

    /// The header a text opens with, or nil when it does not open with one.
    ///
    /// - Parameters:
    ///   - scalars: the text, with LF line endings.
    ///   - name: the document's name, for errors.
    /// - Returns: the header, or nil.
    /// - Throws: `TextError.badHeader` for a DATE that is not a date.
    static func parse(_ scalars: [Unicode.Scalar], name: String) throws -> HeaderBlock? {
        let lines = ScalarText.lines(scalars[...])
        var number = 0
        while number < lines.count, ScalarText.isBlank(lines[number]) { number += 1 }
        if number < lines.count, isDivider(lines[number]) { number += 1 }
        guard number < lines.count, let first = keyValue(lines[number]), knownKeys.contains(first.key) else {
            return nil
        }
        var fields: [Field] = []
        while number < lines.count {
            let line = lines[number]
            number += 1
            if isDivider(line) {
                let metadata = try metadata(from: fields, name: name)
                return HeaderBlock(metadata: metadata, contentStart: min(line.endIndex + 1, scalars.count))
            }
            if ScalarText.isBlank(line) { continue }
            if let item = listItem(line), !fields.isEmpty {
                fields[fields.count - 1].values.append(item)
            } else if let field = keyValue(line) {
                fields.append(Field(line: number, key: field.key, values: field.value.isEmpty ? [] : [field.value]))
            } else {
                return nil
            }
        }
        return nil
    }

    private static func isDivider(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        let trimmed = ScalarText.trimmed(line)
        return trimmed.count == 3 && trimmed.allSatisfy { $0 == "-" }
    }

    private static func keyValue(_ line: ArraySlice<Unicode.Scalar>) -> (key: String, value: String)? {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex,
            line[line.startIndex..<colon].allSatisfy({
                ScalarText.isASCIILetter($0) || $0 == "-" || $0 == "_" || ("0"..."9").contains($0)
            })
        else { return nil }
        let key = ScalarText.string(line[line.startIndex..<colon]).uppercased()
        let value = ScalarText.string(ScalarText.trimmed(line[(colon + 1)...]))
        return (key, unquoted(value))
    }

    private static func listItem(_ line: ArraySlice<Unicode.Scalar>) -> String? {
        let trimmed = ScalarText.trimmed(line)
        guard trimmed.first == "-", trimmed.count > 1, ScalarText.isWhitespace(trimmed[trimmed.startIndex + 1])
        else { return nil }
        return unquoted(ScalarText.string(ScalarText.trimmed(trimmed.dropFirst())))
    }

    private static func unquoted(_ value: String) -> String {
        for (open, close) in [("\"", "\""), ("'", "'"), ("[", "]")]
        where value.count >= 2 && value.hasPrefix(open) && value.hasSuffix(close) {
            return ScalarText.trimmed(String(value.dropFirst().dropLast()))
        }
        return value
    }

    private static func metadata(from fields: [Field], name: String) throws -> DocumentMetadata {
        var metadata = DocumentMetadata()
        for field in fields {
            let value = field.values.joined(separator: ", ")
            switch field.key {
            case "URL": metadata.url = value.isEmpty ? nil : value
            case "TITLE": metadata.title = value.isEmpty ? nil : value
            case "PUBLISHER": metadata.publisher = value.isEmpty ? nil : value
            case "AUTHOR", "AUTHORS": metadata.authors += field.values.flatMap(AuthorList.names)
            case "DATE":
                guard let date = PublicationDate.parse(value) else {
                    throw TextError.badHeader(
                        name, line: field.line, field: "DATE",
                        reason: "'\(value)' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or 'January 5, 2026')")
                }
                metadata.published = date
            default: continue
            }
        }
        return metadata
    }
}
