import Foundation

/// Where the tests' temporary files live: one root per test process,
/// `${TMPDIR:-/tmp}/smartcity-tests-<pid>/`, removed when the process exits, so that `swift test`
/// leaves nothing behind (`.ci/run` checks it). Each call gets a fresh folder inside the root.
enum TestFolders {
    /// The process's root, created on first use; removed at exit.
    static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smartcity-tests-\(getpid())")
        // A root left by an earlier process with the same id (one that crashed) is stale.
        try? FileManager.default.removeItem(at: url)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: TestFolders.root) }
        return url
    }()

    /// A fresh, empty folder inside the root.
    static func fresh() -> URL {
        let url = root.appendingPathComponent(UUID().uuidString)
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
