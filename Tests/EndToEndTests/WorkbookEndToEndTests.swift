import Foundation
import XCTest

/// Workbooks through the binary: the percent rule, and broken sheets refused whole.
final class WorkbookEndToEndTests: XCTestCase {
    private static let fixtures = "Tests/SmartCityKitTests/Fixtures/workbooks/"

    private func run(_ arguments: [String]) throws -> EndToEndTests.Run { try EndToEndTests.runBinary(arguments) }

    /// The template of `smartcity template --format xlsx` with "4 %" typed for CA03 (stored as
    /// 0.04 with the built-in format 9, as a spreadsheet stores it).
    func testAPercentTypedForCA03ScoresAsThatPercent() throws {
        let folder = try temporaryFolder()
        let scored = try run(["score", EndToEndTests.questionnaire, Self.fixtures + "ca03-percent.xlsx", "--format", "items", "--out", folder.path])
        XCTAssertEqual(scored.status, 0, scored.stderr)
        let items = try String(contentsOf: folder.appendingPathComponent("item-scores.csv"), encoding: .utf8)
        XCTAssertTrue(items.contains("\nm1,CA03,capacity,,0.2,4%,4,100,answered\n"), "the cell as read, 4 %, its answer 4: \(items)")
    }

    func testASheetCutInHalfOrWithAnEntityDeclarationIsRefusedWhole() throws {
        let folder = try temporaryFolder()
        let whole = try run(["score", EndToEndTests.questionnaire, Self.fixtures + "twelve.xlsx", "--format", "csv", "--out", folder.path])
        XCTAssertTrue(whole.stdout.contains("12 respondenten gescoord"), whole.stdout + whole.stderr)
        for (name, place) in [("twelve-cut-in-half.xlsx", "xl/worksheets/sheet1.xml:7:"), ("twelve-entity-in-row-8.xlsx", "xl/worksheets/sheet1.xml:9:1: a markup declaration")] {
            let refused = try run(["validate", EndToEndTests.questionnaire, Self.fixtures + name])
            XCTAssertEqual(refused.status, 1, name)
            XCTAssertTrue(refused.stderr.contains("\(name): error: \(place)"), refused.stderr)
            XCTAssertTrue(refused.stderr.contains("save it again"), refused.stderr)
        }
    }
}
