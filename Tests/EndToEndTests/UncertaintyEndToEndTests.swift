import Foundation
import XCTest

/// `smartcity uncertainty` run as a user runs it: the README's example, committed, the formats
/// chosen, the same files for the same seed, and the refusals of bad values.
final class UncertaintyEndToEndTests: XCTestCase {
    /// The README's example, committed in `Reports/examples/i-monitor/uncertainty/`.
    static let example = ["uncertainty", EndToEndTests.questionnaire, EndToEndTests.sample, "--threshold-noise", "1", "--lang", "en"]

    private func run(_ arguments: [String]) throws -> EndToEndTests.Run { try EndToEndTests.runBinary(arguments) }

    /// A fresh folder removed after the test.
    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("smartcity-uncertainty-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// The files below a folder, by relative path, sorted.
    private func files(in folder: URL) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { path in
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isFolder) && !isFolder.boolValue
        }.sorted()
    }

    func testCommittedUncertaintyExampleIsUpToDate() throws {
        let record = ProcessInfo.processInfo.environment["SMARTCITY_RECORD_GOLDEN"] == "1"
        let examples = EndToEndTests.root.appendingPathComponent("Reports/examples/i-monitor/uncertainty")
        let out = record ? examples : try temporaryFolder().appendingPathComponent("uncertainty")
        let result = try run(Self.example + ["--out", out.path, "--force"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, "Analysed 12 municipalities over 1000 draws; the type holds in at least 90 % of the draws for 83.3 % of them; wrote 7 files to \(out.path)/\n")
        if record { return XCTFail(EndToEndTests.recordedMessage(try files(in: out).count)) }
        let written = try files(in: out)
        XCTAssertEqual(written, ["charts/ranks.svg", "charts/types.svg", "sensitivity.csv", "uncertainty.csv", "uncertainty.html", "uncertainty.json", "uncertainty.md"])
        XCTAssertEqual(try files(in: examples), written, "regenerate with SMARTCITY_RECORD_GOLDEN=1 swift test")
        for name in written {
            XCTAssertEqual(try Data(contentsOf: out.appendingPathComponent(name)), try Data(contentsOf: examples.appendingPathComponent(name)),
                           "uncertainty/\(name) differs; regenerate with SMARTCITY_RECORD_GOLDEN=1 swift test")
        }
    }

    func testTheSameSeedWritesTheSameFilesAndExistingReportsAreKeptWithoutForce() throws {
        let folder = try temporaryFolder()
        let arguments = ["uncertainty", EndToEndTests.questionnaire, EndToEndTests.sample, "--draws", "200", "--sensitivity-samples", "32",
                         "--seed", "9", "--format", "csv", "--item-weights", "--methods", "weights,coverage"]
        for name in ["a", "b"] {
            let result = try run(arguments + ["--out", folder.appendingPathComponent(name).path])
            XCTAssertEqual(result.status, 0, result.stderr)
        }
        XCTAssertEqual(try files(in: folder.appendingPathComponent("a")), ["sensitivity.csv", "uncertainty.csv"])
        for name in ["sensitivity.csv", "uncertainty.csv"] {
            XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("a/\(name)")), try Data(contentsOf: folder.appendingPathComponent("b/\(name)")))
        }
        let sensitivity = try String(contentsOf: folder.appendingPathComponent("a/sensitivity.csv"), encoding: .utf8)
        XCTAssertEqual(sensitivity.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[0] }, ["weights", "coverage", "weights", "coverage"])
        let again = try run(arguments + ["--out", folder.appendingPathComponent("a").path])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("error: already exists"), again.stderr)
    }

    func testAWeightNoiseOfOneOrMoreIsAUsageError() throws {
        let result = try run(["uncertainty", EndToEndTests.questionnaire, EndToEndTests.sample, "--weight-noise", "1"])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("--weight-noise"), result.stderr)
        let method = try run(["uncertainty", EndToEndTests.questionnaire, EndToEndTests.sample, "--methods", "weights,colour"])
        XCTAssertEqual(method.status, 64)
        XCTAssertTrue(method.stderr.contains("colour"), method.stderr)
    }
}
