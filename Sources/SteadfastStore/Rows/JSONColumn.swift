import Foundation
import SteadfastCore

/// Encodes lists and small structures into the JSON text columns of the schema.
enum JSONColumn {
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from text: String, table: String, id: String) throws
        -> Value
    {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError.corruptRow(table: table, id: id, reason: "unreadable JSON column: \(error)")
        }
    }
}

/// Turns stored text back into ledger values, naming the row when it cannot.
struct RowReader {
    let table: String
    let id: String

    func date(_ text: String) throws -> PartialDate {
        guard let date = PartialDate(iso: text) else {
            throw StoreError.corruptRow(table: table, id: id, reason: "bad date '\(text)'")
        }
        return date
    }

    func optionalDate(_ text: String?) throws -> PartialDate? {
        try text.map(date)
    }

    func value<Value: RawRepresentable>(_ type: Value.Type, _ text: String) throws -> Value
    where Value.RawValue == String {
        guard let value = Value(rawValue: text) else {
            throw StoreError.corruptRow(table: table, id: id, reason: "unknown \(type) '\(text)'")
        }
        return value
    }

    func list<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        try JSONColumn.decode(type, from: text, table: table, id: id)
    }
}
