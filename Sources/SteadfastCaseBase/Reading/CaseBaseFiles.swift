import Foundation

/// Finds and reads the YAML files of a case base directory.
enum CaseBaseFiles {
    struct File {
        var name: String
        var text: String
    }

    /// The largest file accepted; a case base file is hand-written text, not a data dump.
    static let maximumSize = 8 << 20

    static func read(directory: URL) throws -> [File] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw CaseBaseError.unreadable(path: directory.path, reason: "not a directory")
        }
        guard let enumerator = manager.enumerator(at: directory, includingPropertiesForKeys: nil) else {
            throw CaseBaseError.unreadable(path: directory.path, reason: "cannot list the directory")
        }
        let base = directory.standardizedFileURL.path
        var files: [File] = []
        for case let url as URL in enumerator where ["yaml", "yml"].contains(url.pathExtension) {
            let path = url.standardizedFileURL.path
            let name = path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : url.lastPathComponent
            files.append(File(name: name, text: try text(of: url, name: name)))
        }
        return files.sorted { $0.name < $1.name }
    }

    private static func text(of url: URL, name: String) throws -> String {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw CaseBaseError.unreadable(path: name, reason: "cannot read: \(error.localizedDescription)")
        }
        guard data.count <= maximumSize else {
            throw CaseBaseError.unreadable(path: name, reason: "larger than \(maximumSize >> 20) MiB")
        }
        guard !data.contains(0), let text = String(data: data, encoding: .utf8) else {
            throw CaseBaseError.unreadable(path: name, reason: "not UTF-8 text")
        }
        return text
    }

    /// FNV-1a (64 bit) over each file's name and text: a change detector, not a security hash.
    static func fingerprint(_ files: [File]) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for file in files {
            for byte in file.name.utf8 + [0] + file.text.utf8 + [0] {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        return String(hash, radix: 16)
    }
}
