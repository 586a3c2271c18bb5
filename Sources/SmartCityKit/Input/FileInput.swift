import Foundation

/// Reading input files, with failures turned into diagnostics.
public enum FileInput {
    /// The whole file (questionnaires and other small files).
    public static func readAll(path: String) -> Result<[UInt8], Diagnostic> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return .failure(.error(SourceLocation(file: path), "no such file; check the path"))
        }
        if isDirectory.boolValue {
            return .failure(.error(SourceLocation(file: path), "is a folder, not a file"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(.error(SourceLocation(file: path), "cannot be read; check its permissions"))
        }
        return .success([UInt8](data))
    }
}
