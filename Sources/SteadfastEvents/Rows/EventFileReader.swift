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
        let rows = try rows()
        var count = 0
        while let row = try rows.next() {
            try body(row)
            count += 1
            if count & 0x3FFF == 0 { progress(rows.consumed, rows.size) }
        }
        progress(rows.size, rows.size)
        return rows.summary
    }

    /// Opens the file for reading row by row, for callers that await between rows.
    ///
    /// - Returns: the rows, pulled one at a time.
    /// - Throws: `EventsError` when the file cannot be opened.
    public func rows() throws -> EventRowStream {
        let file = try FileDescriptor(path: path)
        let stream: any ByteStream = try Self.isZip(file) ? ZipByteStream(file: file) : FileByteStream(file: file)
        let parser = RowParser(path: path, dataset: dataset, countryCode: countryCode, malformedLimit: malformedLimit)
        return EventRowStream(lines: LineReader(stream: stream), parser: parser, size: file.size)
    }

    static func isZip(_ file: FileDescriptor) throws -> Bool {
        var magic: UInt32 = 0
        let got = pread(file.value, &magic, 4, 0)
        return got == 4 && UInt32(littleEndian: magic) == 0x0403_4b50
    }
}

/// The rows of one file, pulled one at a time.
public final class EventRowStream {
    private let lines: LineReader
    private var parser: RowParser
    /// The file's size in bytes.
    public let size: Int

    init(lines: LineReader, parser: RowParser, size: Int) {
        self.lines = lines
        self.parser = parser
        self.size = size
    }

    /// Bytes of the file read so far (compressed bytes for a zip), for progress.
    public var consumed: Int { lines.consumed }

    /// The next well-formed row; malformed rows are recorded and skipped.
    ///
    /// - Returns: the row, or nil at the end of the file.
    /// - Throws: `EventsError` when the file cannot be read or inflated, or has no usable header.
    public func next() throws -> EventRow? {
        while let line = try lines.next() {
            if let row = try parser.parse(line, number: lines.lineNumber) { return row }
        }
        return nil
    }

    /// What has been read so far (all of it once `next()` has returned nil).
    public var summary: EventFileSummary { parser.summary(bytes: size) }
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
