#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Splits a byte stream into lines without holding more than one chunk, passing each line (without
/// its LF or CRLF ending) and its number, counted from 1.
final class LineReader {
    private var stream: any ByteStream
    private var buffer: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var atEnd = false
    private(set) var lineNumber = 0

    /// Bytes of the underlying file consumed so far.
    var consumed: Int { stream.consumed }

    init(stream: any ByteStream, chunkSize: Int = 4 << 20) {
        self.stream = stream
        buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
    }

    deinit {
        buffer.deallocate()
    }

    /// The next line (valid until the next call), nil at the end.
    func next() throws -> UnsafeRawBufferPointer? {
        guard let line = try nextLine() else { return nil }
        lineNumber += 1
        return line
    }

    private func nextLine() throws -> UnsafeRawBufferPointer? {
        var scanned = start
        while true {
            if let newline = findNewline(from: scanned) {
                let line = trimmed(start, newline)
                start = newline + 1
                return line
            }
            scanned = end
            if atEnd {
                guard start < end else { return nil }
                let line = trimmed(start, end)
                start = end
                return line
            }
            let kept = end - start
            try refill()
            scanned = kept
        }
    }

    private func findNewline(from offset: Int) -> Int? {
        guard offset < end, let base = buffer.baseAddress else { return nil }
        guard let found = memchr(base + offset, 0x0A, end - offset) else { return nil }
        return base.distance(to: UnsafeMutableRawPointer(found))
    }

    private func trimmed(_ from: Int, _ to: Int) -> UnsafeRawBufferPointer {
        var to = to
        if to > from, buffer[to - 1] == 0x0D { to -= 1 }
        return UnsafeRawBufferPointer(rebasing: buffer[from..<to])
    }

    private func refill() throws {
        guard let base = buffer.baseAddress else { return }
        let kept = end - start
        if start > 0 && kept > 0 { base.copyMemory(from: base + start, byteCount: kept) }
        start = 0
        end = kept
        if end == buffer.count { grow() }
        let got = try stream.read(into: UnsafeMutableRawBufferPointer(rebasing: buffer[end...]))
        if got == 0 { atEnd = true }
        end += got
    }

    private func grow() {
        let larger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 16)
        larger.copyMemory(from: UnsafeRawBufferPointer(buffer))
        buffer.deallocate()
        buffer = larger
    }
}
