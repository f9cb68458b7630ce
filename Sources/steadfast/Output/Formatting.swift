import Foundation
import SteadfastCore
import SteadfastStore

/// Small formatting helpers shared by the commands.
enum Formatting {
    static func number(_ value: Double, digits: Int = 2) -> String {
        String(format: "%.\(digits)f", value)
    }

    static func interval(_ low: Double, _ high: Double) -> String {
        "[\(number(low)), \(number(high))]"
    }

    /// A text forest-plot row: the 90% interval as a bar on [0, 1], the mean as a dot.
    static func bar(mean: Double, low: Double, high: Double, width: Int = 21) -> String {
        func position(_ value: Double) -> Int { min(width - 1, max(0, Int((value * Double(width - 1)).rounded()))) }
        var cells = Array(repeating: Character(" "), count: width)
        for index in position(low)...position(high) { cells[index] = "-" }
        cells[position(low)] = "["
        cells[position(high)] = "]"
        cells[position(mean)] = "o"
        return "|" + String(cells) + "|"
    }

    static func fulfillment(_ value: Double?) -> String {
        value.map { number($0) } ?? "-"
    }

    /// Pretty-printed JSON with sorted keys, for `--format json`.
    static func json(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
