/// Point estimates with their intervals on a 0–1 axis, one row each: the leaderboard's forest plot
/// and the patron page's at-war-elsewhere split.
struct IntervalChart {
    /// One row: a label, an estimate, an interval and the number of tests behind it.
    struct Row {
        /// The label at the left.
        var label: String
        /// Where the label links to, if anywhere.
        var link: String?
        /// The point estimate.
        var estimate: Double
        /// The interval's lower end.
        var low: Double
        /// The interval's upper end.
        var high: Double
        /// The number of tests: the marker's area grows with it.
        var tests: Int
        /// What a pointer over the marker shows.
        var detail: String
    }

    /// The figure around the chart.
    var figure: SVGFigure
    /// The rows, top to bottom.
    var rows: [Row]

    private static let width = 720.0
    private static let labelWidth = 230.0
    private static let rowHeight = 30.0
    private static let top = 8.0

    /// Creates a chart; its height follows from the number of rows.
    ///
    /// - Parameters:
    ///   - id: the element identifier.
    ///   - kind: the chart's class.
    ///   - title: the accessible name.
    ///   - description: the accessible description.
    ///   - rows: the rows, top to bottom.
    init(id: String, kind: String, title: String, description: String, rows: [Row]) {
        let height = Self.top + Double(max(rows.count, 1)) * Self.rowHeight + 28
        figure = SVGFigure(
            id: id, kind: kind, width: Self.width, height: height, title: title, description: description)
        self.rows = rows
    }

    /// The SVG.
    func render() -> HTML {
        let axis = ShareAxis(left: Self.labelWidth, right: Self.width - 48)
        let bottom = Self.top + Double(max(rows.count, 1)) * Self.rowHeight
        let most = max(rows.map(\.tests).max() ?? 1, 1)
        let marks = rows.enumerated().map { index, row in
            mark(row, y: Self.top + (Double(index) + 0.5) * Self.rowHeight, axis: axis, most: most)
        }
        return figure.render("\(axis.render(top: Self.top, bottom: bottom))\(marks)")
    }

    private func mark(_ row: Row, y: Double, axis: ShareAxis, most: Int) -> HTML {
        let radius = 3 + 9 * (Double(row.tests) / Double(most)).squareRoot()
        let label = Self.shortened(row.label, to: 30)
        let text: HTML =
            "<text x=\"\(Self.labelWidth - 10)\" y=\"\(y + 4)\" text-anchor=\"end\" font-size=\"13\">\(label)</text>"
        let linked: HTML = row.link.map { "<a href=\"\($0)\">\(text)</a>" } ?? text
        return """
            <g class="row">\(linked)\
            <line class="interval" x1="\(axis.x(row.low))" x2="\(axis.x(row.high))" y1="\(y)" y2="\(y)" \
            stroke="#1f5f99" stroke-width="3" stroke-linecap="round"/>\
            <circle class="estimate" cx="\(axis.x(row.estimate))" cy="\(y)" r="\(radius)" fill="#1f5f99" \
            fill-opacity="0.85" stroke="#fff"><title>\(row.detail)</title></circle>\
            <text class="tick" x="\(Self.width - 4)" y="\(y + 4)" text-anchor="end">\(Format.share(row.estimate))</text></g>
            """
    }

    /// A label cut to a length, with an ellipsis when cut.
    ///
    /// - Parameters:
    ///   - label: the label.
    ///   - length: the most characters kept.
    /// - Returns: the label.
    static func shortened(_ label: String, to length: Int) -> String {
        label.count <= length ? label : String(label.prefix(length - 1)) + "…"
    }
}
