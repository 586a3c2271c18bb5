import Foundation
import XCTest
@testable import SmartCityKit

/// Rendered files compared with their golden copies in `Golden/`. Re-record with
/// `SMARTCITY_RECORD_GOLDEN=1 swift test`.
enum GoldenFiles {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// Each file against `Golden/<prefix><path>`, with what differs between machines replaced by placeholders.
    static func assertEqual(_ files: [RenderedFile], prefix: String = "", file: StaticString = #filePath, line: UInt = #line) throws {
        let record = ProcessInfo.processInfo.environment["SMARTCITY_RECORD_GOLDEN"] == "1"
        for rendered in files {
            let url = folder.appendingPathComponent(prefix + rendered.relativePath)
            let actual = RenderingTests.stable(rendered.contents)
            if record {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(actual.utf8).write(to: url)
                continue
            }
            let expected = try String(contentsOf: url, encoding: .utf8)
            XCTAssertEqual(actual, expected, "\(rendered.relativePath) differs from its golden file; re-record with SMARTCITY_RECORD_GOLDEN=1 if the change is intended",
                           file: file, line: line)
        }
    }
}
