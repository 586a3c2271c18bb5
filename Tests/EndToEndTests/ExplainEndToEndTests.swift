import Foundation
import XCTest

/// `smartcity explain` run as a user runs it: the document on standard output or in a file, and
/// the refusals of an unknown id or dimension with the closest one.
final class ExplainEndToEndTests: XCTestCase {
    private let arguments = ["explain", EndToEndTests.questionnaire, EndToEndTests.sample]

    /// Runs the binary from the repository's root.
    private func run(_ extra: [String]) throws -> EndToEndTests.Run { try EndToEndTests.runBinary(arguments + extra) }

    func testExplainPrintsTheDerivationAndTheChangesToTheNextTypeInTheReportLanguage() throws {
        let result = try run(["--id", "polderveld", "--lang", "en"])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertTrue(result.stdout.hasPrefix("# How the scores of Polderveld (polderveld) are derived\n"), result.stdout)
        XCTAssertTrue(result.stdout.contains("| **Total score** | **2.94** | 100.00 % | 100.00 % | **2.9405** |"), result.stdout)
        XCTAssertTrue(result.stdout.contains("- Type 2 starts above 20.00: the total must rise by more than 17.0595 points (exactly 1433/84)."))
        XCTAssertTrue(result.stdout.contains("The fewest answer changes that reach Type 2: 5."))
        XCTAssertTrue(result.stdout.contains("This is the lowest type."))
        // The README's example, committed; `SMARTCITY_RECORD_GOLDEN=1 swift test` rewrites it.
        let example = EndToEndTests.root.appendingPathComponent("Reports/examples/i-monitor/explain/polderveld.en.md")
        if ProcessInfo.processInfo.environment["SMARTCITY_RECORD_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: example.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(result.stdout.utf8).write(to: example)
            // A recording run fails after writing, so that it cannot pass by accident.
            return XCTFail(EndToEndTests.recordedMessage(1))
        }
        XCTAssertEqual(result.stdout, try String(contentsOf: example, encoding: .utf8), "regenerate with SMARTCITY_RECORD_GOLDEN=1 swift test")
    }

    func testExplainWritesExactJSONToTheOutputFile() throws {
        let folder = try temporaryFolder()
        let file = folder.appendingPathComponent("polderveld.json").path
        let result = try run(["--id", "polderveld", "--format", "json", "--dimension", "collaboration", "-o", file])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "")
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
        XCTAssertEqual((json["total"] as? [String: Any])?["scoreExact"] as? String, "247/84")
        let dimensions = try XCTUnwrap(json["dimensions"] as? [[String: Any]])
        XCTAssertEqual(dimensions.map { $0["id"] as? String }, ["collaboration"], "--dimension shows that dimension only")
        XCTAssertEqual(dimensions.first?["scoreExact"] as? String, "15/1")
        XCTAssertEqual((json["nextTypeUp"] as? [String: Any])?["changes"] as? Int, 5)
    }

    func testAnUnknownIdIsAnErrorNamingTheClosestId() throws {
        let result = try run(["--id", "poldervelt"])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("sample-responses.csv: error: heeft geen respondent met de id \"poldervelt\"; bedoelt u \"polderveld\"?"),
                      "in the run's language (Dutch): \(result.stderr)")
    }

    func testAnUnknownDimensionIsAnErrorNamingTheClosestOne() throws {
        let result = try run(["--id", "polderveld", "--dimension", "polcy"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("heeft geen dimensie \"polcy\"; bedoelt u \"policy\"?"), "in the run's language (Dutch): \(result.stderr)")
    }

    func testExplainWithoutAnIdIsAUsageError() throws {
        let result = try run([])
        XCTAssertEqual(result.status, 64)
        XCTAssertTrue(result.stderr.contains("--id"), result.stderr)
    }
}
