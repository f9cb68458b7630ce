/// The regions of the Correlates of War: a state's home region from its number, and the regions
/// a war was fought in from its `WhereFought` code.
public enum COWRegion: Int, Sendable, Hashable, Codable, CaseIterable {
    case westernHemisphere = 1
    case europe = 2
    case africa = 4
    case middleEast = 6
    case asia = 7
    case oceania = 9

    /// The home region of a COW state number (COW's own ranges: 2–199 the Americas, 200–399
    /// Europe, 400–599 Africa, 600–699 the Middle East, 700–899 Asia, 900–999 Oceania).
    ///
    /// - Parameters:
    ///   - state: the COW state number.
    /// - Returns: the region.
    public static func home(of state: Int) -> COWRegion {
        switch state {
        case ..<200: .westernHemisphere
        case 200..<400: .europe
        case 400..<600: .africa
        case 600..<700: .middleEast
        case 700..<900: .asia
        default: .oceania
        }
    }

    /// The regions a COW `WhereFought` code names (1–9 one region, 11–19 combinations).
    ///
    /// - Parameters:
    ///   - code: the code.
    /// - Returns: the regions; empty for an unknown code.
    public static func regions(whereFought code: Int) -> Set<COWRegion> {
        let combinations: [Int: [COWRegion]] = [
            11: [.europe, .middleEast], 12: [.europe, .asia], 13: [.westernHemisphere, .asia],
            14: [.europe, .africa, .middleEast], 15: [.europe, .africa, .middleEast, .asia],
            16: [.africa, .middleEast, .asia], 17: [.asia, .oceania], 18: [.asia, .middleEast, .oceania],
            19: [.europe, .africa, .middleEast, .asia, .oceania],
        ]
        if let single = COWRegion(rawValue: code) { return [single] }
        return Set(combinations[code] ?? [])
    }
}
