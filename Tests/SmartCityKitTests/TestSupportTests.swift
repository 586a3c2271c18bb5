import Foundation
import XCTest
@testable import SmartCityKit

/// The test helpers' own guarantees: temporary files in one root per process, golden recording
/// that cannot pass silently.
final class TestSupportTests: XCTestCase {
    func testTemporaryFoldersAreFreshFoldersInsideOneRootPerProcess() throws {
        let first = Fixtures.temporaryDirectory(), second = Fixtures.temporaryDirectory()
        XCTAssertNotEqual(first, second)
        XCTAssertEqual(first.deletingLastPathComponent().path, TestFolders.root.path)
        XCTAssertEqual(second.deletingLastPathComponent().path, TestFolders.root.path)
        XCTAssertEqual(TestFolders.root.lastPathComponent, "smartcity-tests-\(getpid())")
        XCTAssertEqual(TestFolders.root.deletingLastPathComponent().path, FileManager.default.temporaryDirectory.path)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: first.path), [], "a fresh folder is empty")
        let written = Fixtures.write("id\n", name: "r.csv")
        XCTAssertTrue(written.hasPrefix(TestFolders.root.path + "/"), written)
    }

    func testGoldenRecordingWritesStableFilesAndTheFailureSaysHowManyToCheck() throws {
        let folder = Fixtures.temporaryDirectory()
        let files = [
            RenderedFile(relativePath: "a.md", contents: "made by smartcity \(SmartCityKit.version)\n"),
            RenderedFile(relativePath: "sub/b.csv", contents: "x\n"),
        ]
        XCTAssertEqual(try GoldenFiles.record(files, prefix: "p-", in: folder), 2)
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("p-a.md"), encoding: .utf8), "made by smartcity <version>\n",
                       "recorded as compared: with placeholders")
        XCTAssertEqual(try String(contentsOf: folder.appendingPathComponent("p-sub/b.csv"), encoding: .utf8), "x\n")
        XCTAssertEqual(GoldenFiles.recordedMessage(2), "recorded 2 golden files; run again without SMARTCITY_RECORD_GOLDEN to check")
        XCTAssertEqual(GoldenFiles.recordedMessage(1), "recorded 1 golden file; run again without SMARTCITY_RECORD_GOLDEN to check")
    }
}
