import SteadfastCore
import SteadfastStore

/// The response ladder of one test: a ladder per patron, rungs 0 (abstain) to 7 (combat), with
/// the expected level outlined, the realized level filled in the verdict's colour, and each
/// response a dot on its rung.
struct LadderChart {
    /// One patron's ladder.
    struct Column {
        /// The patron.
        var patron: String
        /// Its verdict, when it has one.
        var verdict: ExportDocument.VerdictEntry?
        /// Its responses during the test.
        var responses: [Response]
    }

    /// The ladders, left to right.
    var columns: [Column]
    /// The figure around the chart.
    var figure: SVGFigure

    private static let labelWidth = 130.0
    private static let columnWidth = 120.0
    private static let top = 26.0
    private static let rung = 30.0

    /// Builds the ladders of a test: patrons with a verdict first, then others that responded.
    ///
    /// - Parameters:
    ///   - document: the test.
    init(_ document: TestDocument) {
        let judged = document.verdicts.map(\.patron)
        let others = Set(document.test.responses.map(\.patron)).subtracting(judged).sorted()
        columns = (judged + others).map { patron in
            Column(
                patron: patron, verdict: document.verdicts.first { $0.patron == patron },
                responses: document.test.responses.filter { $0.patron == patron })
        }
        let width = Self.labelWidth + Double(max(columns.count, 1)) * Self.columnWidth
        figure = SVGFigure(
            id: "ladder", kind: "ladder", width: width, height: Self.top + 8 * Self.rung + 8,
            title: "Responses on the ladder: \(document.test.title)",
            description: "For each patron, rungs from 0 abstain to 7 combat. The dashed box is the level its"
                + " commitments led the client to expect, the filled bar the level it reached, coloured by"
                + " verdict; each dot is one recorded response on its rung.")
    }

    /// The SVG.
    func render() -> HTML {
        let rungs = LadderLevel.allCases.map { level -> HTML in
            let y = Self.y(level.rawValue)
            return """
                <line x1="\(Self.labelWidth - 4)" x2="\(figure.width)" y1="\(y)" y2="\(y)"/>\
                <text class="tick" x="\(Self.labelWidth - 10)" y="\(y + 4)" text-anchor="end">\(level.description)</text>
                """
        }
        let ladders = columns.enumerated().map { index, column in
            ladder(column, center: Self.labelWidth + (Double(index) + 0.5) * Self.columnWidth)
        }
        return figure.render("<g class=\"axis\">\(rungs)</g>\(ladders)")
    }

    private static func y(_ level: Int) -> Double {
        top + (7 - Double(level)) * rung + rung / 2
    }

    private func ladder(_ column: Column, center: Double) -> HTML {
        let rails: HTML = """
            <line x1="\(center - 42)" x2="\(center - 42)" y1="\(Self.top)" y2="\(Self.y(0) + 10)" stroke="#9aa5b1"/>\
            <line x1="\(center + 42)" x2="\(center + 42)" y1="\(Self.top)" y2="\(Self.y(0) + 10)" stroke="#9aa5b1"/>
            """
        let header: HTML = """
            <a href="\(SitePath.patron(column.patron))"><text x="\(center)" y="16" text-anchor="middle" \
            font-weight="700">\(column.patron)</text></a>
            """
        return
            "<g class=\"patron-ladder\">\(rails)\(header)\(levels(column, center: center))\(dots(column, center: center))</g>"
    }

    private func levels(_ column: Column, center: Double) -> HTML {
        guard let verdict = column.verdict else { return .empty }
        let color = Palette.color(verdict.verdict)
        let expected = Self.y(verdict.expected)
        let realized = Self.y(verdict.realized)
        return """
            <rect class="expected" x="\(center - 40)" y="\(expected - 11)" width="80" height="22" fill="none" \
            stroke="#1d232a" stroke-dasharray="4 3"><title>expected \(verdict.expected)</title></rect>\
            <rect class="realized" data-level="\(verdict.realized)" x="\(center - 40)" y="\(realized - 7)" width="80" \
            height="14" rx="3" fill="\(color)" fill-opacity="0.8"><title>realized \(verdict.realized): \
            \(verdict.verdict.rawValue)</title></rect>
            """
    }

    private func dots(_ column: Column, center: Double) -> HTML {
        var perLevel: [Int: Int] = [:]
        let marks = column.responses.map { response -> HTML in
            let slot = perLevel[response.level.rawValue, default: 0]
            perLevel[response.level.rawValue] = slot + 1
            let x = center - 30 + Double(slot % 6) * 12
            let (fill, stroke) = Self.colors(response.direction)
            let faded: HTML = response.status == .accepted ? "" : " fill-opacity=\"0.35\""
            return """
                <circle class="response" data-direction="\(response.direction.rawValue)" cx="\(x)" \
                cy="\(Self.y(response.level.rawValue))" r="5" fill="\(fill)" stroke="\(stroke)"\(faded)>\
                <title>\(response.date.description) \(response.direction.rawValue) \(response.level.description) \
                (\(response.scale.rawValue), \(response.status.rawValue)): \(response.summary)</title></circle>
                """
        }
        return HTML.joined(marks)
    }

    private static func colors(_ direction: Response.Direction) -> (fill: String, stroke: String) {
        switch direction {
        case .support: ("#1f5f99", "#fff")
        case .withdrawal: ("#fff", "#e69f00")
        case .defection: ("#c0392b", "#fff")
        }
    }
}
