/// A file that went into a report, identified by its digest.
public struct SourceFile: Sendable, Equatable {
    /// The path as the user gave it.
    public var path: String
    public var sha256: String

    public init(path: String, sha256: String) {
        self.path = path
        self.sha256 = sha256
    }

    /// The file's name without folders, as shown in report footers.
    public var name: String { Self.name(of: path) }

    /// The last component of a path.
    public static func name(of path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}
