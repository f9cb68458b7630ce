import Foundation
import SteadfastCore
import SteadfastStore

/// The commitment network: patrons on an inner circle, clients on an outer one, one edge per
/// patron and client in the colour of the strongest kind of commitment between them (dashed when
/// every commitment between them has ended). The layout depends only on the codes, so the same
/// ledger always draws the same picture.
struct NetworkChart {
    /// One patron–client pair.
    struct Edge {
        /// The patron.
        var patron: String
        /// The client.
        var client: String
        /// The strongest kind of commitment between them.
        var kind: Commitment.Kind
        /// Every kind between them, strongest first.
        var kinds: [Commitment.Kind]
        /// True while at least one of them is in force (has no end date).
        var current: Bool
    }

    /// The patrons, in order around the inner circle.
    var patrons: [String]
    /// The clients, in order around the outer circle.
    var clients: [String]
    /// The edges.
    var edges: [Edge]
    /// The figure around the chart.
    var figure: SVGFigure

    private static let size = 720.0
    private static let inner = 130.0
    private static let outer = 285.0

    /// Lays out the commitments.
    ///
    /// - Parameters:
    ///   - commitments: the commitments.
    init(_ commitments: [ExportDocument.CommitmentEntry]) {
        let edges = Self.edges(commitments)
        let patrons = Set(edges.map(\.patron)).sorted()
        let angles = Dictionary(
            patrons.enumerated().map { ($1, Self.angle(of: $0, among: patrons.count)) }, uniquingKeysWith: { a, _ in a }
        )
        let clients = Self.orderedClients(edges.filter { angles[$0.client] == nil }, angles: angles)
        (self.edges, self.patrons, self.clients) = (edges, patrons, clients)
        figure = SVGFigure(
            id: "network", kind: "network", width: Self.size, height: Self.size,
            title: "Commitment network",
            description: "\(patrons.count) patrons on the inner circle and \(clients.count) clients on the outer"
                + " circle; each line joins a patron to a client it made a commitment to, coloured by the strongest"
                + " kind of commitment between them, dashed when all have ended.")
    }

    /// The SVG.
    func render() -> HTML {
        let positions = self.positions()
        let lines = edges.compactMap { edge -> HTML? in
            guard let from = positions[edge.patron], let to = positions[edge.client] else { return nil }
            let dash: HTML = edge.current ? "" : " stroke-dasharray=\"5 4\""
            let kinds = edge.kinds.map(\.rawValue).joined(separator: ", ")
            return """
                <line class="edge" data-kind="\(edge.kind.rawValue)" x1="\(from.x)" y1="\(from.y)" x2="\(to.x)" \
                y2="\(to.y)" stroke="\(Palette.color(edge.kind))" stroke-width="1.6" stroke-opacity="0.8"\(dash)>\
                <title>\(edge.patron) → \(edge.client): \(kinds)</title></line>
                """
        }
        let nodes =
            patrons.map { node($0, at: positions[$0], patron: true) }
            + clients.map { node($0, at: positions[$0], patron: false) }
        return figure.render("<g class=\"edges\">\(lines)</g><g class=\"nodes\">\(nodes)</g>")
    }

    private func positions() -> [String: (x: Double, y: Double)] {
        var positions: [String: (x: Double, y: Double)] = [:]
        let inner = patrons.count == 1 ? 0 : Self.inner
        for (index, patron) in patrons.enumerated() {
            positions[patron] = Self.point(Self.angle(of: index, among: patrons.count), radius: inner)
        }
        for (index, client) in clients.enumerated() {
            positions[client] = Self.point(Self.angle(of: index, among: clients.count), radius: Self.outer)
        }
        return positions
    }

    private func node(_ code: String, at position: (x: Double, y: Double)?, patron: Bool) -> HTML {
        guard let position else { return .empty }
        let center = Self.size / 2
        let (dx, dy) = (position.x - center, position.y - center)
        let distance = max((dx * dx + dy * dy).squareRoot(), 1)
        let push = patron ? 16.0 : 12.0
        let label = (x: position.x + dx / distance * push, y: position.y + dy / distance * push + 4)
        let anchor: HTML = patron && distance < 2 ? "middle" : dx < -1 ? "end" : dx > 1 ? "start" : "middle"
        let weight: HTML = patron ? " font-weight=\"700\"" : ""
        let shape: HTML = """
            <circle class="\(patron ? "patron" : "client")" cx="\(position.x)" cy="\(position.y)" \
            r="\(patron ? 9.0 : 5.0)" fill="\(patron ? "#1d232a" : "#fff")" stroke="#1d232a"><title>\(code)</title></circle>\
            <text x="\(label.x)" y="\(patron && distance < 2 ? position.y - 14 : label.y)" text-anchor="\(anchor)" \
            font-size="\(patron ? 13.0 : 10.0)"\(weight)>\(code)</text>
            """
        return patron ? "<a href=\"\(SitePath.patron(code))\">\(shape)</a>" : shape
    }

    private static func point(_ angle: Double, radius: Double) -> (x: Double, y: Double) {
        (size / 2 + radius * cos(angle), size / 2 + radius * sin(angle))
    }

    private static func angle(of index: Int, among count: Int) -> Double {
        -Double.pi / 2 + 2 * Double.pi * Double(index) / Double(max(count, 1))
    }

    /// One edge per patron and client, strongest kind first.
    private static func edges(_ commitments: [ExportDocument.CommitmentEntry]) -> [Edge] {
        let strength = Dictionary(
            Commitment.Kind.allCases.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let pairs = Dictionary(grouping: commitments) { "\($0.patron)\u{1F}\($0.client)" }
        return pairs.values.compactMap { group -> Edge? in
            guard let first = group.first else { return nil }
            let kinds = Set(group.map(\.kind)).sorted { strength[$0, default: 0] < strength[$1, default: 0] }
            guard let strongest = kinds.first else { return nil }
            return Edge(
                patron: first.patron, client: first.client, kind: strongest, kinds: kinds,
                current: group.contains { $0.ended == nil })
        }
        .sorted { ($0.patron, $0.client) < ($1.patron, $1.client) }
    }

    /// Clients ordered by the mean direction of their patrons, so that edges cross less; ties by code.
    private static func orderedClients(_ edges: [Edge], angles: [String: Double]) -> [String] {
        let byClient = Dictionary(grouping: edges, by: \.client)
        let placed = byClient.map { client, edges -> (String, Double) in
            let sines = edges.compactMap { angles[$0.patron].map(sin) }.reduce(0, +)
            let cosines = edges.compactMap { angles[$0.patron].map(cos) }.reduce(0, +)
            var angle = atan2(sines, cosines) + Double.pi / 2
            if angle < 0 { angle += 2 * Double.pi }
            return (client, (angle * 1000).rounded() / 1000)
        }
        return placed.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map(\.0)
    }
}
