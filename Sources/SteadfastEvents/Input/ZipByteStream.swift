import CZlib

/// The inflated bytes of the first entry of a zip archive (GDELT publishes one CSV per zip).
///
/// Reads the local file header, then inflates the raw deflate stream chunk by chunk; stored
/// (uncompressed) entries are passed through.
final class ZipByteStream: ByteStream {
    private let file: FileDescriptor
    private var input: [UInt8]
    private var inputStart = 0
    private var inputEnd = 0
    private var stream = z_stream()
    private var deflated: Bool
    private var storedRemaining: Int
    private var finished = false
    private(set) var consumed = 0

    /// The entry's name inside the archive.
    private(set) var entryName: String

    init(file: FileDescriptor) throws {
        self.file = file
        input = [UInt8](repeating: 0, count: 1 << 20)
        entryName = ""
        deflated = true
        storedRemaining = 0
        try fill()
        let header = try readHeader()
        deflated = header.method == 8
        storedRemaining = header.size
        entryName = header.name
        if deflated {
            let status = inflateInit2_(&stream, -15, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
            guard status == Z_OK else {
                throw EventsError.corruptArchive(file: file.path, reason: "inflateInit2 returned \(status)")
            }
        }
    }

    deinit {
        if deflated { inflateEnd(&stream) }
    }

    private func fill() throws {
        if inputStart > 0 {
            input.withUnsafeMutableBytes { bytes in
                guard let base = bytes.baseAddress else { return }
                base.copyMemory(from: base + inputStart, byteCount: inputEnd - inputStart)
            }
            inputEnd -= inputStart
            inputStart = 0
        }
        let end = inputEnd
        let got = try input.withUnsafeMutableBytes { bytes -> Int in
            guard let base = bytes.baseAddress else { return 0 }
            return try file.read(into: base + end, count: bytes.count - end)
        }
        inputEnd += got
        consumed += got
    }

    private func readHeader() throws -> (method: Int, size: Int, name: String) {
        func word(_ at: Int, _ width: Int) -> Int {
            (0..<width).reduce(0) { $0 | Int(input[inputStart + at + $1]) << (8 * $1) }
        }
        guard inputEnd - inputStart >= 30, word(0, 4) == 0x0403_4b50 else {
            throw EventsError.unsupportedArchive(file: file.path, reason: "no local file header")
        }
        let flags = word(6, 2)
        let method = word(8, 2)
        let size = word(18, 4)
        let nameLength = word(26, 2)
        let extraLength = word(28, 2)
        guard method == 8 || (method == 0 && flags & 8 == 0) else {
            throw EventsError.unsupportedArchive(file: file.path, reason: "compression method \(method)")
        }
        guard inputEnd - inputStart >= 30 + nameLength + extraLength else {
            throw EventsError.unsupportedArchive(file: file.path, reason: "truncated header")
        }
        let name = String(decoding: input[(inputStart + 30)..<(inputStart + 30 + nameLength)], as: UTF8.self)
        inputStart += 30 + nameLength + extraLength
        return (method, size, name)
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard !finished, let out = buffer.baseAddress, buffer.count > 0 else { return 0 }
        return deflated ? try inflate(into: out, count: buffer.count) : try copyStored(into: out, count: buffer.count)
    }

    private func copyStored(into out: UnsafeMutableRawPointer, count: Int) throws -> Int {
        if inputStart == inputEnd { try fill() }
        let take = min(count, storedRemaining, inputEnd - inputStart)
        guard take > 0 else {
            finished = true
            if storedRemaining > 0 {
                throw EventsError.corruptArchive(file: file.path, reason: "stored entry ends early")
            }
            return 0
        }
        input.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            out.copyMemory(from: base + inputStart, byteCount: take)
        }
        inputStart += take
        storedRemaining -= take
        return take
    }

    private func inflate(into out: UnsafeMutableRawPointer, count: Int) throws -> Int {
        while true {
            if inputStart == inputEnd { try fill() }
            let available = inputEnd - inputStart
            let (status, used, produced) = input.withUnsafeMutableBytes { bytes -> (Int32, Int, Int) in
                stream.next_in = bytes.baseAddress?.assumingMemoryBound(to: Bytef.self).advanced(by: inputStart)
                stream.avail_in = uInt(available)
                stream.next_out = out.assumingMemoryBound(to: Bytef.self)
                stream.avail_out = uInt(count)
                let status = CZlib.inflate(&stream, Z_NO_FLUSH)
                return (status, available - Int(stream.avail_in), count - Int(stream.avail_out))
            }
            inputStart += used
            if status == Z_STREAM_END {
                finished = true
                return produced
            }
            guard status == Z_OK || (status == Z_BUF_ERROR && available > 0) else {
                throw EventsError.corruptArchive(file: file.path, reason: "inflate returned \(status)")
            }
            if produced > 0 { return produced }
            if available == 0 && inputStart == inputEnd {
                try fill()
                if inputStart == inputEnd {
                    throw EventsError.corruptArchive(file: file.path, reason: "archive ends early")
                }
            }
        }
    }
}
