/// Paths as strings, split and joined the one way the tool does it. Not NSString's path methods:
/// on Linux `deletingLastPathComponent` traps on a relative name of one character (`--out D`).
package enum FilePath {
    /// The folder a path names its last component in: `a/b` -> `a`, `/b` -> `/`, `b` -> `.`.
    /// Trailing slashes are ignored (`a/b/` -> `a`).
    static func folder(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        let folder = withoutTrailingSlashes(String(trimmed[..<slash]))
        return folder.isEmpty ? "/" : folder
    }

    /// The last component of a path: `a/b/` -> `b`, `/` -> `/`.
    package static func name(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        guard let slash = trimmed.lastIndex(of: "/"), trimmed != "/" else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// `relative` inside `folder`, with exactly one slash between them.
    package static func join(_ folder: String, _ relative: String) -> String {
        folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
    }

    /// The path without slashes at its end, `/` kept whole.
    private static func withoutTrailingSlashes(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed)
    }
}
