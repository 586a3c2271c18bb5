import Foundation

/// Writes a set of reports into a folder so that the set changes all at once: every file goes
/// into a staging folder beside the destination, and `finish` swaps it into place in one rename
/// (or two, where the system cannot exchange folders). Until then the previous reports stay as
/// they were; a failure, or a run that is killed, leaves them untouched. Files in the folder that
/// are not reports of a scoring run (a `compare/` folder, your notes) are kept.
///
/// One run at a time writes to a folder (a lock beside it); never over existing reports without
/// `force`. What an interrupted run left behind is cleaned up by the next run into the folder.
public final class FileReportOutput: ReportOutput {
    /// The destination folder.
    public let folder: String
    /// Where the files are written until `finish` (also the place for the run's temporary files).
    public let stagingFolder: String
    /// How many report files were written.
    public private(set) var writtenCount = 0
    /// Notes about what earlier, interrupted runs left behind and what was done with it.
    public private(set) var notes: [Diagnostic] = []
    private let lock: (path: String, descriptor: Int32)
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
    public let reportSet: ReportSet

    /// Opens a folder for reports. Without `force`, refuses one that already holds reports;
    /// refuses an empty path, a file, and a folder another run is writing to.
    public static func open(folder: String, force: Bool, reportSet: ReportSet = .scores) -> Checked<FileReportOutput> {
        let location = SourceLocation(file: folder)
        guard !folder.isEmpty else {
            return .failure(.error(location, "the output folder is empty; name a folder with --out, or leave --out out for Reports/<questionnaire-id>/"))
        }
        let trimmed = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let kind = POSIXFile.kind(of: trimmed)
        if kind.exists && !kind.isFolder {
            return .failure(.error(location, "is a file, not a folder; name a folder for the reports with --out"))
        }
        let name = (trimmed as NSString).lastPathComponent
        guard !name.isEmpty, name != "/", name != ".", name != ".." else {
            return .failure(.error(location, "cannot hold reports (it names no folder of its own); name a folder for the reports with --out"))
        }
        let parent = (trimmed as NSString).deletingLastPathComponent.isEmpty ? "." : (trimmed as NSString).deletingLastPathComponent
        do {
            try POSIXFile.makeFolder(parent)
        } catch {
            return .failure(.error(SourceLocation(file: error.path), error.message))
        }
        if !force, kind.exists {
            let existing = existingReports(in: trimmed, reportSet: reportSet)
            if let first = existing.first {
                let more = existing.count > 1 ? " and \(existing.count - 1) more report files" : ""
                return .failure(.error(SourceLocation(file: first), "already exists\(more); nothing was written. Use --force to overwrite, or --out to write elsewhere"))
            }
        }
        let lockPath = join(parent, ".\(name).smartcity-lock")
        let descriptor: Int32
        switch lock(lockPath) {
        case .locked(let locked): descriptor = locked
        case .busy: return .failure(.error(location, "another smartcity run is writing reports here; wait for it to finish or choose another --out"))
        case .failed(let reason): return .failure(.error(SourceLocation(file: parent), "cannot be written: \(reason); choose another --out"))
        }
        let notes = cleanLeftovers(parent: parent, name: name, destination: trimmed, reportSet: reportSet)
        let staging = join(parent, ".\(name).smartcity-new-\(getpid())")
        POSIXFile.remove(staging)
        do {
            try POSIXFile.makeFolder(staging)
        } catch {
            close(descriptor)
            return .failure(.error(SourceLocation(file: parent), "cannot be written: \(error.message); choose another --out"))
        }
        return Checked(FileReportOutput(folder: trimmed, staging: staging, lock: (lockPath, descriptor), notes: notes, reportSet: reportSet))
    }

    private init(folder: String, staging: String, lock: (path: String, descriptor: Int32), notes: [Diagnostic], reportSet: ReportSet) {
        self.folder = folder
        self.reportSet = reportSet
        stagingFolder = staging
        self.lock = lock
        self.notes = notes
    }

    private enum LockResult {
        case locked(Int32)
        case busy
        case failed(String)
    }

