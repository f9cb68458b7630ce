import SteadfastCore
import SteadfastStore

extension PageSite {
    /// The commitment network: patrons on an inner circle, clients on an outer one, edges coloured
    /// by the strongest kind of commitment between them, and the table of commitments.
    ///
    /// - Parameters:
    ///   - export: the judged ledger.
    /// - Returns: the page.
    public func network(_ export: ExportDocument) -> RenderedPage {
        let chart = NetworkChart(export.commitments)
        let kinds = Commitment.Kind.allCases.filter { kind in chart.edges.contains { $0.kind == kind } }
        let legend = Palette.legend(kinds.map { (Palette.color($0), $0.rawValue) }, caption: "Commitment kinds")
        let main: HTML = """
            <h1>Commitments</h1>
            <p class="lede">\(chart.patrons.count) patrons and \(chart.clients.count) clients; \
            \(export.commitments.count) commitments.</p>
            <figure>\(chart.render())<figcaption>\(legend)Dashed: every commitment between the two has ended.\
            </figcaption></figure>
            <h2>All commitments</h2>
            \(commitmentTable(export.commitments))
            """
        return RenderedPage(body: layout.document(title: "Commitments", section: .network, main: main))
    }

    private func commitmentTable(_ commitments: [ExportDocument.CommitmentEntry]) -> HTML {
        let sorted = commitments.sorted { ($0.patron, $0.client, $0.started) < ($1.patron, $1.client, $1.started) }
        let rows = sorted.map { entry -> HTML in
            let via: HTML = entry.via.map { " via \($0)" } ?? ""
            return """
                <tr id="commitment-\(entry.id)"><td>\(Fragments.patron(entry.patron))</td><td>\(entry.client)</td>\
                <td class="nowrap"><span class="swatch" style="background:\(Palette.color(entry.kind))"></span>\
                <a href="\(SitePath.commitment(entry.id))">\(entry.kind.rawValue)</a>\(via)</td><td class="nowrap">\(Format.period(entry.started, entry.ended))</td>\
                <td>\(entry.scope.note ?? "")</td></tr>
                """
        }
        return """
            <div class="table-wrap"><table class="commitments"><thead><tr><th>Patron</th><th>Client</th><th>Kind</th>\
            <th>In force</th><th>Scope</th></tr></thead><tbody>\(rows)</tbody></table></div>
            """
    }
}
