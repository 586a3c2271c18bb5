import Foundation
import XCTest
@testable import SmartCityKit

/// Rendered files compared with their golden copies in `Golden/`. Re-record with
/// `SMARTCITY_RECORD_GOLDEN=1 swift test`: that run writes the files and fails every test that
/// wrote one, so it can never pass by accident; run again without the variable to check.
enum GoldenFiles {
    /// Whether this run records golden files instead of checking them.
    static var isRecording: Bool { ProcessInfo.processInfo.environment["SMARTCITY_RECORD_GOLDEN"] == "1" }

    /// The failure a recording run reports after writing `count` files.
    static func recordedMessage(_ count: Int) -> String {
        "recorded \(count) golden \(count == 1 ? "file" : "files"); run again without SMARTCITY_RECORD_GOLDEN to check"
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// Each file against `Golden/<prefix><path>`, with what differs between machines replaced by
    /// placeholders; in a recording run, written there instead, and the test fails.
    static func assertEqual(_ files: [RenderedFile], prefix: String = "", file: StaticString = #filePath, line: UInt = #line) throws {
        if isRecording {
            XCTFail(recordedMessage(try record(files, prefix: prefix)), file: file, line: line)
            return
        }
        for rendered in files {
            let expected = try String(contentsOf: folder.appendingPathComponent(prefix + rendered.relativePath), encoding: .utf8)
            XCTAssertEqual(RenderingTests.stable(rendered.contents), expected,
                           "\(rendered.relativePath) differs from its golden file; re-record with SMARTCITY_RECORD_GOLDEN=1 if the change is intended",
                           file: file, line: line)
        }
    }

    /// Writes each file's stable text to `<folder>/<prefix><path>`; returns how many were written.
    static func record(_ files: [RenderedFile], prefix: String, in folder: URL = GoldenFiles.folder) throws -> Int {
        for rendered in files {
            let url = folder.appendingPathComponent(prefix + rendered.relativePath)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(RenderingTests.stable(rendered.contents).utf8).write(to: url)
        }
        return files.count
    }
}
