import SteadfastCore
import SteadfastText

/// The JSON shape of a candidate: the reading as the flat fields `steadfast code` prints (`type`,
/// `level`, `scale`, `threat`, `outcome`), beside the candidate's own fields. `dateBasis` may be
/// absent in JSON written before it existed, and then reads as `written`.
extension ReviewCandidate {
    enum CodingKeys: String, CodingKey {
        case id, documentID, sentence, text, source, target, cameo, date, dateBasis, caption, contested, testID, status
        case note
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(documentID, forKey: .documentID)
        try container.encode(sentence, forKey: .sentence)
        try container.encode(text, forKey: .text)
        try container.encode(source, forKey: .source)
        try container.encode(target, forKey: .target)
        try container.encode(cameo, forKey: .cameo)
        try container.encodeIfPresent(date, forKey: .date)
        try container.encode(dateBasis, forKey: .dateBasis)
        try container.encode(caption, forKey: .caption)
        try container.encode(contested, forKey: .contested)
        try container.encodeIfPresent(testID, forKey: .testID)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(note, forKey: .note)
        try EventReadingFields(reading).encode(to: encoder)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let fields = try EventReadingFields(from: decoder)
        guard let reading = fields.reading else {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath,
                    debugDescription: "type '\(fields.type)' with these fields is no reading"))
        }
        self.init(
            id: try container.decode(String.self, forKey: .id),
            documentID: try container.decode(String.self, forKey: .documentID),
            sentence: try container.decode(TextSpan.self, forKey: .sentence),
            text: try container.decode(String.self, forKey: .text),
            source: try container.decode(String.self, forKey: .source),
            target: try container.decode(String.self, forKey: .target),
            cameo: try container.decode(String.self, forKey: .cameo), reading: reading,
            date: try container.decodeIfPresent(PartialDate.self, forKey: .date),
            caption: try container.decode(Bool.self, forKey: .caption),
            contested: try container.decode(Bool.self, forKey: .contested),
            testID: try container.decodeIfPresent(String.self, forKey: .testID),
            status: try container.decode(Status.self, forKey: .status),
            note: try container.decodeIfPresent(String.self, forKey: .note),
            dateBasis: try container.decodeIfPresent(DateBasis.self, forKey: .dateBasis) ?? .written)
    }
}
