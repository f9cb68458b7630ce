import Foundation
import SteadfastCore
import Testing

@testable import SteadfastText

@Suite("Reading documents")
struct InputTests {
    let reader = DocumentReader()

    static func fixture(_ name: String) throws -> Data {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try Data(contentsOf: folder.appendingPathComponent("input").appendingPathComponent(name))
    }

    static func kinds(_ document: PreparedDocument) -> [String] {
        document.blocks.map { block in
            "\(block.kind.rawValue)\(block.repeatOf.map { "=\($0)" } ?? ""): \(document.text(of: block.span))"
        }
    }

    @Test(
        "SHA-256 matches the standard test vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func sha256(message: String, digest: String) {
        #expect(SHA256.hexDigest(of: Array(message.utf8)) == digest)
    }

    @Test("SHA-256 pads messages that fill a block exactly")
    func sha256FullBlock() {
        let message = Array(repeating: UInt8(ascii: "a"), count: 64)
        #expect(
            SHA256.hexDigest(of: message) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test("plain paragraphs are separated by one blank line, white space collapsed, CR LF normalized")
    func plainParagraphs() throws {
        let text = "  Russia sent   two battalions.\r\n\r\n\r\nThe\tKremlin declined\u{A0}to comment.\r\n"
        let document = try reader.read(text: text, name: "brief.txt")
        #expect(document.text == "Russia sent two battalions.\n\nThe Kremlin declined to comment.")
        #expect(document.blocks.map(\.span) == [TextSpan(start: 0, end: 27), TextSpan(start: 29, end: 61)])
        #expect(document.blocks.map(\.kind) == [.body, .body])
    }

    @Test("a scraped page with one paragraph a line gives one block a line")
    func onePerLine() throws {
        let text = "Tanks crossed the river at dawn.\nOfficials in the capital said they had asked for help.\n"
        let document = try reader.read(text: text, name: "scraped.txt")
        #expect(
            document.text
                == "Tanks crossed the river at dawn.\n\nOfficials in the capital said they had asked for help.")
    }

