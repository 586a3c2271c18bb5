import Foundation
import XCTest

/// `smartcity uncertainty` run as a user runs it: the README's example, committed, the formats
/// chosen, the same files for the same seed, and the refusals of bad values.
final class UncertaintyEndToEndTests: XCTestCase {
    /// The README's example, committed in `Reports/examples/i-monitor/uncertainty/`.
    static let example = ["uncertainty", EndToEndTests.questionnaire, EndToEndTests.sample, "--threshold-noise", "1", "--lang", "en"]

    private func run(_ arguments: [String]) throws -> EndToEndTests.Run { try EndToEndTests.runBinary(arguments) }

    func testCommittedUncertaintyExampleIsUpToDate() throws {
        try assertCommittedExample(Self.example, in: "Reports/examples/i-monitor/uncertainty") { result, out in
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(result.stderr, "")
            XCTAssertEqual(result.stdout, "Analysed 12 municipalities over 1000 draws; the type holds in at least 90 % of the draws for 83.3 % of them; wrote 7 files to \(out.path)/\n")
            XCTAssertEqual(try? relativeFiles(in: out),
                           ["charts/ranks.svg", "charts/types.svg", "sensitivity.csv", "uncertainty.csv", "uncertainty.html", "uncertainty.json", "uncertainty.md"])
        }
    }

    func testTheSameSeedWritesTheSameFilesAndExistingReportsAreKeptWithoutForce() throws {
        let folder = try temporaryFolder()
        let arguments = ["uncertainty", EndToEndTests.questionnaire, EndToEndTests.sample, "--draws", "200", "--sensitivity-samples", "32",
                         "--seed", "9", "--format", "csv", "--item-weights", "--methods", "weights,coverage"]
        for name in ["a", "b"] {
            // `--quiet` (b) changes nothing in the files; on a pipe there is no progress line either way.
            let result = try run(arguments + ["--out", folder.appendingPathComponent(name).path] + (name == "b" ? ["--quiet"] : []))
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertFalse(result.stderr.contains("\r"), "no progress line off a terminal: \(result.stderr)")
        }
        XCTAssertEqual(try relativeFiles(in: folder.appendingPathComponent("a")), ["sensitivity.csv", "uncertainty.csv"])
        for name in ["sensitivity.csv", "uncertainty.csv"] {
            XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("a/\(name)")), try Data(contentsOf: folder.appendingPathComponent("b/\(name)")))
        }
        let sensitivity = try String(contentsOf: folder.appendingPathComponent("a/sensitivity.csv"), encoding: .utf8)
        XCTAssertEqual(sensitivity.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[0] }, ["weights", "coverage", "weights", "coverage"])
        let again = try run(arguments + ["--out", folder.appendingPathComponent("a").path])
        XCTAssertEqual(again.status, 1)
        XCTAssertTrue(again.stderr.contains("error: bestaat al"), "in the run's language (Dutch): \(again.stderr)")
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
