/// A file that went into a report, identified by its digest.
package struct SourceFile: Sendable, Equatable {
    /// The path as the user gave it.
    package var path: String
    package var sha256: String

    package init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }

    /// The file's name without folders, as shown in report footers.
    package var name: String { FilePath.name(of: path) }
}
