import Foundation
import XCTest

/// What a consultant takes to a council meeting: one municipality's report without a median of
/// itself, the gap to each target, and the one-page council summary.
final class CouncilEndToEndTests: XCTestCase {
    private func repository(_ path: String) -> String { EndToEndTests.root.appendingPathComponent(path).path }

    /// Scheldestad scored alone, with band targets: its radar has no "cohort median" (which would
    /// be Scheldestad itself), and the targets table gives the gap to each band's lower bound.
    func testOneMunicipalityGetsNoMedianOfItselfAndTheGapToItsBandTargets() throws {
        let directory = try temporaryFolder()
        let sample = try String(contentsOfFile: repository(EndToEndTests.sample), encoding: .utf8).split(separator: "\n")
        let responses = directory.appendingPathComponent("scheldestad.csv")
        try (sample[0] + "\n" + sample[1] + "\n").write(to: responses, atomically: true, encoding: .utf8)
        let targets = directory.appendingPathComponent("targets.json")
        try #"{"targets": {"e-services": {"band": "type-5"}, "information-management": {"band": "type-5"}}}"#.write(to: targets, atomically: true, encoding: .utf8)
        let run = try EndToEndTests.runBinary(["score", repository(EndToEndTests.questionnaire), responses.path, "--lang", "en",
                                               "--format", "markdown,svg", "--targets", targets.path, "--out", directory.appendingPathComponent("out").path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let municipalities = directory.appendingPathComponent("out/municipalities")
        let markdown = try String(contentsOf: municipalities.appendingPathComponent("scheldestad.md"), encoding: .utf8)
        // E-services 74.29 and information management 78.89 aim at type 5, from 80.
        XCTAssertTrue(markdown.contains("| E-services | 74.29 | Type 5 | 5.71 |"), markdown)
        XCTAssertTrue(markdown.contains("| Information management | 78.89 | Type 5 | 1.11 |"), markdown)
        let radar = try String(contentsOf: municipalities.appendingPathComponent("scheldestad.svg"), encoding: .utf8)
        XCTAssertFalse(radar.contains("Cohort median"), radar)
        XCTAssertTrue(radar.contains(">Scheldestad<"), radar)
    }

    /// `score` in a pseudo-terminal (util-linux `script`, skipped without it) shows how far reading
    /// and writing have got; with --quiet, or with stderr on a pipe, nothing.
    func testProgressShowsOnATerminalOnlyAndNotWhenQuiet() throws {
        guard let script = ["/usr/bin/script", "/bin/script"].first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            throw XCTSkip("script (util-linux) is not installed; progress on a terminal was not checked")
        }
        let directory = try temporaryFolder()
        /// The run's terminal output (stdout and stderr both go to the pseudo-terminal).
        func inTerminal(_ extra: [String]) throws -> String {
            let command = ([EndToEndTests.binary.path, "score", repository(EndToEndTests.questionnaire), repository(EndToEndTests.sample), "--lang", "en",
                            "--format", "csv", "--force", "--out", directory.appendingPathComponent("out").path] + extra).map { "'\($0)'" }.joined(separator: " ")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: script)
            process.arguments = ["-q", "-e", "-c", command, "/dev/null"]
            let out = Pipe()
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = out
            process.standardError = FileHandle.nullDevice
            try process.run()
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 0, text)
            return text
        }
        let shown = try inTerminal([])
        XCTAssertTrue(shown.contains("sample-responses.csv: 100 % · ") && shown.contains(" rows/s"), shown)
        XCTAssertTrue(shown.contains("Writing reports: 12 of 12"), shown)
        XCTAssertTrue(shown.contains("Scored 12 respondents"), shown)
        let quiet = try inTerminal(["--quiet"])
        XCTAssertFalse(quiet.contains("rows") || quiet.contains("Writing reports"), quiet)
        XCTAssertTrue(quiet.contains("Scored 12 respondents"), quiet)
        let piped = try EndToEndTests.runBinary(["score", repository(EndToEndTests.questionnaire), repository(EndToEndTests.sample), "--lang", "en",
                                                 "--format", "csv", "--force", "--out", directory.appendingPathComponent("out").path])
        XCTAssertEqual(piped.status, 0, piped.stderr)
        XCTAssertFalse(piped.stderr.contains("rows") || piped.stderr.contains("Writing reports") || piped.stderr.contains("\r"), piped.stderr)
    }
}
