import Testing

@testable import SteadfastPages

/// One escaping function stands between data and markup.
@Suite("Escaping")
struct HTMLEscapingTests {
    @Test(
        "hostile text becomes inert characters",
        arguments: [
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"),
            ("\" onmouseover=\"x", "&quot; onmouseover=&quot;x"),
            ("it's", "it&#39;s"),
            ("AT&T &amp; co", "AT&amp;T &amp;amp; co"),
            ("Москва → Ереван", "Москва → Ереван"),
        ])
    func escape(text: String, expected: String) {
        #expect(HTML.escape(text) == expected)
    }

    @Test("interpolated strings are escaped in content, attributes and SVG text; literals are kept")
    func interpolation() {
        let hostile = "\"><script>alert('x')</script>"
        let page: HTML = """
            <p title="\(hostile)">\(hostile)</p><svg><text x="1">\(hostile)</text></svg>
            """
        #expect(!page.rendered.contains("<script"))
        #expect(page.rendered.hasPrefix("<p title=\"&quot;&gt;&lt;script&gt;"))
        #expect(
            page.rendered.contains("<text x=\"1\">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</text>"))
    }

    @Test("fragments nest without being escaped twice")
    func nesting() {
        let inner: HTML = "<b>\("a & b")</b>"
        let outer: HTML = "<p>\(inner)</p>"
        #expect(outer.rendered == "<p><b>a &amp; b</b></p>")
    }

    @Test(
        "only http and https addresses become links",
        arguments: [
            ("https://example.org/a?b=1&c=2", true), ("http://example.org", true), ("javascript:alert(1)", false),
            ("JavaScript:alert(1)", false), ("data:text/html,<script>", false), ("https://exa mple.org", false),
            ("//example.org", false),
        ])
    func links(url: String, linked: Bool) {
        #expect((SitePath.external(url) != nil) == linked)
    }

    @Test("path segments from data are percent-encoded")
    func paths() {
        #expect(SitePath.test("cli-2020-attack") == "/tests/cli-2020-attack")
        #expect(SitePath.patron("A/B\"<x>") == "/patrons/A%2FB%22%3Cx%3E")
        #expect(SitePath.decision("c-1 2") == "/review/c-1%202")
    }
}
