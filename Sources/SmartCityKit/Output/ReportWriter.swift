import Foundation

/// Writes rendered files into a folder: never over an existing file without `force`, and
/// each file atomically (a temporary file in the same folder, then a rename), so that a
/// crash never leaves half a report.
public enum ReportWriter {
    /// Writes every file or, when some exist and `force` is off, none. Returns the paths written.
    public static func write(_ files: [RenderedFile], to directory: String, force: Bool) -> Result<[String], Diagnostic> {
        let manager = FileManager.default
        let targets = files.map { (file: $0, path: join(directory, $0.relativePath)) }
        if !force {
            let existing = targets.filter { manager.fileExists(atPath: $0.path) }.map(\.path)
            if let first = existing.first {
                let more = existing.count > 1 ? " and \(existing.count - 1) more report files" : ""
                return .failure(.error(SourceLocation(file: first), "already exists\(more); nothing was written. Use --force to overwrite, or --out to write elsewhere"))
            }
        }
        var written: [String] = []
        var folders = Set<String>()
        for (file, path) in targets {
            do {
                let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
                if folders.insert(folder.path).inserted {
                    try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                }
                try writeAtomically(file.contents, to: path)
                written.append(path)
            } catch {
                return .failure(.error(SourceLocation(file: path), "cannot be written: \(error.localizedDescription)"))
            }
        }
        return .success(written)
    }

    /// Writes `contents` to `path` (in an existing folder) through a temporary file and a rename.
    static func writeAtomically(_ contents: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try Data(contents.utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
    }

    private static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
