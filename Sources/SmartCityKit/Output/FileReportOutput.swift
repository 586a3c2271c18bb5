import Foundation

/// Writes a set of reports into a folder so that the set changes all at once: every file goes
/// into a staging folder, and `finish` swaps it into place (see `ReportSwap`). Until then the
/// previous reports stay as they were; a failure, or a run that is killed, leaves them untouched.
/// Files in the folder that are not reports of the run's kind (a `compare/` folder, your notes)
/// are kept, and without `force` nothing that is there is replaced. A folder given through a
/// symbolic link is written through it (the link stays); a mount point is swapped inside.
///
/// One run at a time writes to a folder (a lock on the resolved folder); never over existing
/// reports without `force`. What an interrupted run left behind is cleaned up by the next run
/// into the folder; SIGTERM and SIGINT clean up at once (`InterruptCleanup`).
package final class FileReportOutput: ReportOutput {
    /// The destination folder, as given.
    let folder: String
    /// Where the files are written until `finish` (also the place for the run's temporary files).
    package let stagingFolder: String
    /// How many report files were written.
    package private(set) var writtenCount = 0
    /// Notes about what earlier, interrupted runs left behind and what was done with it.
    package private(set) var notes: [Diagnostic] = []
    private let swap: ReportSwap
    private let lock: (path: String, descriptor: Int32)
    /// The interrupt cleanup registered for the staging folder and the lock.
    private let cleanupToken: Int
    private var streams: [String: Stream] = [:]
    private var createdFolders = Set<String>()
    private var finished = false

    /// A file written in parts: its descriptor and the bytes not yet written.
    private struct Stream {
        var descriptor: Int32
        var path: String
        var pending: [UInt8] = []
    }

    /// Which kind of report set the folder holds: what a run replaces there.
    let reportSet: ReportSet

    /// Opens a folder for reports. Without `force`, refuses one that already holds reports;
    /// refuses an empty path, a file, and a folder another run is writing to. A mount point is
    /// swapped inside, any other folder by renaming it. What it says is in `wording`.
    package static func open(folder: String, force: Bool, reportSet: ReportSet = .scores, wording: OutputFolderWording = .english) -> Checked<FileReportOutput> {
        open(folder: folder, force: force, reportSet: reportSet, strategy: nil, wording: wording)
    }

    /// `open` with the swap strategy chosen (tests swap inside a plain folder); nil: by the folder.
    package static func open(folder: String, force: Bool, reportSet: ReportSet, strategy: ReportSwap.Strategy?,
                             wording: OutputFolderWording = .english) -> Checked<FileReportOutput> {
        let location = SourceLocation(file: folder)
        guard !folder.isEmpty else {
            return .failure(.error(location, wording.emptyName))
        }
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let kind = POSIXFile.kind(of: trimmed)
        if kind.exists && !kind.isFolder {
            return .failure(.error(location, wording.isAFile))
        }
        if POSIXFile.entryKind(trimmed) == .danglingLink {
            return .failure(.error(location, wording.danglingLink))
        }
        let name = FilePath.name(of: trimmed)
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            return .failure(.error(location, wording.namesNoFolder))
        }
        let parent = FilePath.folder(of: trimmed)
        do {
            try POSIXFile.makeFolder(parent)
        } catch {
            return .failure(wording.system.diagnostic(error))
        }
        // Through symbolic links: the lock, the staging folder and the swap are the target's.
        let destination = POSIXFile.resolved(trimmed) ?? FilePath.join(POSIXFile.resolved(parent) ?? parent, name)
        guard destination != "/" else {
            return .failure(.error(location, wording.namesNoFolder))
        }
        if !force, kind.exists, let refusal = refusal(existing: existingReports(in: destination, reportSet: reportSet), folder: trimmed, destination: destination,
                                                     wording: wording) {
            return .failure(refusal)
        }
        let swap = ReportSwap(strategy: strategy ?? (kind.exists && POSIXFile.isMountPoint(destination) ? .insideFolder : .replaceFolder),
                              destination: destination)
        let descriptor: Int32
        switch lock(swap.lockPath) {
        case .locked(let locked): descriptor = locked
        case .busy: return .failure(.error(location, wording.busy))
        case .failed(let reason): return .failure(.error(SourceLocation(file: swap.home), wording.cannotBeWritten(wording.system.reason(reason))))
        }
        let notes = swap.cleanLeftovers(reportSet: reportSet, wording: wording)
        let staging = swap.staging(getpid())
        POSIXFile.remove(staging)
        do {
            try POSIXFile.makeFolder(staging)
        } catch {
            close(descriptor)
            unlink(swap.lockPath)
            return .failure(.error(SourceLocation(file: swap.home), wording.cannotBeWritten(wording.system.message(error))))
        }
        return Checked(FileReportOutput(folder: trimmed, staging: staging, swap: swap, lock: (swap.lockPath, descriptor), notes: notes, reportSet: reportSet))
    }

    /// The error for a folder holding entries a run without `force` would replace, naming the
    /// first as the user gave the folder.
    private static func refusal(existing: [String], folder: String, destination: String, wording: OutputFolderWording) -> Diagnostic? {
        guard let first = existing.first else { return nil }
        let shown = folder + first.dropFirst(destination.count)
        return .error(SourceLocation(file: shown), wording.alreadyExists(existing.count - 1))
    }

    private init(folder: String, staging: String, swap: ReportSwap, lock: (path: String, descriptor: Int32), notes: [Diagnostic], reportSet: ReportSet) {
        self.folder = folder
        self.reportSet = reportSet
        stagingFolder = staging
        self.swap = swap
        self.lock = lock
        self.notes = notes
        cleanupToken = InterruptCleanup.shared.register {
            // Again if the run, still writing meanwhile, made a file or folder in it.
            for _ in 0..<3 where POSIXFile.entryExists(staging) { POSIXFile.remove(staging) }
            unlink(lock.path)
        }
    }

    private enum LockResult {
        case locked(Int32)
        case busy
        case failed(SystemReason)
    }

    /// Takes the lock file beside the folder. The file is removed when the lock is released, so a
    /// lock taken on a file that was removed meanwhile is taken again on the new one.
    private static func lock(_ path: String) -> LockResult {
        while true {
            let descriptor = Foundation.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return .failed(SystemReason(errorNumber: errno)) }
            guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
                close(descriptor)
                return .busy
            }
            var held = stat(), current = stat()
            if fstat(descriptor, &held) == 0, stat(path, &current) == 0, held.st_ino == current.st_ino, held.st_dev == current.st_dev {
                return .locked(descriptor)
            }
            close(descriptor)
        }
    }

    /// Releases the lock and removes its file.
    private func unlock() {
        guard !finished else { return }
        finished = true
        unlink(lock.path)
        close(lock.descriptor)
        InterruptCleanup.shared.unregister(cleanupToken)
    }

    deinit {
        if !finished { discard() }
    }

    /// What a run without `force` must not replace in a folder: the entries its report set
    /// writes that are there, whatever made them - the report files, every file in the folder
    /// of per-municipality reports, or a file of yours that has one of their names.
    static func existingReports(in folder: String, reportSet: ReportSet) -> [String] {
        var existing = reportSet.fileNames.map { FilePath.join(folder, $0) }.filter(POSIXFile.entryExists)
        if let respondentFolder = reportSet.respondentFolder {
            let respondents = FilePath.join(folder, respondentFolder)
            if POSIXFile.entryKind(respondents) == .folder {
                existing += ((try? FileManager.default.contentsOfDirectory(atPath: respondents)) ?? []).sorted().map { FilePath.join(respondents, $0) }
            } else if POSIXFile.entryExists(respondents) {
                existing.append(respondents)
            }
        }
        return existing
    }

    /// Which of `paths` are reports this run would replace (an input must not be one of them).
    package func replacedInputs(among paths: [String]) -> [String] {
        let destination = swap.destination
        return paths.filter { path in
            guard let resolved = POSIXFile.resolved(path), resolved.hasPrefix(destination + "/") else { return false }
            let inside = resolved.dropFirst(destination.count + 1)
            return reportSet.entries.contains(String(inside.prefix { $0 != "/" }))
        }
    }

    package func write(_ contents: String, to relativePath: String) throws {
        let path = try stagedPath(relativePath)
        try POSIXFile.write(Array(contents.utf8), to: path)
        writtenCount += 1
    }

    package func write(bytes: [UInt8], to relativePath: String) throws {
        try POSIXFile.write(bytes, to: try stagedPath(relativePath))
        writtenCount += 1
    }

    package func append(_ text: String, to relativePath: String) throws {
        var bytes = ByteBuffer()
        bytes.append(text)
        try append(bytes, to: relativePath)
    }

    package func append(_ bytes: ByteBuffer, to relativePath: String) throws {
        if streams[relativePath] == nil {
            let path = try stagedPath(relativePath)
            streams[relativePath] = Stream(descriptor: try POSIXFile.create(path), path: path)
            writtenCount += 1
        }
        // A part of a megabyte or more goes out as it is, not copied behind the bytes pending.
        if streams[relativePath]!.pending.isEmpty && bytes.count > 1 << 20 {
            let stream = streams[relativePath]!
            return try bytes.bytes.withUnsafeBytes { try POSIXFile.writeAll(stream.descriptor, $0, path: FilePath.join(folder, relativePath)) }
        }
        streams[relativePath]!.pending.append(contentsOf: bytes.bytes)
        if streams[relativePath]!.pending.count > 1 << 20 { try flush(relativePath) }
    }

    package func append(bytes: [UInt8], to relativePath: String) throws {
        var buffer = ByteBuffer()
        buffer.bytes = bytes
        try append(buffer, to: relativePath)
    }

    /// Closes the streamed files and puts the new reports in place of the previous ones, keeping
    /// the folder's other entries. An interrupt during the swap waits for it.
    package func finish() throws {
        for relativePath in streams.keys.sorted() {
            try flush(relativePath)
            // Out of the table once closed: `discard` after a failure closes only what is open.
            if let stream = streams.removeValue(forKey: relativePath) { close(stream.descriptor) }
        }
        // Temporary files of the run (the spill) stay behind: an open one is still readable.
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: stagingFolder)) ?? [] where entry.hasPrefix(".smartcity-") {
            POSIXFile.remove(FilePath.join(stagingFolder, entry))
        }
        try InterruptCleanup.shared.uninterrupted {
            try swap.swap(stagingFolder, reportSet: reportSet)
            unlock()
        }
    }

    /// A failure of a run that writes reports into `folder`, as the run reports it once the new
    /// set is discarded: the run's own failure (`SmartCityError`) as it is; a file that could not
    /// be written, located at that file with the system's reason; anything else at the folder,
    /// with the system's reason when the error carries one, else with what to check; with the
    /// news that no report was changed (all in `wording`).
    package static func diagnostic(for error: any Error, folder: String, wording: OutputFolderWording = .english) -> Diagnostic {
        if let failure = error as? SmartCityError { return failure.diagnostics[0] }
        var diagnostic = (error as? POSIXFile.Failure).map(wording.system.diagnostic)
            ?? SystemReason.errorNumber(carriedBy: error).map { wording.system.diagnostic(POSIXFile.Failure(folder, .write, errorNumber: $0)) }
            ?? .error(SourceLocation(file: folder), wording.reportsCannotBeWritten)
        diagnostic.message += wording.noReportChanged
        return diagnostic
    }

    /// Removes what was written and leaves the folder as it was.
    package func discard() {
        guard !finished else { return }
        for stream in streams.values { close(stream.descriptor) }
        streams = [:]
        POSIXFile.remove(stagingFolder)
        unlock()
    }

    /// The path of a file in the staging folder, its folder created.
    private func stagedPath(_ relativePath: String) throws -> String {
        let path = FilePath.join(stagingFolder, relativePath)
        let parent = FilePath.folder(of: path)
        if createdFolders.insert(parent).inserted { try POSIXFile.makeFolder(parent) }
        return path
    }

    private func flush(_ relativePath: String) throws {
        guard let stream = streams[relativePath], !stream.pending.isEmpty else { return }
        try stream.pending.withUnsafeBytes { (raw) in
            try POSIXFile.writeAll(stream.descriptor, raw, path: FilePath.join(folder, relativePath))
        }
        streams[relativePath]!.pending.removeAll(keepingCapacity: true)
    }
}
