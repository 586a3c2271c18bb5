import Foundation
import XCTest
@testable import SmartCityKit

/// The report folder ends up holding reports only: no staging folder, lock or spill file.
final class FileReportOutputTests: XCTestCase {
    func testTheSpillFileHasNoNameAndTheReportsAreComplete() throws {
        let parent = Fixtures.temporaryDirectory()
        let folder = parent.appendingPathComponent("reports").path
        let output = try XCTUnwrap(FileReportOutput.open(folder: folder, force: false).value)
        var settings = ScoringRun.Settings()
        settings.temporaryFolder = output.stagingFolder
        settings.spillMemoryLimit = 1  // every respondent goes to the spill file
        let run = ScoringRun.score(
            questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q.json", sha256: ""),
            responsePaths: [RenderingTests.fixtureFolder.appendingPathComponent("mini-responses.csv").path], language: "en",
            options: ReadingOptions(), settings: settings) { _ in }
        XCTAssertEqual(run.spill.count, 5)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.stagingFolder), [],
                       "the spill's file has no name: a killed run leaves nothing behind")
        try ReportGeneration.render(run, formats: [.csv], strings: .english, output: output)
        try output.finish()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder).sorted(), ["scores-long.csv", "scores.csv"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["reports"], "no staging folder or lock file is left")
        XCTAssertEqual(try String(contentsOfFile: folder + "/scores.csv", encoding: .utf8).split(separator: "\n").count, 6)
    }
}
