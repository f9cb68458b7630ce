/// An inline SVG chart with its accessible name and description, scaled to the page's width.
struct SVGFigure {
    /// The element identifier, unique on the page; also prefixes the title's and description's.
    var id: String
    /// The class naming the kind of chart (`forest-plot`, `timeline`, …), for styles and checks.
    var kind: String
    /// The drawing's width in its own units.
    var width: Double
    /// The drawing's height in its own units.
    var height: Double
    /// The accessible name.
    var title: String
    /// The accessible description: what the chart shows and how to read it.
    var description: String

    /// The `<svg>` element around the content, with `<title>` and `<desc>`.
    ///
    /// - Parameters:
    ///   - content: the drawing.
    /// - Returns: the element.
    func render(_ content: HTML) -> HTML {
        """
        <svg id="\(id)" class="chart \(kind)" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 \(width) \(height)" \
        role="img" aria-labelledby="\(id)-title \(id)-desc" style="max-width:\(width * 1.3)px;min-width:\(minimumWidth)px">\
        <title id="\(id)-title">\(title)</title><desc id="\(id)-desc">\(description)</desc>\(content)</svg>
        """
    }

    /// Below this many CSS pixels the chart scrolls sideways instead of shrinking its text away;
    /// it grows to at most 1.3 times its own width, so that its text stays near the page's size.
    private var minimumWidth: Int {
        Int(min(width, 600))
    }
}

/// A horizontal axis from 0 to 1 with ticks every tenth and labels every fifth of the way.
struct ShareAxis {
    /// Where 0 falls.
    var left: Double
    /// Where 1 falls.
    var right: Double

    /// The position of a share.
    ///
    /// - Parameters:
    ///   - share: a value from 0 to 1.
    /// - Returns: the x coordinate.
    func x(_ share: Double) -> Double {
        left + min(max(share, 0), 1) * (right - left)
    }

    /// Grid lines from `top` to `bottom` and tick labels below.
    ///
    /// - Parameters:
    ///   - top: where the grid starts.
    ///   - bottom: where the grid ends and the labels begin.
    /// - Returns: the axis.
    func render(top: Double, bottom: Double) -> HTML {
        let ticks = (0...10).map { step -> HTML in
            let share = Double(step) / 10
            let label: HTML =
                step.isMultiple(of: 2)
                ? "<text class=\"tick\" x=\"\(x(share))\" y=\"\(bottom + 16)\" text-anchor=\"middle\">\(share)</text>"
                : ""
            return "<line x1=\"\(x(share))\" x2=\"\(x(share))\" y1=\"\(top)\" y2=\"\(bottom + 4)\"/>\(label)"
        }
        return "<g class=\"axis\">\(ticks)<line x1=\"\(left)\" x2=\"\(right)\" y1=\"\(bottom)\" y2=\"\(bottom)\"/></g>"
    }
}
