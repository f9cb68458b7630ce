import SteadfastCore

/// Why a row was rejected.
struct RowProblem: Error {
    var reason: String
}

extension RowParser {
    /// Checks and converts the fields of one row.
    mutating func convert(_ fields: FieldSplitter, line: UnsafeRawBufferPointer, number: Int, columns: ColumnMap)
        -> Result<EventRow, RowProblem>
    {
        func text(_ index: Int) -> String { fields.text(index, in: line) }
        func count(_ index: Int?, _ name: String) throws(RowProblem) -> Int {
            guard let index else { return 1 }
            let value = text(index)
            if value.isEmpty { return 0 }
            guard let number = Int(value), number >= 0 else {
                throw RowProblem(reason: "\(name) '\(value)' is not a count")
            }
            return number
        }
        do throws(RowProblem) {
            let id = text(columns.id)
            guard !id.isEmpty else { throw RowProblem(reason: "no event id") }
            let date = text(columns.date)
            guard let day = Self.day(date) else { throw RowProblem(reason: "date '\(date)' is not a day") }
            let code = text(columns.code)
            guard code.count >= 2, code.count <= 4, code.utf8.allSatisfy({ (0x30...0x39).contains($0) }) else {
                throw RowProblem(reason: "event code '\(code)' is not a CAMEO code")
            }
            let score = text(columns.goldstein)
            guard let goldstein = Double(score), goldstein.isFinite else {
                throw RowProblem(reason: "Goldstein score '\(score)' is not a number")
            }
            return .success(
                EventRow(
                    line: number, id: id, day: day, source: country(text(columns.source)),
                    target: country(text(columns.target)), sourceActor: text(columns.sourceActor),
                    targetActor: text(columns.targetActor), code: code, goldstein: goldstein,
                    mentions: try count(columns.mentions, "NumMentions"),
                    sources: try count(columns.sources, "NumSources"),
                    articles: try count(columns.articles, "NumArticles"), url: columns.url.map(text) ?? "",
                    story: columns.story.map(text).joined(separator: ":")))
        } catch {
            return .failure(error)
        }
    }

    /// A GDELT code as given; an ICEWS country name through the resolver (kept as written when unknown).
    private mutating func country(_ value: String) -> String {
        guard dataset == .icews, !value.isEmpty else { return value }
        if let code = countryCode(value) { return code }
        noteUnresolved(value)
        return value
    }

    /// `YYYYMMDD` (GDELT) or `YYYY-MM-DD` (ICEWS).
    static func day(_ text: String) -> Day? {
        let digits = Array(text.utf8.filter { $0 != 0x2D })
        guard digits.count == 8, text.utf8.count == 8 || text.utf8.count == 10,
            digits.allSatisfy({ (0x30...0x39).contains($0) })
        else { return nil }
        func number(_ range: Range<Int>) -> Int { digits[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        return Day(year: number(0..<4), month: number(4..<6), day: number(6..<8))
    }
}
