/// What a CAMEO-coded event means on the response ladder.
///
/// The same reading serves the article coder and the event-data importers: an event from a patron
/// to its client (support codes) or to the client's adversary (conflict codes) becomes a level and a
/// direction; anything else has no reading.
public enum CAMEO {
    /// Whom the patron's event is directed at.
    public enum Addressee: Sendable, Hashable {
        /// The threatened client.
        case client
        /// The client's adversary.
        case adversary
    }

    /// A ladder reading of an event.
    public struct Reading: Sendable, Hashable {
        /// The level.
        public var level: LadderLevel
        /// Support, withdrawal or defection.
        public var direction: Response.Direction
    }

    /// The ladder reading of a CAMEO event code, or nil when the code says nothing about support.
    ///
    /// - Parameters:
    ///   - code: the CAMEO code, two to four digits ("072", "0874", "18").
    ///   - addressee: whom the patron's event is directed at.
    /// - Returns: the reading.
    public static func reading(of code: String, toward addressee: Addressee) -> Reading? {
        guard code.count >= 2, code.allSatisfy(\.isNumber) else { return nil }
        let root = String(code.prefix(2))
        switch addressee {
        case .client: return clientReading(code: code, root: root)
        case .adversary: return adversaryReading(code: code, root: root)
        }
    }

    private static func clientReading(code: String, root: String) -> Reading? {
        func support(_ level: LadderLevel) -> Reading { Reading(level: level, direction: .support) }
        switch code {
        case "045", "046", "057", "0871": return support(.diplomatic)
        case "062", "064": return support(.materiel)
        case "063", "075": return support(.diplomatic)
        case "072": return support(.materiel)
        case "074": return support(.deployment)
        case "162", "1621", "1622", "1623", "166", "1661", "1662", "1663", "0874":
            return Reading(level: .abstain, direction: .withdrawal)
        default: break
        }
        switch root {
        case "01", "02", "03", "04", "05": return support(.verbal)
        case "06", "07": return support(.economic)
        case "15": return support(.deployment)
        case "18", "19", "20": return Reading(level: .abstain, direction: .defection)
        default: return nil
        }
    }

    private static func adversaryReading(code: String, root: String) -> Reading? {
        switch code {
        case "163", "1631", "1632", "1633": return Reading(level: .diplomatic, direction: .support)
        default: break
        }
        switch root {
        case "10", "11", "12", "13", "14": return Reading(level: .verbal, direction: .support)
        case "15": return Reading(level: .deployment, direction: .support)
        case "17": return Reading(level: .covert, direction: .support)
        case "18", "19", "20": return Reading(level: .combat, direction: .support)
        case "06", "07": return Reading(level: .economic, direction: .defection)
        default: return nil
        }
    }
}