    /// Takes the lock file beside the folder. The file is removed when the lock is released, so a
    /// lock taken on a file that was removed meanwhile is taken again on the new one.
    private static func lock(_ path: String) -> LockResult {
        while true {
            let descriptor = Foundation.open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else { return .failed(String(cString: strerror(errno))) }
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
    }

    deinit {
        if !finished { discard() }
    }

    /// The report files already in a folder (what a run without `force` must not replace).
    static func existingReports(in folder: String, reportSet: ReportSet) -> [String] {
        var existing = reportSet.fileNames.map { join(folder, $0) }.filter { POSIXFile.kind(of: $0).exists }
        if let respondentFolder = reportSet.respondentFolder {
            let respondents = join(folder, respondentFolder)
            existing += ((try? FileManager.default.contentsOfDirectory(atPath: respondents)) ?? []).filter { $0.hasSuffix(".md") || $0.hasSuffix(".svg") }.sorted()
                .map { join(respondents, $0) }
        }
        return existing
    }

    /// Which of `paths` are reports this run would replace (an input must not be one of them).
    public func replacedInputs(among paths: [String]) -> [String] {
        guard let destination = POSIXFile.resolved(folder) else { return [] }
        return paths.filter { path in
            guard let resolved = POSIXFile.resolved(path), resolved.hasPrefix(destination + "/") else { return false }
            let inside = resolved.dropFirst(destination.count + 1)
            return reportSet.entries.contains(String(inside.prefix { $0 != "/" }))
        }
    }

    public func write(_ contents: String, to relativePath: String) throws {
        let path = try stagedPath(relativePath)
        try POSIXFile.write(Array(contents.utf8), to: path)
        writtenCount += 1
    }

    public func write(bytes: [UInt8], to relativePath: String) throws {
        try POSIXFile.write(bytes, to: try stagedPath(relativePath))
        writtenCount += 1
    }

    public func append(_ text: String, to relativePath: String) throws {
        var bytes = ByteBuffer()
        bytes.append(text)
        try append(bytes, to: relativePath)
    }

    public func append(_ bytes: ByteBuffer, to relativePath: String) throws {
        if streams[relativePath] == nil {
            let path = try stagedPath(relativePath)
            streams[relativePath] = Stream(descriptor: try POSIXFile.create(path), path: path)
            writtenCount += 1
        }
        streams[relativePath]!.pending.append(contentsOf: bytes.bytes)
        if streams[relativePath]!.pending.count > 1 << 20 { try flush(relativePath) }
    }

    /// Closes the streamed files and puts the new reports in place of the previous ones, keeping
    /// the folder's other entries.
    public func finish() throws {
        for relativePath in streams.keys.sorted() {
            try flush(relativePath)
            // Out of the table once closed: `discard` after a failure closes only what is open.
            if let stream = streams.removeValue(forKey: relativePath) { close(stream.descriptor) }
        }
        // Temporary files of the run (the spill) stay behind: an open one is still readable.
        for entry in (try? FileManager.default.contentsOfDirectory(atPath: stagingFolder)) ?? [] where entry.hasPrefix(".smartcity-") {
            POSIXFile.remove(Self.join(stagingFolder, entry))
        }
        let parent = (stagingFolder as NSString).deletingLastPathComponent
        let name = (folder as NSString).lastPathComponent
        if !POSIXFile.kind(of: folder).exists {
            guard rename(stagingFolder, folder) == 0 else { throw POSIXFile.Failure(folder, "cannot be created") }
        } else {
            let old = Self.join(parent, ".\(name).smartcity-old-\(getpid())")
            if POSIXFile.exchange(stagingFolder, folder) {
                // The staging path now holds the previous reports.
                Self.carryOver(from: stagingFolder, into: folder, reportSet: reportSet)
                POSIXFile.remove(stagingFolder)
            } else {
                guard rename(folder, old) == 0 else { throw POSIXFile.Failure(folder, "cannot be replaced") }
                guard rename(stagingFolder, folder) == 0 else {
                    let failure = POSIXFile.Failure(folder, "cannot be replaced")
                    _ = rename(old, folder)
                    throw failure
                }
                Self.carryOver(from: old, into: folder, reportSet: reportSet)
                POSIXFile.remove(old)
            }
        }
        unlock()
    }

    /// Removes what was written and leaves the folder as it was.
    public func discard() {
        guard !finished else { return }
        for stream in streams.values { close(stream.descriptor) }
        streams = [:]
        POSIXFile.remove(stagingFolder)
        unlock()
    }

    /// Moves the entries of a previous report folder that are neither reports nor temporary
    /// files of a run into the new one.
    private static func carryOver(from old: String, into folder: String, reportSet: ReportSet) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: old)) ?? []
        for entry in entries.sorted() where !reportSet.entries.contains(entry) && !entry.hasPrefix(".smartcity-")
            && !POSIXFile.kind(of: join(folder, entry)).exists {
            _ = rename(join(old, entry), join(folder, entry))
        }
    }

    /// Cleans up after runs into the same folder that were interrupted (their process is gone):
    /// their folders give back the entries that are not reports (a run caught between the swap
    /// and its cleanup holds the previous folder's), then are removed.
    private static func cleanLeftovers(parent: String, name: String, destination: String, reportSet: ReportSet) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: parent)) ?? []
        for entry in entries.sorted() {
            for marker in [".\(name).smartcity-new-", ".\(name).smartcity-old-"] where entry.hasPrefix(marker) {
                guard let processID = Int32(entry.dropFirst(marker.count)), processID != getpid(), !POSIXFile.isRunning(processID) else { continue }
                let path = join(parent, entry)
                if POSIXFile.kind(of: destination).exists {
                    carryOver(from: path, into: destination, reportSet: reportSet)
                } else if marker.hasSuffix("old-") {
                    _ = rename(path, destination)
                }
                POSIXFile.remove(path)
                notes.append(.note(SourceLocation(file: path), "removed what an interrupted run (process \(processID)) left behind"))
            }
        }
        return notes
    }

    /// The path of a file in the staging folder, its folder created.
    private func stagedPath(_ relativePath: String) throws -> String {
        let path = Self.join(stagingFolder, relativePath)
        let parent = (path as NSString).deletingLastPathComponent
        if createdFolders.insert(parent).inserted { try POSIXFile.makeFolder(parent) }
        return path
    }

    private func flush(_ relativePath: String) throws {
        guard let stream = streams[relativePath], !stream.pending.isEmpty else { return }
        try stream.pending.withUnsafeBytes { (raw) in
            try POSIXFile.writeAll(stream.descriptor, raw, path: Self.join(folder, relativePath))
        }
        streams[relativePath]!.pending.removeAll(keepingCapacity: true)
    }

    static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
