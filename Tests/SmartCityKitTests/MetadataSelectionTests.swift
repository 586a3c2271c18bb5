import Foundation
import XCTest
@testable import SmartCityKit

/// Only the metadata that belongs goes into a report: what the questionnaire declares, never
/// personal data unless kept by name.
final class MetadataSelectionTests: XCTestCase {
    let questionnaire: Questionnaire = QuestionnaireLoader.load(
        path: Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path).questionnaire!

    func testDeclaredMetadataOnlyAndNeverPersonalData() {
        let names = ["name", "Email Address", "IPAddress", "LocationLatitude", "province", "Collector ID", "Population"]
        let selection = MetadataSelection(names: names, questionnaire: questionnaire, keep: [], file: "x.csv")
        XCTAssertEqual(selection.kept.map { names[$0] }, ["name", "province", "Population"], "declared ids match without regard to case")
        XCTAssertEqual(selection.diagnostics.map(\.description), [
            "x.csv: note: left out of the reports as personal data: Email Address, IPAddress, LocationLatitude; keep one with --keep-column NAME",
            "x.csv: note: left out of the reports (not metadata that i-monitor declares): Collector ID; keep one with --keep-column NAME",
        ])
    }

    func testKeepColumnKeepsAndWarnsAboutPersonalData() {
        let names = ["name", "Email Address", "Collector ID"]
        let selection = MetadataSelection(names: names, questionnaire: questionnaire, keep: ["email address", "collector id", "gone"], file: "x.csv")
        XCTAssertEqual(selection.kept.map { names[$0] }, ["name", "Email Address", "Collector ID"])
        XCTAssertEqual(selection.diagnostics.map(\.description), [
            #"x.csv:1:Email Address: warning: column "Email Address" holds personal data; it is copied into the reports because --keep-column names it"#,
            "x.csv: warning: --keep-column gone: the file has no such metadata column",
        ])
    }

    func testAColumnKeptForAnotherOptionIsKeptWithoutAWarningWhenMissing() {
        let names = ["name", "Collector ID"]
        let selection = MetadataSelection(names: names, questionnaire: questionnaire, keep: [], implied: ["collector id", "gemeente"], file: "x.csv")
        XCTAssertEqual(selection.kept.map { names[$0] }, ["name", "Collector ID"])
        XCTAssertEqual(selection.diagnostics.map(\.description), [], "the option that needs \"gemeente\" says it is missing")
    }

    func testWithoutDeclarationsEverythingButPersonalDataIsKept() {
        var undeclared = questionnaire
        undeclared.metadata = nil
        let names = ["name", "e-mail", "wave", "Phone"]
        let selection = MetadataSelection(names: names, questionnaire: undeclared, keep: [], file: "x.csv")
        XCTAssertEqual(selection.kept.map { names[$0] }, ["name", "wave"])
    }

    func testAnExportsPersonalColumnsNeverReachTheReports() throws {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Tests/SmartCityKitTests/Fixtures/exports/surveymonkey.csv").path
        var settings = ScoringRun.Settings()
        settings.keepsAnswerTexts = true
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [path],
            language: "en", options: ReadingOptions(), settings: settings)
            .score { _ in }
        XCTAssertEqual(run.summary.metadataNames, ["Name"])
        let files = try ReportGeneration.renderInMemory(run, formats: OutputFormat.allCases, strings: .english)
        for file in files {
            XCTAssertFalse(file.contents.contains("1.2.3.4"), "\(file.relativePath) holds an IP address")
            XCTAssertFalse(file.contents.contains("IP Address"), file.relativePath)
        }
    }
}
