import Foundation

/// Writes reports into a folder: never over existing reports without `force`; whole files
/// through a temporary file and a rename, streamed files into temporary files renamed into
/// place when everything is written, so that a failure never leaves half a report.
public final class FileReportOutput: ReportOutput {
    public let folder: String
    /// How many files were written.
    public private(set) var writtenCount = 0
    private var streams: [String: (temporary: String, handle: FileHandle, buffer: [UInt8])] = [:]
    private var streamOrder: [String] = []
    private var createdFolders = Set<String>()
    /// The per-respondent reports written, to find those an earlier run left behind.
    private var respondentReports = Set<String>()

    /// The files a scoring run writes at the top of its folder.
    static let reportNames = ["summary.md", "scores.csv", "scores-long.csv", "scores.json", "descriptive.csv"]

    /// Opens a folder for reports; without `force`, refuses one that already holds reports.
    public static func open(folder: String, force: Bool) -> Result<FileReportOutput, Diagnostic> {
        if !force {
            let manager = FileManager.default
            var existing = reportNames.map { join(folder, $0) }.filter { manager.fileExists(atPath: $0) }
            let respondents = join(folder, "municipalities")
            existing += ((try? manager.contentsOfDirectory(atPath: respondents)) ?? []).filter { $0.hasSuffix(".md") }.sorted()
                .map { join(respondents, $0) }
            if let first = existing.first {
                let more = existing.count > 1 ? " and \(existing.count - 1) more report files" : ""
                return .failure(.error(SourceLocation(file: first), "already exists\(more); nothing was written. Use --force to overwrite, or --out to write elsewhere"))
            }
        }
        return .success(FileReportOutput(folder: folder))
    }

    private init(folder: String) { self.folder = folder }

    public func write(_ contents: String, to relativePath: String) throws {
        let path = Self.join(folder, relativePath)
        try makeFolder(for: path)
        try Self.writeAtomically(contents, to: path)
        writtenCount += 1
        if relativePath.hasPrefix("municipalities/") { respondentReports.insert(relativePath) }
    }

    /// Per-respondent reports in the folder that this run did not write (left by an earlier
    /// run with other respondents, when overwriting with `force`).
    public func staleReports() -> [String] {
        let folder = Self.join(self.folder, "municipalities")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.filter { $0.hasSuffix(".md") && !respondentReports.contains("municipalities/\($0)") }.sorted()
            .map { Self.join(folder, $0) }
    }

    public func append(_ text: String, to relativePath: String) throws {
        var bytes = ByteBuffer()
        bytes.append(text)
        try append(bytes, to: relativePath)
    }

    public func append(_ bytes: ByteBuffer, to relativePath: String) throws {
        if streams[relativePath] == nil {
            let path = Self.join(folder, relativePath)
            try makeFolder(for: path)
            let temporary = Self.temporaryPath(for: path)
            guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path])
            }
            streams[relativePath] = (temporary, handle, [])
            streamOrder.append(relativePath)
        }
        streams[relativePath]?.buffer.append(contentsOf: bytes.bytes)
        if (streams[relativePath]?.buffer.count ?? 0) > 4 << 20 { try flush(relativePath) }
    }

    /// Moves the streamed files into place.
    public func finish() throws {
        for relativePath in streamOrder {
            try flush(relativePath)
            guard let stream = streams[relativePath] else { continue }
            try stream.handle.close()
            let path = Self.join(folder, relativePath)
            guard rename(stream.temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
            writtenCount += 1
        }
        streams = [:]
        streamOrder = []
    }

    /// Removes the temporary files of streams that will not be finished.
    public func discard() {
        for stream in streams.values {
            try? stream.handle.close()
            try? FileManager.default.removeItem(atPath: stream.temporary)
        }
        streams = [:]
        streamOrder = []
    }

    private func flush(_ relativePath: String) throws {
        guard let stream = streams[relativePath], !stream.buffer.isEmpty else { return }
        try stream.handle.write(contentsOf: Data(stream.buffer))
        streams[relativePath]?.buffer.removeAll(keepingCapacity: true)
    }

    private func makeFolder(for path: String) throws {
        let parent = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if createdFolders.insert(parent).inserted {
            try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true)
        }
    }

    /// Writes `contents` to `path` (in an existing folder) through a temporary file and a rename.
    static func writeAtomically(_ contents: String, to path: String) throws {
        let temporary = temporaryPath(for: path)
        try Data(contents.utf8).write(to: URL(fileURLWithPath: temporary))
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(atPath: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }

    private static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
    }

    private static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
