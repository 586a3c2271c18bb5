import Foundation

/// Text written to standard output or to a file, as a shell redirection would: a regular file
/// (through its symbolic links, which stay) is written into a temporary file beside it and
/// renamed into place by `finish`, so that it is whole or not there; a FIFO or a device is
/// written in place. An interrupted run's temporary file is removed on SIGTERM and SIGINT, else
/// by the next run that writes the same file. Write errors (a closed or full standard output, a
/// full disk) are kept and reported by `finish`, never trapped on.
package final class TextOutput {
    /// Where the text goes: nil for standard output.
    package let path: String?
    private let descriptor: Int32
    /// The temporary file and the file it becomes (the resolved path); nil when written in place.
    private let temporary: (path: String, destination: String)?
    private var cleanupToken: Int?
    private var buffer: [UInt8] = []
    private var failure: POSIXFile.Failure?
    /// What is said when the text cannot be written.
    private let wording: OutputFileWording
    /// Whether `finish` ran (the descriptor is closed and the temporary file renamed or removed).
    private var finished = false

    /// Text buffered before a write (a megabyte).
    static let bufferSize = 1 << 20

    /// Opens standard output (`path` nil or `-`) or a file; without `force`, refuses a regular
    /// file that exists (a FIFO or a device is written like `>` does, without `force`). What it
    /// says, now and in `finish`, is in `wording`.
    package static func open(path: String?, force: Bool, wording: OutputFileWording = .english) -> Checked<TextOutput> {
        guard let path, path != "-" else { return Checked(TextOutput(path: nil, descriptor: STDOUT_FILENO, temporary: nil, wording: wording)) }
        let location = SourceLocation(file: path)
        guard !path.isEmpty else { return .failure(.error(location, wording.emptyName)) }
        let destination: String
        switch POSIXFile.entryKind(path) {
        case .folder:
            return .failure(.error(location, wording.isAFolder))
        case .danglingLink:
            // Like `>`: the file the link points to is created.
            guard let target = POSIXFile.danglingTarget(path) else {
                return .failure(.error(location, wording.linkLoop))
            }
            destination = target
        case .special:
            let descriptor = Glibc.open(path, O_WRONLY | O_CLOEXEC)
            guard descriptor >= 0 else {
                return .failure(.error(location, wording.cannotBeOpened(wording.system.reason(SystemReason(errorNumber: errno)))))
            }
            return Checked(TextOutput(path: path, descriptor: descriptor, temporary: nil, wording: wording))
        case .regularFile:
            guard force else { return .failure(.error(location, wording.alreadyExists)) }
            // The file a symbolic link points to is replaced, not the link.
            destination = POSIXFile.resolved(path) ?? path
        case .missing:
            destination = path
        }
        let folder = FilePath.folder(of: destination)
        let name = FilePath.name(of: destination)
        removeAbandoned(in: folder, prefix: ".\(name).smartcity-tmp-")
        let temporary = FilePath.join(folder, ".\(name).smartcity-tmp-\(getpid())")
        // Made and registered for an interrupt's cleanup in one step: a signal between the two
        // would leave the temporary file behind.
        let created = InterruptCleanup.shared.uninterrupted {
            Result { () throws(POSIXFile.Failure) in
                TextOutput(path: path, descriptor: try POSIXFile.create(temporary), temporary: (temporary, destination), wording: wording)
            }
        }
        switch created {
        case .success(let output): return Checked(output)
        case .failure(let error):
            return .failure(.error(location, wording.cannotBeCreated(wording.system.message(error))))
        }
    }

    private init(path: String?, descriptor: Int32, temporary: (path: String, destination: String)?, wording: OutputFileWording) {
        self.path = path
        self.wording = wording
        self.descriptor = descriptor
        self.temporary = temporary
        if let file = temporary?.path { cleanupToken = InterruptCleanup.shared.register { unlink(file) } }
    }

    deinit {
        // Never finished (an error on the way): the temporary file goes, the destination stays.
        if !finished, path != nil {
            close(descriptor)
            if let temporary { POSIXFile.remove(temporary.path) }
        }
        if let cleanupToken { InterruptCleanup.shared.unregister(cleanupToken) }
    }

    package func write(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.bufferSize { flush() }
    }

    /// Writes bytes (a workbook).
    package func write(bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.bufferSize { flush() }
    }

    private func flush() {
        guard failure == nil, !buffer.isEmpty else { buffer.removeAll(keepingCapacity: true); return }
        do {
            try buffer.withUnsafeBytes { raw in try POSIXFile.writeAll(descriptor, raw, path: path ?? "<stdout>") }
        } catch {
            failure = error as? POSIXFile.Failure
        }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left and puts a file in place; the problem when the text could not be written.
    package func finish() -> Diagnostic? {
        flush()
        finished = true
        guard let path else {
            return failure.map { .error(SourceLocation(file: "<stdout>"), wording.standardOutputFailed(wording.system.reason($0.cause))) }
        }
        close(descriptor)
        guard let temporary else {
            return failure.map { .error(SourceLocation(file: path), wording.system.message($0) + wording.incomplete) }
        }
        if let failure {
            POSIXFile.remove(temporary.path)
            return .error(SourceLocation(file: path), wording.system.message(failure) + wording.notChanged)
        }
        let renameError: Int32? = InterruptCleanup.shared.uninterrupted { rename(temporary.path, temporary.destination) == 0 ? nil : errno }
        if let renameError {
            POSIXFile.remove(temporary.path)
            return .error(SourceLocation(file: path), wording.cannotBeWritten(wording.system.reason(SystemReason(errorNumber: renameError))))
        }
        return nil
    }

    /// Writes text to a standard stream at once; false when it could not be written (closed, full).
    @discardableResult
    package static func writeStandard(_ text: String, to descriptor: Int32) -> Bool {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { raw in
            (try? POSIXFile.writeAll(descriptor, UnsafeRawBufferPointer(raw), path: "")) != nil
        }
    }

    /// Removes temporary files in a folder left by processes that are gone.
    static func removeAbandoned(in folder: String, prefix: String) {
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasPrefix(prefix) {
            if let processID = Int32(entry.dropFirst(prefix.count)), processID != getpid(), !POSIXFile.isRunning(processID) {
                POSIXFile.remove(FilePath.join(folder, entry))
            }
        }
    }
}
