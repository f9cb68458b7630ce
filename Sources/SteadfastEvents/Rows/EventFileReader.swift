#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads a GDELT or ICEWS event file row by row in constant memory: plain or zipped, tab- or
/// comma-separated, with or without a header row, LF or CRLF line endings.
///
/// Rows that cannot be read are counted with their line numbers and skipped; they never stop the file.
public struct EventFileReader: Sendable {
    /// The file's path.
    public let path: String
    /// Which dataset the file belongs to.
    public let dataset: EventDataset
    /// Turns an ICEWS country name into a country code; names it does not know are kept as written.
    public let countryCode: @Sendable (String) -> String?
    /// How many malformed rows keep their line number in the summary (all are counted).
    public var malformedLimit = 1000

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - path: the file.
    ///   - dataset: GDELT or ICEWS.
    ///   - countryCode: the code for an ICEWS country name (GDELT files carry codes already).
    public init(
        path: String, dataset: EventDataset, countryCode: @escaping @Sendable (String) -> String? = { _ in nil }
    ) {
        self.path = path
        self.dataset = dataset
        self.countryCode = countryCode
    }

    /// Reads every row, calling `body` with each well-formed one.
    ///
    /// - Parameters:
    ///   - progress: called now and then with the bytes read so far and the file's size.
    ///   - body: receives each well-formed row in file order.
    /// - Returns: what was read: the layout, the counts and the malformed rows.
    /// - Throws: `EventsError` when the file cannot be opened, inflated or has no usable header;
    ///   whatever `body` throws.
    public func read(
        progress: (Int, Int) -> Void = { _, _ in }, _ body: (EventRow) throws -> Void
    ) throws -> EventFileSummary {
        let file = try FileDescriptor(path: path)
        let size = file.size
        let stream: any ByteStream = try Self.isZip(file) ? ZipByteStream(file: file) : FileByteStream(file: file)
        let lines = LineReader(stream: stream)
        var state = RowParser(path: path, dataset: dataset, countryCode: countryCode, malformedLimit: malformedLimit)
        try lines.forEachLine { line, number in
            if let row = try state.parse(line, number: number) { try body(row) }
            if number & 0x3FFF == 0 { progress(lines.consumed, size) }
            return true
        }
        progress(size, size)
        return state.summary(bytes: size)
    }

    private static func isZip(_ file: FileDescriptor) throws -> Bool {
        var magic: UInt32 = 0
        let got = pread(file.value, &magic, 4, 0)
        return got == 4 && UInt32(littleEndian: magic) == 0x0403_4b50
    }
}

/// What reading one file found.
public struct EventFileSummary: Sendable, Codable, Hashable {
    /// The file's path.
    public var file: String
    /// The layout recognized, nil when no row matched one.
    public var layout: EventLayout?
    /// Whether the first line was a header row.
    public var header: Bool
    /// Data rows seen (well-formed and malformed; not the header or blank lines).
    public var rows: Int
    /// Well-formed rows passed on.
    public var wellFormed: Int
    /// Malformed rows, all counted.
    public var malformed: Int
    /// The first malformed rows with their line numbers and reasons.
    public var malformedRows: [MalformedRow]
    /// ICEWS country names with no code, and how often each occurred.
    public var unresolvedCountries: [String: Int]
    /// The file's size in bytes (compressed size for a zip).
    public var bytes: Int
}
