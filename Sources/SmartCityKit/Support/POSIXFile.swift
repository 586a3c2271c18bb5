import Foundation

/// File operations with errors as values. POSIX where it matters: descriptors, not `FileHandle`
/// (which traps on a closed or full descriptor); `lstat` for dangling links, `renameat2` for swaps.
/// FileManager where it does the same (folders made, existence, removal).
enum POSIXFile {
    /// What a file operation could not do (worded per language in `FileSystemWording`).
    enum Action: Sendable, CaseIterable {
        case write, create, createFolder, replace
        /// A path's component that must be a folder is a file.
        case fileInTheWay
        case readTemporary, readBackTemporary, temporaryCutShort
    }

    /// A failed file operation: what was attempted on which path, and the system's reason; worded in
    /// a run's language by `FileSystemWording.message`.
    struct Failure: Error, Sendable {
        var path: String
        /// What could not be done (`cannot be written`).
        var action: Action
        /// Why the system refused (`No space left on device`).
        var cause: SystemReason

        init(_ path: String, _ action: Action, errorNumber: Int32 = errno) {
            self.path = path
            self.action = action
            cause = SystemReason(errorNumber: errorNumber)
        }
    }

    /// Writes every byte to a descriptor, retrying after interruptions and short writes.
    static func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path, .write)
            }
            offset += written
        }
    }

    /// Writes every byte of an array to a descriptor (see `writeAll(_:_:path:)`).
    static func writeAll(_ descriptor: Int32, _ bytes: [UInt8], path: String) throws(Failure) {
        var failure: Failure?
        bytes.withUnsafeBytes { raw in
            do throws(Failure) { try writeAll(descriptor, raw, path: path) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    /// Up to `count` bytes read from a descriptor, retrying after interruptions; empty at the end.
    /// `action` names what failed in the error (`.readTemporary`).
    static func readSome(_ descriptor: Int32, upTo count: Int, action: Action) throws(Failure) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: count)
        while true {
            let read = bytes.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if read >= 0 { return Array(bytes[..<read]) }
            if errno != EINTR { throw Failure("", action) }
        }
    }

    /// Creates (or truncates) a file for writing, readable by its owner and group.
    static func create(_ path: String) throws(Failure) -> Int32 {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Failure(path, .create) }
        return descriptor
    }

    /// A new file in `folder` for reading and writing that has no name: removed by the system
    /// when it is closed, however the process ends.
    static func anonymous(in folder: String, prefix: String) throws(Failure) -> Int32 {
        let path = FilePath.join(folder, "\(prefix)-\(getpid())-\(UUID().uuidString)")
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw Failure(folder, .create) }
        unlink(path)
        return descriptor
    }

    /// Writes a whole file (created or replaced).
    package static func write(_ bytes: [UInt8], to path: String) throws {
        let descriptor = try create(path)
        defer { close(descriptor) }
        try writeAll(descriptor, bytes, path: path)
    }

    /// Creates a folder and its missing parents. FileManager names only the whole path when a
    /// file is in the way, so the error names the component that is a file.
    static func makeFolder(_ path: String) throws(Failure) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            var prefix = path.hasPrefix("/") ? "/" : ""
            for component in path.split(separator: "/") {
                prefix += component
                let found = kind(of: prefix)
                if found.exists && !found.isFolder { throw Failure(prefix, .fileInTheWay, errorNumber: ENOTDIR) }
                prefix += "/"
            }
            let reason = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? any Error).map { Int32(($0 as NSError).code) }
            throw Failure(path, .createFolder, errorNumber: reason ?? EIO)
        }
    }

    /// Whether a path exists, and whether it is a folder (following symbolic links).
    static func kind(of path: String) -> (exists: Bool, isFolder: Bool) {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        return (exists, exists && isFolder.boolValue)
    }

    /// What a path names, following symbolic links.
    enum EntryKind: Equatable {
        case missing
        case regularFile
        case folder
        /// A FIFO, a device or a socket: written in place, like a shell redirection does.
        case special
        /// A symbolic link whose target does not exist.
        case danglingLink
    }

    /// What a path names, following symbolic links.
    static func entryKind(_ path: String) -> EntryKind {
        var status = stat()
        guard stat(path, &status) == 0 else {
            return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFLNK ? .danglingLink : .missing
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .regularFile
        case S_IFDIR: return .folder
        default: return .special
        }
    }

    /// The missing file a dangling symbolic link points to (through a chain of links), where a
    /// shell redirection would create it; nil when that is not a dangling link.
    static func danglingTarget(_ path: String) -> String? {
        guard entryKind(path) == .danglingLink else { return nil }
        var current = path, followed = 0
        while entryKind(current) == .danglingLink, followed < 40 {  // 40: the kernel's limit on links followed
            followed += 1
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return nil }
            current = target.hasPrefix("/") ? target : FilePath.join(FilePath.folder(of: current), target)
        }
        return entryKind(current) == .missing ? current : nil
    }

    /// Whether something (even a dangling symbolic link) has this name.
    static func entryExists(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0
    }

    /// Whether a folder is a mount point: it cannot be renamed, so reports are swapped inside it.
    /// Seen from a device change or a line of /proc/self/mountinfo (bind mounts keep the device).
    static func isMountPoint(_ folder: String) -> Bool {
        var status = stat(), parent = stat()
        guard stat(folder, &status) == 0, stat(FilePath.join(folder, ".."), &parent) == 0 else { return false }
        if status.st_dev != parent.st_dev || status.st_ino == parent.st_ino { return true }
        guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8) else { return false }
        // Field 5 is the mount point, with space, tab, newline and backslash as octal escapes.
        let escaped = folder.replacingOccurrences(of: "\\", with: "\\134").replacingOccurrences(of: " ", with: "\\040")
            .replacingOccurrences(of: "\t", with: "\\011").replacingOccurrences(of: "\n", with: "\\012")
        return table.split(separator: "\n").contains { line in
            let fields = line.split(separator: " ", maxSplits: 5)
            return fields.count > 4 && fields[4] == escaped
        }
    }

    /// Removes a file or a folder with everything in it; ignores what is already gone.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The path with symbolic links and `..` resolved, when it exists.
    static func resolved(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Swaps two paths in one step (Linux `renameat2` with `RENAME_EXCHANGE`); false when the
    /// system cannot, and nothing was changed.
    static func exchange(_ first: String, _ second: String) -> Bool {
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
        guard let symbol = dlsym(nil, "renameat2") else { return false }  // nil: RTLD_DEFAULT
        let renameAt2 = unsafeBitCast(symbol, to: RenameAt2.self)
        let currentFolder: Int32 = -100  // AT_FDCWD
        let exchangeFlag: UInt32 = 1 << 1  // RENAME_EXCHANGE
        return renameAt2(currentFolder, first, currentFolder, second, exchangeFlag) == 0
    }

    /// Whether a process with this id is running (a leftover of a process that is not was abandoned).
    static func isRunning(_ processID: Int32) -> Bool {
        kill(processID, 0) == 0 || errno == EPERM
    }
}

/// Whether two paths name the same file: the same device and inode when both exist (hard and
/// symbolic links included), else the same resolved path.
package func isSameFile(_ first: String, _ second: String) -> Bool {
    var one = stat(), other = stat()
    if stat(first, &one) == 0, stat(second, &other) == 0 { return one.st_dev == other.st_dev && one.st_ino == other.st_ino }
    return resolvedPath(first) == resolvedPath(second)
}

/// A path with symbolic links and `..` resolved when it exists, else made absolute: two paths
/// naming the same file resolve to the same text.
func resolvedPath(_ path: String) -> String {
    if let resolved = POSIXFile.resolved(path) { return resolved }
    let absolute = path.hasPrefix("/") ? path : FilePath.join(FileManager.default.currentDirectoryPath, path)
    return (absolute as NSString).standardizingPath
}
