import SteadfastCore
import SteadfastStore

/// A patron's tests on a time axis, one row each, coloured by verdict; tests that began while the
/// patron was at war elsewhere sit on a shaded row.
struct TimelineChart {
    /// The patron's tests, in time order.
    var entries: [PatronDocument.Entry]
    /// The figure around the chart.
    var figure: SVGFigure

    private static let width = 720.0
    private static let labelWidth = 240.0
    private static let rowHeight = 22.0
    private static let top = 6.0

    /// Creates the chart.
    ///
    /// - Parameters:
    ///   - entries: the tests.
    ///   - patronName: the patron's name, for the title.
    init(entries: [PatronDocument.Entry], patronName: String) {
        self.entries = entries
        let height = Self.top + Double(max(entries.count, 1)) * Self.rowHeight + 28
        figure = SVGFigure(
            id: "timeline", kind: "timeline", width: Self.width, height: height,
            title: "Tests of \(patronName) over time",
            description: "One row per test from its start to its end; the dot marks the start and its colour the"
                + " verdict (honored, partial, abandoned, pending, or not covered). Shaded rows began while the"
                + " patron was at war elsewhere.")
    }

    /// The SVG.
    func render() -> HTML {
        let axis = YearAxis(entries: entries, left: Self.labelWidth, right: Self.width - 12)
        let bottom = Self.top + Double(max(entries.count, 1)) * Self.rowHeight
        let rows = entries.enumerated().map { index, entry in
            row(entry, top: Self.top + Double(index) * Self.rowHeight, axis: axis)
        }
        let shades = entries.enumerated().filter { $0.element.atWarElsewhere != nil }.map { index, _ -> HTML in
            let top = Self.top + Double(index) * Self.rowHeight
            return
                "<rect class=\"at-war\" x=\"0\" y=\"\(top)\" width=\"\(Self.width)\" height=\"\(Self.rowHeight)\" fill=\"#f6e9e4\"/>"
        }
        return figure.render("\(shades)\(axis.render(top: Self.top, bottom: bottom))\(rows)")
    }

    private func row(_ entry: PatronDocument.Entry, top: Double, axis: YearAxis) -> HTML {
        let y = top + Self.rowHeight / 2
        let color = Palette.color(entry.verdict)
        let start = axis.x(Format.year(entry.started.earliest))
        let end = entry.ended.map { axis.x(Format.year($0.latest)) } ?? axis.right
        let dash: HTML = entry.ended == nil ? " stroke-dasharray=\"4 3\"" : ""
        let detail = "\(entry.title) (\(Format.period(entry.started, entry.ended))): \(Palette.label(entry.verdict))"
        return """
            <g class="test-row"><a href="\(SitePath.test(entry.test))">\
            <text x="\(Self.labelWidth - 8)" y="\(y + 4)" text-anchor="end" font-size="12">\
            \(IntervalChart.shortened(entry.title, to: 34))</text>\
            <line x1="\(start)" x2="\(max(end, start + 2))" y1="\(y)" y2="\(y)" stroke="\(color)" stroke-width="4"\(dash)/>\
            <circle class="test-mark" data-verdict="\(Palette.label(entry.verdict))" cx="\(start)" cy="\(y)" r="6" \
            fill="\(color)" stroke="#1d232a" stroke-width="0.5"><title>\(detail)</title></circle></a></g>
            """
    }
}

/// A horizontal axis in years, wide enough for every test, with a tick every 1, 2, 5 or 10 years.
struct YearAxis {
    /// The first year shown.
    var first: Int
    /// The year after the last one shown.
    var last: Int
    /// Where `first` falls.
    var left: Double
    /// Where `last` falls.
    var right: Double

    /// An axis spanning the tests' dates.
    ///
    /// - Parameters:
    ///   - entries: the tests.
    ///   - left: where the axis starts.
    ///   - right: where it ends.
    init(entries: [PatronDocument.Entry], left: Double, right: Double) {
        let starts = entries.map(\.started.year)
        let ends = entries.map { $0.ended?.year ?? $0.started.year }
        first = starts.min() ?? 2000
        last = max((ends.max() ?? first) + 1, first + 1)
        self.left = left
        self.right = right
    }

    /// The position of a fractional year.
    ///
    /// - Parameters:
    ///   - year: the year.
    /// - Returns: the x coordinate.
    func x(_ year: Double) -> Double {
        let share = (year - Double(first)) / Double(last - first)
        return left + min(max(share, 0), 1) * (right - left)
    }

    /// Years between ticks, so that there are at most about ten.
    var step: Int {
        [1, 2, 5, 10, 20, 25, 50].first { (last - first) / $0 <= 10 } ?? 100
    }

    /// Grid lines and year labels.
    ///
    /// - Parameters:
    ///   - top: where the grid starts.
    ///   - bottom: where the grid ends and labels begin.
    /// - Returns: the axis.
    func render(top: Double, bottom: Double) -> HTML {
        let firstTick = (first + step - 1) / step * step
        let ticks = stride(from: firstTick, through: last, by: step).map { year -> HTML in
            let position = x(Double(year))
            return """
                <line x1="\(position)" x2="\(position)" y1="\(top)" y2="\(bottom + 4)"/>\
                <text class="tick" x="\(position)" y="\(bottom + 16)" text-anchor="middle">\(String(year))</text>
                """
        }
        return "<g class=\"axis\">\(ticks)<line x1=\"\(left)\" x2=\"\(right)\" y1=\"\(bottom)\" y2=\"\(bottom)\"/></g>"
    }
}
