import Foundation
import XCTest

/// Issue 28 through the binary: a workbook whose sheet part is damaged is refused with the part,
/// line and column, and what is wrong in the run's language.
final class WorkbookPartWordingEndToEndTests: XCTestCase {
    private static let fixtures = "Tests/SmartCityKitTests/Fixtures/workbooks/"

    func testASheetWithAMarkupDeclarationScoredInDutchIsADutchLocatedError() throws {
        let workbook = Self.fixtures + "twelve-entity-in-row-8.xlsx"
        let scored = try EndToEndTests.runBinary(["score", EndToEndTests.questionnaire, workbook, "--lang", "nl",
                                                  "--out", try temporaryFolder().path, "--format", "csv"])
        XCTAssertEqual(scored.status, 1, scored.stderr)
        XCTAssertTrue(scored.stderr.contains("\(workbook): error: xl/worksheets/sheet1.xml:9:1: een opmaakdeclaratie (<!...>) is niet toegestaan in een onderdeel "
                                             + "van een werkmap; het onderdeel is geen welgevormde XML, dus de werkmap is beschadigd of niet door een "
                                             + "rekenbladprogramma geschreven; open ze in het rekenbladprogramma en bewaar ze opnieuw, of bewaar het werkblad als CSV UTF-8\n"),
                      scored.stderr)
        XCTAssertFalse(scored.stderr.contains("markup declaration"), scored.stderr)
    }

    func testASheetCutInHalfValidatedInFrenchSaysItIsCutShortInFrench() throws {
        let validated = try EndToEndTests.runBinary(["validate", EndToEndTests.questionnaire, Self.fixtures + "twelve-cut-in-half.xlsx", "--lang", "fr"])
        XCTAssertEqual(validated.status, 1, validated.stderr)
        XCTAssertTrue(validated.stderr.contains("twelve-cut-in-half.xlsx: error: xl/worksheets/sheet1.xml:7:"), validated.stderr)
        XCTAssertTrue(validated.stderr.contains("\u{202F}: il est tronqué\u{202F}; la partie n’est pas du XML bien formé"), validated.stderr)
    }
}
