import Foundation

/// Why a responses or data file cannot be read, as an error located at the file that says the fix,
/// in the language of a `CSVWording`: not there (with the name of a file beside it that is alike),
/// a folder, not readable (its permissions), another reason of the system's in the run's language;
/// never Foundation's English description of an error.
package enum UnreadableFile {
    /// Opening or reading `path` failed with `errorNumber` (an `errno` value); `whileReading`
    /// when part of the file was read.
    static func diagnostic(path: String, errorNumber: Int32, whileReading: Bool = false, wording: CSVWording) -> Diagnostic {
        let message = switch SystemReason(errorNumber: errorNumber) {
        case .noSuchFile: alike(path).map(wording.noSuchFileLike) ?? wording.noSuchFile
        case .isAFolder: wording.isAFolder
        case .permissionDenied, .notPermitted: wording.checkPermissions
        case let reason: (whileReading ? wording.readingFailed : wording.cannotBeRead)(wording.system.reason(reason))
        }
        return .error(SourceLocation(file: path), message)
    }

    /// Anything reading `path` threw that is not a located error of its own (`SmartCityError`,
    /// a CSV syntax error): the system's reason when the error carries one, else what the file
    /// is now (gone, a folder, unreadable), else that reading stopped before the end.
    package static func diagnostic(for error: any Error, path: String, wording: CSVWording) -> Diagnostic {
        if let failure = error as? SmartCityError, let first = failure.diagnostics.first { return first }
        if let errorNumber = SystemReason.errorNumber(carriedBy: error) ?? errorNumber(ofFileAt: path) {
            return diagnostic(path: path, errorNumber: errorNumber, whileReading: true, wording: wording)
        }
        return .error(SourceLocation(file: path), wording.readingStopped)
    }

    /// Why the file at `path` cannot be read now, if it cannot: not there, a folder, or not readable.
    private static func errorNumber(ofFileAt path: String) -> Int32? {
        guard path != "-" else { return nil }
        var status = stat()
        guard stat(path, &status) == 0 else { return errno }
        if status.st_mode & S_IFMT == S_IFDIR { return EISDIR }
        return access(path, R_OK) == 0 ? nil : errno
    }

    /// The path of a file beside `path` whose name is alike (a letter or two apart), for "did you mean".
    private static func alike(_ path: String) -> String? {
        let folder = FilePath.folder(of: path), name = FilePath.name(of: path)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder),
              let closest = SchemaReader.closest(to: name, in: entries.filter { $0 != name && !$0.hasPrefix(".") }) else { return nil }
        return path.contains("/") ? FilePath.join(folder, closest) : closest
    }
}
