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
    /// Null in rows stored before version 7, which read as `written`.
    var dateBasis: String?

    init(_ candidate: ReviewCandidate, decidedAt: Double? = nil) {
        id = candidate.id
        documentId = candidate.documentID
        sentenceStart = candidate.sentence.start
        sentenceEnd = candidate.sentence.end
        sentence = candidate.text
        source = candidate.source
        target = candidate.target
        cameo = candidate.cameo
        let fields = EventReadingFields(candidate.reading)
        (type, level, scale, threat, outcome) = (fields.type, fields.level, fields.scale, fields.threat, fields.outcome)
        date = candidate.date?.description
        caption = candidate.caption
        contested = candidate.contested
        testId = candidate.testID
        status = candidate.status.rawValue
        self.decidedAt = decidedAt
        note = candidate.note
        dateBasis = candidate.dateBasis.rawValue
    }

    func candidate() throws -> ReviewCandidate {
        let reader = RowReader(table: "candidates", id: id)
        return ReviewCandidate(
            id: id, documentID: documentId, sentence: TextSpan(start: sentenceStart, end: sentenceEnd), text: sentence,
            source: source, target: target, cameo: cameo, reading: try reading(reader),
            date: try reader.optionalDate(date),
            caption: caption, contested: contested, testID: testId,
            status: try reader.value(ReviewCandidate.Status.self, status), note: note,
            dateBasis: try dateBasis.map { try reader.value(DateBasis.self, $0) } ?? .written)
    }

    private func reading(_ reader: RowReader) throws -> EventReading {
        let fields = EventReadingFields(type: type, level: level, scale: scale, threat: threat, outcome: outcome)
        guard let reading = fields.reading else {
            throw StoreError.corruptRow(table: "candidates", id: id, reason: "inconsistent event reading '\(type)'")
        }
        return reading
    }
}
