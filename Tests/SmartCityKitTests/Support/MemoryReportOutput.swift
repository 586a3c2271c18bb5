// Test helpers: reports rendered in memory. Also compiled into the fuzz targets by .ci/fuzz
// (FUZZING: the same module as the library's sources).
#if !FUZZING
@testable import SmartCityKit
#endif

/// Keeps rendered files in memory, in the order they were first written (the tests' reports).
final class MemoryReportOutput: ReportOutput {
    private(set) var files: [RenderedFile] = []
    private var positions: [String: Int] = [:]

    init() {}

    func write(_ contents: String, to relativePath: String) throws {
        if let position = positions[relativePath] {
            files[position].contents = contents
        } else {
            positions[relativePath] = files.count
            files.append(RenderedFile(relativePath: relativePath, contents: contents))
        }
    }

    func append(_ text: String, to relativePath: String) throws {
        if let position = positions[relativePath] {
            files[position].contents += text
        } else {
            try write(text, to: relativePath)
        }
    }

    func append(_ bytes: ByteBuffer, to relativePath: String) throws { try append(bytes.string, to: relativePath) }

    /// Binary files, by path (not in `files`, whose contents are text).
    private(set) var binaryFiles: [String: [UInt8]] = [:]

    func write(bytes: [UInt8], to relativePath: String) throws { binaryFiles[relativePath] = bytes }

    func append(bytes: [UInt8], to relativePath: String) throws { binaryFiles[relativePath, default: []] += bytes }
}

extension ReportGeneration {
    /// Every file of the formats, in memory.
    static func renderInMemory(_ run: ScoringRun.Result, formats: [OutputFormat], strings: ReportStrings) throws -> [RenderedFile] {
        let output = MemoryReportOutput()
        try render(run, formats: formats, strings: strings, output: output)
        return output.files
    }
}
