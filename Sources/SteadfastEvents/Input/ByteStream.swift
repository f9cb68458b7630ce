#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A source of a file's bytes, read in large chunks so that memory stays constant.
protocol ByteStream {
    /// Bytes of the underlying file consumed so far (compressed bytes for an archive), for progress.
    var consumed: Int { get }

    /// Fills the front of a buffer with the next bytes.
    ///
    /// - Parameters:
    ///   - buffer: where to put them.
    /// - Returns: how many bytes were written; 0 at the end.
    /// - Throws: `EventsError` when the file cannot be read.
    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
}

/// An open file descriptor, closed when the last reference goes.
final class FileDescriptor {
    let value: Int32
    let path: String

    init(path: String) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else {
            throw EventsError.unreadable(file: path, reason: String(cString: strerror(errno)))
        }
        value = descriptor
        self.path = path
    }

    deinit { close(value) }

    /// The file's size in bytes.
    var size: Int {
        var status = stat()
        guard fstat(value, &status) == 0 else { return 0 }
        return Int(status.st_size)
    }

    /// Reads up to `count` bytes, retrying on interruption.
    func read(into pointer: UnsafeMutableRawPointer, count: Int) throws -> Int {
        while true {
            #if canImport(Glibc)
                let got = Glibc.read(value, pointer, count)
            #else
                let got = Darwin.read(value, pointer, count)
            #endif
            if got >= 0 { return got }
            if errno == EINTR { continue }
            throw EventsError.unreadable(file: path, reason: String(cString: strerror(errno)))
        }
    }
}

/// The bytes of a plain file.
struct FileByteStream: ByteStream {
    let file: FileDescriptor
    private(set) var consumed = 0

    init(file: FileDescriptor) {
        self.file = file
    }

    mutating func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return 0 }
        let got = try file.read(into: base, count: buffer.count)
        consumed += got
        return got
    }
}
