import SteadfastCore
import SteadfastText

struct DocumentRow: Codable {
    var id: String
    var fingerprint: String
    var name: String
    var title: String?
    var publisher: String?
    var url: String?
    var published: String?
    var authors: String
    var text: String
    var ingestedAt: Double
}

struct CandidateRow: Codable {
    var id: String
    var documentId: String
    var sentenceStart: Int
    var sentenceEnd: Int
    var sentence: String
    var source: String
    var target: String
    var cameo: String
    var type: String
    var level: Int?
    var scale: String?
    var threat: String?
    var outcome: String?
    var date: String?
    var caption: Bool
    var contested: Bool
    var testId: String?
    var status: String
    var decidedAt: Double?
    var note: String?

    init(_ candidate: ReviewCandidate, decidedAt: Double? = nil) {
        id = candidate.id
        documentId = candidate.documentID
        sentenceStart = candidate.sentence.start
        sentenceEnd = candidate.sentence.end
        sentence = candidate.text
        source = candidate.source
        target = candidate.target
        cameo = candidate.cameo
        type = candidate.reading.type
        switch candidate.reading {
        case .support(let level, let scale):
            self.level = level.rawValue
            self.scale = scale.rawValue
        case .threat(let kind): threat = kind.rawValue
        case .outcome(let value): outcome = value.rawValue
        case .withdrawal, .defection, .other: break
        }
        date = candidate.date?.description
        caption = candidate.caption
        contested = candidate.contested
        testId = candidate.testID
        status = candidate.status.rawValue
        self.decidedAt = decidedAt
        note = candidate.note
    }

    func candidate() throws -> ReviewCandidate {
        let reader = RowReader(table: "candidates", id: id)
        return ReviewCandidate(
            id: id, documentID: documentId, sentence: TextSpan(start: sentenceStart, end: sentenceEnd), text: sentence,
            source: source, target: target, cameo: cameo, reading: try reading(reader),
            date: try reader.optionalDate(date),
            caption: caption, contested: contested, testID: testId,
            status: try reader.value(ReviewCandidate.Status.self, status), note: note)
    }

    private func reading(_ reader: RowReader) throws -> EventReading {
        switch type {
        case "support":
            guard let level = level.flatMap(LadderLevel.init(rawValue:)) else {
                throw StoreError.corruptRow(table: "candidates", id: id, reason: "support without a level")
            }
            return .support(level, try reader.value(Response.Scale.self, scale ?? "full"))
        case "threat": return .threat(try reader.value(ThreatKind.self, threat ?? ""))
        case "outcome": return .outcome(try reader.value(AllianceTest.Outcome.self, outcome ?? ""))
        case "withdrawal": return .withdrawal
        case "defection": return .defection
        case "other": return .other
        default: throw StoreError.corruptRow(table: "candidates", id: id, reason: "unknown type '\(type)'")
        }
    }
}
