import Foundation
import XCTest

/// The folders the end-to-end tests write into and compare: one temporary folder per call,
/// removed after the test, and the committed example folders.
extension XCTestCase {
    /// A fresh folder in the temporary folder, removed after the test (`.ci/run` fails when a
    /// `smartcity-*` entry is left behind).
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smartcity-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// The files below a folder (not the folders), by relative path, sorted.
    func relativeFiles(in folder: URL) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }

    /// The committed example in `example` (a folder below the repository) is exactly what
    /// `arguments` with `--out FOLDER --force` writes today: the same files, byte for byte.
    /// `check` tests the run first, given the folder written. A recording run
    /// (`SMARTCITY_RECORD_GOLDEN=1 swift test`) writes into the example folder instead and fails,
    /// so that it cannot pass by accident.
    func assertCommittedExample(_ arguments: [String], in example: String, file: StaticString = #filePath, line: UInt = #line,
                                check: (EndToEndTests.Run, URL) -> Void) throws {
        let record = ProcessInfo.processInfo.environment["SMARTCITY_RECORD_GOLDEN"] == "1"
        let examples = EndToEndTests.root.appendingPathComponent(example)
        let out = record ? examples : try temporaryFolder().appendingPathComponent(examples.lastPathComponent)
        let result = try EndToEndTests.runBinary(arguments + ["--out", out.path, "--force"])
        check(result, out)
        if record { return XCTFail(EndToEndTests.recordedMessage(try relativeFiles(in: out).count), file: file, line: line) }
        let written = try relativeFiles(in: out)
        XCTAssertEqual(try relativeFiles(in: examples), written, "\(example): regenerate with SMARTCITY_RECORD_GOLDEN=1 swift test", file: file, line: line)
        for name in written {
            XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent(name)), try Data(contentsOf: examples.appendingPathComponent(name)),
                           "\(example)/\(name) differs; regenerate with SMARTCITY_RECORD_GOLDEN=1 swift test", file: file, line: line)
        }
    }
}
