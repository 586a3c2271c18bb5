import Foundation
import XCTest
@testable import SmartCityKit

/// What `compare` keeps and writes: the CSV and JSON files streamed in parts equal to the files
/// written whole, the radar charts per municipality only for those charted, and what `--previous`
/// and target answers keep per id.
final class ComparisonStreamingTests: XCTestCase {
}

extension ComparisonCSVRenderer {
    /// The files as strings, by name (written through a memory output).
    func render(_ comparison: Comparison) throws -> [(name: String, contents: String)] {
        let output = MemoryReportOutput()
        try write(comparison, to: output)
        return output.files.map { ($0.relativePath, $0.contents) }
    }
}
