#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A whole file mapped read-only into memory, unmapped when the last reference goes.
final class MappedFile: @unchecked Sendable {
    // Safe to share: the mapping is read-only and lives until deinit, after every reader has finished.
    let bytes: UnsafeRawBufferPointer

    init(path: String) throws {
        let file = try FileDescriptor(path: path)
        let size = file.size
        guard size > 0 else {
            bytes = UnsafeRawBufferPointer(start: nil, count: 0)
            return
        }
        #if os(Linux)
            let flags = MAP_PRIVATE | MAP_POPULATE
        #else
            let flags = MAP_PRIVATE
        #endif
        guard let base = mmap(nil, size, PROT_READ, flags, file.value, 0), base != MAP_FAILED else {
            throw EventsError.unreadable(file: path, reason: String(cString: strerror(errno)))
        }
        madvise(base, size, MADV_SEQUENTIAL)
        bytes = UnsafeRawBufferPointer(start: base, count: size)
    }

    deinit {
        if let base = bytes.baseAddress { munmap(UnsafeMutableRawPointer(mutating: base), bytes.count) }
    }
}
