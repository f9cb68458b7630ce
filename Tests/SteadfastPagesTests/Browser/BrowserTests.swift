import Foundation
import Testing

@testable import SteadfastPages

/// The pages in a real browser: headless Chromium parses each one (`--dump-dom`), the DOM must hold
/// the charts and forms and no element made from data, and screenshots go to `screenshots/` at the
/// package root for people to look at. Skipped, with the reason, when Chromium is not installed.
@Suite(
    "Pages in headless Chromium", .serialized,
    .enabled(if: Chromium.installed != nil, Comment(rawValue: Chromium.missing)))
struct BrowserTests {
    static var folder: URL {
        PagesFixture.packageDirectory.appendingPathComponent("screenshots")
    }

    @Test("each page parses with its charts and forms, nothing executable, and a screenshot")
    func pages() async throws {
        let chromium = try #require(Chromium.installed)
        let pages = Self.folder.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        let entries = try await PageGallery.entries()
        for entry in entries {
            try entry.page.body.write(
                to: pages.appendingPathComponent("\(entry.name).html"), atomically: true, encoding: .utf8)
        }
        for start in stride(from: 0, to: entries.count, by: 3) {
            try await withThrowingTaskGroup(of: Void.self) { group in
                for entry in entries[start..<min(start + 3, entries.count)] {
                    group.addTask { try await Self.check(entry, chromium: chromium, pages: pages) }
                }
                try await group.waitForAll()
            }
        }
    }

    /// The hook for the server: with `STEADFAST_PAGES_URL` set to a running server (for example
    /// `http://127.0.0.1:8080`), the same checks run against its pages over loopback, starting from
    /// the leaderboard and following its first patron and test links.
    @Test(
        "a live server's pages parse with their charts and forms",
        .enabled(if: ProcessInfo.processInfo.environment["STEADFAST_PAGES_URL"] != nil, "STEADFAST_PAGES_URL not set"))
    func liveServer() async throws {
        let chromium = try #require(Chromium.installed)
        let base = try #require(ProcessInfo.processInfo.environment["STEADFAST_PAGES_URL"].flatMap(URL.init(string:)))
        let leaderboard = try await chromium.dumpDOM(base)
        let patron = try #require(Self.firstLink(in: leaderboard, under: "/patrons/"), "no patron link on /")
        let test = try #require(Self.firstLink(in: leaderboard, under: "/tests/"), "no test link on /")
        let checks: [(name: String, path: String, needles: [String])] = [
            ("leaderboard", "/", ["<svg id=\"forest\"", "class=\"estimate\""]),
            ("patron", patron, ["<svg id=\"timeline\"", "class=\"test-mark\"", "<svg id=\"split\""]),
            ("test", test, ["<svg id=\"ladder\"", "class=\"steps\""]),
            ("network", SitePath.network, ["<svg id=\"network\"", "class=\"edge\""]),
            ("review", SitePath.review, ["Review queue"]),
            ("ingest", SitePath.ingest, ["<form class=\"ingest\""]),
            ("not-found", "/no-such-page", ["Page not found"]),
            ("changes", SitePath.changes(), ["<h1>Changes</h1>"]),
        ]
        for check in checks {
            let url = try #require(URL(string: check.path, relativeTo: base)?.absoluteURL)
            let dom = try await chromium.dumpDOM(url)
            Self.expectInert(dom, page: check.path)
            for needle in check.needles {
                #expect(dom.contains(needle), "\(check.path): \(needle)")
            }
            try await chromium.screenshot(
                url, to: Self.folder.appendingPathComponent("live-\(check.name).png"), width: 1280, height: 1600)
        }
        try await changedPages(base: base, chromium: chromium)
    }

    /// The pages of things that change end with their changes: a commitment's, and, when the live
    /// server's ledger has an ingested article (`.ci/run` ingests one and decides its candidates
    /// first), the article's source page with its entries.
    private func changedPages(base: URL, chromium: Chromium) async throws {
        let changes = try await chromium.dumpDOM(try #require(URL(string: SitePath.changes(), relativeTo: base)))
        var paths: [(name: String, path: String)] = []
        if let source = Self.firstLink(in: changes, under: "/sources/") {
            paths.append(("source", String(source.prefix { $0 != "#" })))
        }
        let network = try await chromium.dumpDOM(try #require(URL(string: SitePath.network, relativeTo: base)))
        let commitment = try #require(Self.firstLink(in: network, under: "/commitments/"), "no commitment link")
        paths.append(("commitment", commitment))
        for (name, path) in paths {
            let url = try #require(URL(string: path, relativeTo: base)?.absoluteURL)
            let dom = try await chromium.dumpDOM(url)
            Self.expectInert(dom, page: path)
            #expect(dom.contains("<h2 id=\"changes\">Changes</h2>"), "\(path)")
            if name == "source" { #expect(dom.contains("class=\"audit-entry\""), "\(path)") }
            try await chromium.screenshot(
                url, to: Self.folder.appendingPathComponent("live-\(name).png"), width: 1280, height: 1600)
        }
    }

    private static func firstLink(in dom: String, under prefix: String) -> String? {
        guard let start = dom.range(of: "href=\"\(prefix)") else { return nil }
        guard let end = dom[start.upperBound...].firstIndex(of: "\"") else { return nil }
        return prefix + dom[start.upperBound..<end]
    }

    private static func check(_ entry: PageGallery.Entry, chromium: Chromium, pages: URL) async throws {
        let url = pages.appendingPathComponent("\(entry.name).html")
        let dom = try await chromium.dumpDOM(url)
        try dom.write(to: pages.appendingPathComponent("\(entry.name).dom.html"), atomically: true, encoding: .utf8)
        expectInert(dom, page: entry.name)
        for (needle, count) in entry.expected {
            if let count {
                #expect(dom.count(of: needle) == count, "\(entry.name): \(needle)")
            } else {
                #expect(dom.contains(needle), "\(entry.name): \(needle)")
            }
        }
        try await chromium.screenshot(
            url, to: folder.appendingPathComponent("\(entry.name).png"), width: 1280, height: 1600)
        if entry.phone {
            try await chromium.screenshot(
                url, to: folder.appendingPathComponent("\(entry.name)-phone.png"), width: 390, height: 1200)
        }
    }

    /// The parsed DOM holds no script or image element and no event handler attribute: none of the
    /// pages has any of its own, so any there would have come from data.
    static func expectInert(_ dom: String, page: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let lowered = dom.lowercased()
        #expect(lowered.contains("<html"), "\(page): no DOM", sourceLocation: sourceLocation)
        #expect(!lowered.contains("<script"), "\(page): script element", sourceLocation: sourceLocation)
        #expect(!lowered.contains("<img"), "\(page): img element", sourceLocation: sourceLocation)
        #expect(!lowered.contains(" onerror=\""), "\(page): event handler", sourceLocation: sourceLocation)
    }
}
