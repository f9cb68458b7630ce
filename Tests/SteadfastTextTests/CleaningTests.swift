import SteadfastCore
import Testing

@testable import SteadfastText

@Suite("Cleaning blocks")
struct CleaningTests {
    static func block(_ text: String, _ markup: BlockKind? = nil) -> RawBlock {
        RawBlock(collapsing: text.unicodeScalars, markup: markup)!
    }

    static func classify(_ text: String) -> BlockClassification {
        BlockCleaner.classify([block(text)], title: nil)[0]
    }

    @Test(
        "page furniture is recognized by its wording",
        arguments: [
            ("By Jane Doe", Furniture.byline), ("By JANE DOE and JOHN ROE, Reuters", .byline),
            ("By Lena Marchetti in N'Djamena", .byline), ("Authors", .byline), ("Author: Maria Lopez", .byline),
            ("Reporting by Ana Petrova; Editing by Tom Hale", .byline),
            ("6 min read", .readTime), ("5-minute read", .readTime), ("Reading time: 4 minutes", .readTime),
            ("12 min listen", .readTime),
            ("Support our journalism", .appeal), ("Donate", .appeal), ("Sign up", .appeal),
            ("Sign up for our morning briefing", .appeal), ("Follow us on Telegram", .appeal),
            ("Share this article", .appeal), ("See all", .appeal), ("See all \u{203A}", .appeal),
            ("Category", .appeal), ("Advertisement", .appeal), ("Related: Why the corridor matters", .appeal),
            ("Read more", .appeal), ("Read more: The ceasefire explained", .appeal),
            ("Subscribe to our newsletter for daily updates.", .appeal),
            ("Already a subscriber? Log in to continue reading.", .appeal),
            ("We are a nonprofit newsroom. If you value this reporting, please consider donating.", .appeal),
            ("We use cookies to improve your experience. By continuing you accept our cookie policy.", .cookieNotice),
            ("\u{A9} 2026 Example Media Ltd", .copyright),
            ("Copyright 2025 Wire Services. All rights reserved.", .copyright),
            ("January 5, 2026", .timestamp), ("Updated 10:32 GMT", .timestamp),
            ("Mon 5 Jan 2026 14.02 GMT", .timestamp),
            ("3 hours ago", .timestamp), ("2026-01-05T09:30:00Z", .timestamp),
            ("Published: Jan. 5, 2026 at 4:15 p.m. ET", .timestamp), ("Updated: 10:32 a.m.", .timestamp),
            ("World", .label), ("Middle East", .label), ("Live updates", .label),
        ])
    func furniture(text: String, furniture: Furniture) {
        #expect(Self.classify(text) == BlockClassification(kind: .furniture, furniture: furniture))
    }

    @Test(
        "captions are recognized by their credits",
        arguments: [
            "A soldier stands guard in Stepanakert. (Photo by Jane Doe/Getty Images)",
            "Smoke rises over the port. (Reuters)",
            "Protesters gather outside parliament. (AP Photo/John Roe)",
            "Photo: Ministry of Defence press service",
            "The president arrives in Minsk. AFP via Getty Images",
            "Refugees at the border crossing. Credit: Ana Petrova for Example News",
            "Armoured vehicles on the highway. Jane Doe/Reuters",
            "Delegates before the vote (EPA-EFE)",
        ])
    func captions(text: String) {
        #expect(Self.classify(text) == BlockClassification(kind: .caption))
    }

    @Test(
        "article sentences that share words with furniture stay body",
        arguments: [
            "By Tuesday, Russian forces had withdrawn from the town.",
            "The ministry said it would donate 40 tonnes of flour to the relief effort.",
            "Russia's share of the arms market fell to 11 percent (SIPRI).",
            "Talks resumed in Geneva on January 5, 2026, after a pause of three weeks.",
            "Sign language interpreters were present at the briefing.",
            "Read the statement again, the envoy told reporters.",
            "Officials said the cookie-cutter approach to peacekeeping had failed.",
        ])
    func body(text: String) {
        #expect(Self.classify(text) == BlockClassification(kind: .body))
    }

    @Test("a short line that is not a sentence is a heading")
    func headingLike() {
        #expect(Self.classify("Moscow stays out of the fight") == BlockClassification(kind: .heading))
    }

    @Test("a caption repeated right after itself stays a caption and points to the first")
    func repeatedCaption() {
        let caption = "Smoke rises over the port. (Reuters)"
        let body = "Ships left the harbour overnight."
        let classes = BlockCleaner.classify([Self.block(caption), Self.block(caption), Self.block(body)], title: nil)
        #expect(
            classes == [
                BlockClassification(kind: .caption), BlockClassification(kind: .caption, repeatOf: 0),
                BlockClassification(kind: .body),
            ])
    }

    @Test("a headline shown twice is a heading repeat")
    func repeatedTitle() {
        let title = "Kremlin keeps its distance"
        let blocks = [Self.block("World"), Self.block(title), Self.block(title), Self.block("It said nothing.")]
        #expect(
            BlockCleaner.classify(blocks, title: nil).map(\.kind) == [.furniture, .heading, .heading, .body])
        #expect(BlockCleaner.classify(blocks, title: nil).map(\.repeatOf) == [nil, nil, 1, nil])
    }

    @Test("a repeat takes the kind of the block it repeats, whatever its own markup")
    func repeatKeepsKind() {
        let text = "Rescue teams search the rubble on Tuesday."
        let classes = BlockCleaner.classify([Self.block(text, .caption), Self.block(text)], title: nil)
        #expect(classes == [BlockClassification(kind: .caption), BlockClassification(kind: .caption, repeatOf: 0)])
    }

    @Test("repeats are exact after white space is collapsed")
    func repeatAfterWhitespace() throws {
        let text =
            "Rescue teams search the rubble.\n\nRescue   teams\tsearch the rubble.\n\nRescue teams search the RUBBLE."
        let document = try DocumentReader().read(text: text, name: "a.txt")
        #expect(document.blocks.map(\.repeatOf) == [nil, 0, nil])
    }

    @Test("the markup decides headings; the title rescues a short headline from being a label")
    func markupAndTitle() {
        #expect(BlockCleaner.classify([Self.block("Background", .heading)], title: nil)[0].kind == .heading)
        #expect(BlockCleaner.classify([Self.block("Background")], title: nil)[0].kind == .furniture)
        #expect(
            BlockCleaner.classify([Self.block("Armenia Looks West")], title: "Armenia looks west")[0].kind == .heading)
        #expect(BlockCleaner.classify([Self.block("Aid arrives by road", .body)], title: nil)[0].kind == .body)
        #expect(BlockCleaner.classify([Self.block("Related stories", .heading)], title: nil)[0].kind == .furniture)
    }

    @Test("bylines give author names")
    func bylineNames() {
        #expect(
            DocumentAssembler.bylineNames("By Jane Doe and John Roe in Yerevan | January 5, 2026")
                == ["Jane Doe", "John Roe"])
        #expect(
            DocumentAssembler.bylineNames("By Ana Petrova, Tom Hale & Li Wei") == ["Ana Petrova", "Tom Hale", "Li Wei"])
    }
}