    @Test("hard-wrapped text is joined into paragraphs")
    func hardWrapped() throws {
        let document = try reader.read(Self.fixture("header.txt"), name: "header.txt")
        #expect(
            document.text
                == "GENEVA - Negotiators from both countries returned to the table on Monday, two weeks after a "
                + "shelling incident that killed four soldiers and prompted their patrons to trade accusations.\n\n"
                + "The mediators said the first session lasted three hours and ended without a joint statement.")
    }

    @Test("a long address line does not stop hard-wrapped text from being joined")
    func wrappedWithAddress() throws {
        let lines = (1...20).map { "line \($0) of a report that was wrapped at a fixed width and goes on" }
        let address = "https://example.org/" + String(repeating: "long-path-segment/", count: 8)
        let text =
            lines[0..<10].joined(separator: "\n") + "\n\n" + address + "\n\n" + lines[10...].joined(separator: "\n")
        let document = try reader.read(text: text, name: "report.txt")
        #expect(document.blocks.count == 3)
    }

    @Test("a heading typed inside hard-wrapped text is a block of its own")
    func wrappedHeading() throws {
        let text = """
            The agreement, signed in 2021, obliges each side to come to the
            other's aid. Critics say the patron has never honoured that promise
            in practice.
            Officials deny the report
            A second paragraph begins here and goes on for a while, until it
            reaches its end.
            """
        let document = try reader.read(text: text, name: "wrapped.txt")
        #expect(
            Self.kinds(document) == [
                "body: The agreement, signed in 2021, obliges each side to come to the other's aid. Critics say the "
                    + "patron has never honoured that promise in practice.",
                "heading: Officials deny the report",
                "body: A second paragraph begins here and goes on for a while, until it reaches its end.",
            ])
    }

    @Test("a header block gives the metadata and is not stored")
    func headerBlock() throws {
        let document = try reader.read(Self.fixture("header.txt"), name: "header.txt")
        #expect(
            document.metadata
                == DocumentMetadata(
                    title: "Border talks resume in Geneva", publisher: "Example Wire",
                    url: "https://wire.example/2026/03/02/border-talks",
                    published: PartialDate(year: 2026, month: 3, day: 2),
                    authors: ["Sara Lindqvist", "Tomas Weber"]))
        #expect(document.text.hasPrefix("GENEVA"))
    }

    @Test(
        "header dates accept ISO and written forms",
        arguments: [
            ("2026", "2026"), ("2026-01", "2026-01"), ("2026-01-05", "2026-01-05"), ("January 5, 2026", "2026-01-05"),
            ("Jan. 5, 2026", "2026-01-05"), ("5 January 2026", "2026-01-05"),
            ("Monday, January 5th, 2026", "2026-01-05"),
            ("January 2026", "2026-01"), ("2026-01-05T23:10:00-05:00", "2026-01-05"),
            ("Sept 30, 2025 10:32 a.m. ET", "2025-09-30"),
        ])
    func headerDates(value: String, expected: String) throws {
        let document = try reader.read(text: "DATE: \(value)\n---\nTroops withdrew.", name: "dated.txt")
        #expect(document.metadata.published?.description == expected)
    }

    @Test(
        "a DATE that is not a date names the line and the field",
        arguments: ["next Tuesday", "2026-02-30", "February 30, 2026", ""])
    func badDate(value: String) {
        let text = "URL: https://example.org/a\nTitle: Talks\nDate: \(value)\n---\nTroops withdrew."
        let error = #expect(throws: TextError.self) { try reader.read(text: text, name: "story.txt") }
        #expect(
            error?.description
                == "story.txt:3: DATE: '\(value)' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or 'January 5, 2026')")
    }

    @Test("text that only looks like a header, without its closing line, is article text")
    func notAHeader() throws {
        let document = try reader.read(text: "URL: https://example.org/a\n\nTroops withdrew.", name: "a.txt")
        #expect(document.text == "URL: https://example.org/a\n\nTroops withdrew.")
        #expect(document.metadata.url == nil)
    }

    @Test(
        "the format comes from the extension, else from the content",
        arguments: [
            ("story.html", "Troops withdrew.", DocumentFormat.html), ("story.HTM", "x", .html),
            ("notes.md", "x", .markdown), ("a.markdown", "x", .markdown), ("story.txt", "<!doctype html>", .plain),
            ("https://example.org/2026/story", "<!DOCTYPE html><p>x", .html), ("saved", "  <html><body>", .html),
            ("https://example.org", "<html>", .html), ("https://example.org/news/view.php?id=4", "<html>", .html),
            ("https://example.org/notes.md#top", "<html>", .markdown),
            ("saved", "<div><p>a</p><p>b</p></div>", .html), ("saved", "a < b and c > d", .plain),
        ])
    func formats(name: String, content: String, format: DocumentFormat) {
        let chosen =
            DocumentFormat.fromExtension(of: name) ?? DocumentFormat.sniffed(Array(content.unicodeScalars)[...])
        #expect(chosen == format)
    }

    @Test("HTML: scripts, styles and comments are dropped, entities decoded, block elements end paragraphs")
    func smallHTML() throws {
        let html = """
            <html><head><style>p { color: red }</style><script>var s = "<p>hidden</p>";</script></head>
            <body><!-- note --><p>Moscow &amp; Minsk signed a &ldquo;union&rdquo; treaty&#8230;<br>
            It took effect in 2000&#x2e;</p><ul><li>First item<li>Second &lt;item&gt;</ul>
            <table><tr><td>Troops</td><td>2,000</td></tr></table></body></html>
            """
        let document = try reader.read(text: html, name: "page.html")
        #expect(
            document.text
                == "Moscow & Minsk signed a \u{201C}union\u{201D} treaty\u{2026}\n\nIt took effect in 2000.\n\n"
                + "First item\n\nSecond <item>\n\nTroops 2,000")
    }

    @Test("an address given as the name is the URL when nothing else gives one")
    func addressAsURL() throws {
        let document = try reader.read(text: "Troops withdrew.", name: "https://news.example/a/1")
        #expect(document.metadata.url == "https://news.example/a/1")
        let page = try reader.read(Self.fixture("article.html"), name: "https://mirror.example/copy")
        #expect(page.metadata.url == "https://meridian.example/world/chad-air-support")
    }

    @Test("HTML: broken markup is read tolerantly")
    func brokenHTML() throws {
        let html = """
            <div class="story"><h2>Talks collapse<p>Negotiators left Geneva without a deal.
            <p>A second round <i>may follow</b> next month.</div></div></span>
            <p class=caption>Delegates leave the hall <span class="credit">(Reuters)</span></p>
            <p>Unclosed quote <a href="/x title=>link</a> ends here.</p><p>Final words.
            """
        let document = try reader.read(text: html, name: "broken.html")
        #expect(
            Self.kinds(document) == [
                "heading: Talks collapse", "body: Negotiators left Geneva without a deal.",
                "body: A second round may follow next month.", "caption: Delegates leave the hall (Reuters)",
                "body: Unclosed quote link ends here.", "body: Final words.",
            ])
    }

    @Test("HTML: the fixture page keeps its article and classifies every block")
    func htmlFixture() throws {
        let document = try reader.read(Self.fixture("article.html"), name: "article.html")
        #expect(
            Self.kinds(document) == [
                "furniture: Africa",
                "heading: Paris weighs air support as rebels near N\u{2019}Djamena",
                "furniture: By Lena Marchetti and Omar Haddad",
                "furniture: February 14, 2026 \u{B7} 5 min read",
                "caption: Armoured vehicles move north of the capital on Friday. (Photo by Ines Dubois/Getty Images)",
                "body: France said on Friday it was \u{201C}studying every option\u{201D} to help the government of "
                    + "Chad, as a rebel column advanced to within 200 km of N\u{2019}Djamena.",
                "body: The defence ministry in Paris confirmed that two fighter jets had flown reconnaissance missions "
                    + "over the area but said no strikes had been ordered. Officials declined to say whether ground "
                    + "troops would follow.",
                "body: Chadian officials have asked for more. \"We need more than words,\" a presidential adviser told "
                    + "reporters & diplomats gathered in the capital.",
                "furniture: Share Tweet Email",
                "heading: A long partnership under strain",
                "body: French troops have been based in the country for decades, and a 2019 air campaign halted a "
                    + "similar advance.",
                "body: This time, officials say, the political cost of intervening is higher.",
                "caption=4: Armoured vehicles move north of the capital on Friday. (Photo by Ines Dubois/Getty Images)",
                "body: Analysts in Paris said a decision could come within days.",
                "furniture: Support our journalism. Independent reporting costs money \u{2014} please consider "
                    + "donating today.",
            ])
        #expect(!document.text.contains("LEAKED"))
        #expect(!document.text.contains("Markets slide"))
    }

    @Test("HTML: a live blog whose entries are articles keeps every entry")
    func liveBlog() throws {
        let entry = "<article><p>Entry %@: the envoy said talks would go on through the night.</p></article>"
        let entries = (1...4).map { entry.replacingOccurrences(of: "%@", with: String($0)) }.joined()
        let html = "<!doctype html><main><h1>Live: ceasefire talks</h1>\(entries)</main><p>Elsewhere on the site</p>"
        let document = try reader.read(text: html, name: "live.html")
        #expect(document.blocks.count == 5)
        #expect(!document.text.contains("Elsewhere"))
    }

    @Test("HTML: metadata comes from meta tags, the canonical link and JSON-LD")
    func htmlMetadata() throws {
        let document = try reader.read(Self.fixture("article.html"), name: "article.html")
        #expect(
            document.metadata
                == DocumentMetadata(
                    title: "Paris weighs air support as rebels near N'Djamena", publisher: "The Meridian Desk",
                    url: "https://meridian.example/world/chad-air-support",
                    published: PartialDate(year: 2026, month: 2, day: 14), authors: ["Lena Marchetti", "Omar Haddad"]))
    }

    @Test("HTML: without meta tags, JSON-LD and the title element give the metadata")
    func htmlLinkedData() throws {
        let html = """
            <!doctype html><html><head><title>Kyiv asks for air defence &ndash; Example News</title>
            <script type="application/ld+json">[{"@type": "WebSite", "name": "Example News"},
            {"@graph": [{"@type": ["NewsArticle"], "datePublished": "2025-07-09T18:00:00Z",
            "author": {"@type": "Person", "name": "Ana Petrova"}, "publisher": {"name": "Example News"},
            "mainEntityOfPage": {"@id": "https://news.example/kyiv"}}]}]</script></head>
            <body><p>Ukraine asked its partners for more air defence systems.</p></body></html>
            """
        let document = try reader.read(text: html, name: "kyiv")
        #expect(
            document.metadata
                == DocumentMetadata(
                    title: "Kyiv asks for air defence", publisher: "Example News", url: "https://news.example/kyiv",
                    published: PartialDate(year: 2025, month: 7, day: 9), authors: ["Ana Petrova"]))
    }

    @Test("Markdown: markup is stripped, headings and image captions kept as blocks")
    func markdownFixture() throws {
        let document = try reader.read(Self.fixture("article.md"), name: "article.md")
        #expect(
            Self.kinds(document) == [
                "heading: Ankara signals limits to its Baku guarantee",
                "caption: Officials meet in a conference hall",
                "body: Turkey told Azerbaijan on Monday that its mutual defence pledge covers attacks on recognised "
                    + "territory only, according to two officials familiar with the talks.",
                "heading: What the pledge says",
                "body: The parties will assist each other by all available means.",
                "body: Consultations within seven days",
                "body: Military aid \"if necessary\"",
                "body: A review every five years",
                "body: Article 2: The parties shall consult without delay.",
                "body: Read the full text here or at https://example.org/text. Snake_case_names stay; 3 * 4 stays.",
            ])
        #expect(
            document.metadata
                == DocumentMetadata(
                    title: "Ankara signals limits to its Baku guarantee", publisher: "Caspian Review",
                    published: PartialDate(year: 2025, month: 11, day: 3), authors: ["Deniz Aksoy", "Mariam Qasimova"]))
    }

    @Test("Markdown: setext headings, escapes and inline code")
    func markdownInline() throws {
        let markdown = "Talks resume\n============\n\nThe \\*draft\\* says `Article 4` applies.\n"
        let document = try reader.read(text: markdown, name: "notes.md")
        #expect(Self.kinds(document) == ["heading: Talks resume", "body: The *draft* says Article 4 applies."])
    }

    @Test("plain: the scraped fixture's furniture, repeated title and repeated caption are marked")
    func plainFixture() throws {
        let document = try reader.read(Self.fixture("article.txt"), name: "article.txt")
        let kinds = document.blocks.map { "\($0.kind.rawValue)\($0.repeatOf.map { "=\($0)" } ?? "")" }
        #expect(
            kinds == [
                "furniture", "furniture", "furniture", "heading", "heading=3", "furniture", "furniture", "furniture",
                "furniture", "caption", "caption=9", "body", "body", "furniture", "body", "heading", "body", "body",
                "body", "furniture", "furniture", "furniture", "furniture",
            ])
        #expect(document.metadata.title == "Paris weighs air support as rebels near N'Djamena")
        #expect(document.metadata.authors == ["Lena Marchetti", "Omar Haddad"])
        #expect(document.metadata.published == PartialDate(year: 2026, month: 2, day: 14))
    }

    @Test("the same article as HTML and as scraped text has one fingerprint")
    func fingerprintAcrossFormats() throws {
        let page = try reader.read(Self.fixture("article.html"), name: "article.html")
        let text = try reader.read(Self.fixture("article.txt"), name: "article.txt")
        #expect(DocumentReader.fingerprint(of: page) == DocumentReader.fingerprint(of: text))
        let other = try reader.read(Self.fixture("article.md"), name: "article.md")
        #expect(DocumentReader.fingerprint(of: page) != DocumentReader.fingerprint(of: other))
    }

    @Test("the fingerprint ignores furniture, case and white space")
    func fingerprintNormalization() throws {
        let first = try reader.read(text: "Share\n\nTroops  WITHDREW from the town.", name: "a.txt")
        let second = try reader.read(text: "troops withdrew from the town.\n\n6 min read", name: "b.txt")
        #expect(DocumentReader.fingerprint(of: first) == DocumentReader.fingerprint(of: second))
        #expect(
            DocumentReader.fingerprint(of: first)
                == SHA256.hexDigest(of: Array("troops withdrew from the town.\n".utf8)))
    }

    @Test("binary input is refused")
    func binary() {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]
        bytes += Array("IHDR".utf8) + [0x00, 0x00, 0x01, 0x00]
        #expect(throws: TextError.notText("image.png")) { try reader.read(Data(bytes), name: "image.png") }
        #expect(TextError.notText("image.png").description == "image.png: not UTF-8 text")
    }

    @Test("invalid UTF-8 and control characters are refused")
    func invalidText() {
        #expect(throws: TextError.notText("latin1.txt")) {
            try reader.read(Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x6F, 0x6B]), name: "latin1.txt")
        }
        let controls = String(repeating: "ab\u{01}\u{02}\u{03}", count: 10)
        #expect(throws: TextError.notText("controls.txt")) { try reader.read(text: controls, name: "controls.txt") }
        #expect(throws: TextError.notText("nul.txt")) { try reader.read(text: "a\u{0}b", name: "nul.txt") }
    }

    @Test("input over 20 MiB is refused")
    func tooLarge() {
        let data = Data(repeating: UInt8(ascii: "a"), count: DocumentReader.maximumBytes + 1)
        let error = TextError.tooLarge("big.txt", bytes: 20_971_521, limit: 20_971_520)
        #expect(throws: error) { try reader.read(data, name: "big.txt") }
        #expect(error.description == "big.txt: 20971521 bytes is over the limit of 20971520")
    }

    @Test(
        "input with no article text is refused",
        arguments: [
            "", "  \n\n\t ", "<html><nav>Home</nav><script>x()</script></html>", "Share\n\n6 min read\n\nSee all",
        ])
    func empty(text: String) {
        #expect(throws: TextError.empty("blank.html")) { try reader.read(text: text, name: "blank.html") }
        #expect(TextError.empty("blank.html").description == "blank.html: no article text found")
    }
}
