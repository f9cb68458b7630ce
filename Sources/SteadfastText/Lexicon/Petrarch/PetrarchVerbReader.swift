/// Reads the lines of a verbs dictionary, see `PetrarchVerbDictionary`.
///
/// Patterns are kept as lines until the whole file is read, because a synset may be defined after a
/// pattern uses it and pattern synset references need every label to be read right.
struct PetrarchVerbReader {
    typealias Verb = PetrarchVerbDictionary.Verb

    /// A family being read.
    private struct Family {
        var name: String
        var code: String?
        var verbs: [Verb] = []
        var patternLines: [PetrarchLine] = []
        /// True for a TABARI entry outside any `---` block: each verb line starts its own.
        var implicit = false
    }

    private var report: PetrarchReport
    private var families: [Family] = []
    private var synsets = PetrarchSynsets()
    private var transformations: [PetrarchVerbDictionary.Transformation] = []
    /// The synset whose `+` members are being read.
    private var openSynset: String?

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - report: where warnings go.
    init(report: PetrarchReport) {
        self.report = report
    }

    /// Reads one line.
    ///
    /// - Parameters:
    ///   - line: the line.
    /// - Throws: `TextError.badDictionary` for a malformed line.
    mutating func read(_ line: PetrarchLine) throws {
        let first = line.bytes.first
        if first == UInt8(ascii: "+"), let openSynset {
            synsets.addMember(line, to: openSynset)
            return
        }
        openSynset = nil
        switch first {
        case UInt8(ascii: "&"): openSynset = try synsets.define(line, report: report)
        case UInt8(ascii: "~"): transformations.append(try PetrarchVerbDictionary.Transformation(line, report: report))
        case UInt8(ascii: "<"): break  // TABARI's <SYNSETS> and </SYNSETS> tags frame the synsets
        case UInt8(ascii: "{"): try addForms(line)
        case UInt8(ascii: "-") where line.bytes.starts(with: "---".utf8): try startFamily(line)
        case UInt8(ascii: "-"): try addPattern(line)
        default: try addVerb(line)
        }
    }

    /// The dictionary: synsets resolved, patterns parsed and given to their verbs, warnings in line order.
    ///
    /// - Returns: the dictionary.
    /// - Throws: `TextError.badDictionary` for a malformed synset or pattern.
    func dictionary() throws -> PetrarchVerbDictionary {
        var report = report
        let resolved = try synsets.resolved(report: report)
        let parser = PetrarchPatternParser(synsetNames: Set(resolved.keys))
        var verbs: [Verb] = []
        for family in families {
            let patterns = try family.patternLines.compactMap { try parser.pattern($0, report: &report) }
            verbs += family.verbs.map { verb in
                var verb = verb
                verb.patterns = patterns
                return verb
            }
        }
        let warnings = report.warnings.enumerated().sorted {
            (Self.line(of: $0.element), $0.offset) < (Self.line(of: $1.element), $1.offset)
        }
        return PetrarchVerbDictionary(
            verbs: verbs, synsets: resolved, transformations: transformations, warnings: warnings.map(\.element))
    }

    private static func line(of warning: TextError) -> Int {
        if case .badDictionary(_, let line, _) = warning { return line }
        return 0
    }

    private mutating func startFamily(_ line: PetrarchLine) throws {
        let header = try PetrarchVerbLine.header(line, report: &report)
        families.append(Family(name: header.name, code: header.code))
    }

    private mutating func addVerb(_ line: PetrarchLine) throws {
        let parsed = try PetrarchVerbLine.verb(line, report: &report)
        if families.last?.implicit ?? true {
            families.append(Family(name: parsed.label, code: parsed.code, implicit: true))
        }
        let family = families[families.count - 1]
        families[families.count - 1].verbs.append(
            Verb(
                forms: parsed.forms, verbWordIndex: parsed.verbWordIndex, code: parsed.code ?? family.code,
                family: family.name, line: line.number))
    }

    /// TABARI's irregular forms on a line of their own, after their verb: `{BROKE_ BROKEN_}`.
    private mutating func addForms(_ line: PetrarchLine) throws {
        guard let verb = families.last?.verbs.last else {
            throw report.error(line.number, "verb forms before any verb")
        }
        let forms = try PetrarchVerbLine.braceForms(line, verbWordIndex: verb.verbWordIndex, report: &report)
        let family = families.count - 1
        let index = families[family].verbs.count - 1
        families[family].verbs[index].forms += forms.filter { !verb.forms.contains($0) }
    }

    private mutating func addPattern(_ line: PetrarchLine) throws {
        guard let family = families.last, !family.verbs.isEmpty else {
            throw report.error(line.number, "pattern before any verb")
        }
        families[families.count - 1].patternLines.append(line)
    }
}
