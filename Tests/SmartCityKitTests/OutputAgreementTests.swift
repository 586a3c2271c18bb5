import Foundation
import XCTest
@testable import SmartCityKit

/// Outputs that hold the same facts agree: `scores.xlsx` holds what `scores.csv` holds,
/// `item-scores.csv` shows each answer as read beside its decoded code, `comparison.csv` has one
/// `name` column.
final class OutputAgreementTests: XCTestCase {
    /// Scores `text` (a mini-questionnaire responses file) for `item-scores.csv`.
    private func itemRows(_ text: String, settings: ScoringRun.Settings) throws -> (rows: [[String]], run: ScoringRun.Result) {
        let path = Fixtures.temporaryDirectory().appendingPathComponent("smartcity-items.csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let run = ScoringRun(questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [path],
            language: "en", options: ReadingOptions(), settings: settings)
            .score { _ in }
        let files = try ReportGeneration.renderInMemory(run, formats: [.items], strings: .english)
        return (try Fixtures.csvRecords(try XCTUnwrap(files.first).contents), run)
    }

    private static let oddlyWrittenAnswers = """
        id,name,region,A1,A2,A3,B1,B2,B3,B4
        m1,M,R,1e0,DK,yes,=X,p,600,-3
        m2,N,R, 4 ,2,no,y,q,"1,6",1

        """

    func testItemScoresShowEachAnswerAsReadBesideItsDecodedCode() throws {
        var settings = ScoringRun.Settings()
        settings.keepsAnswerTexts = true
        let rows = try itemRows(Self.oddlyWrittenAnswers, settings: settings).rows
        XCTAssertEqual(rows[0], ["id", "question", "dimension", "factor", "weight", "answer", "answer_code", "item_score", "status"])
        func cells(_ id: String, _ question: String) -> [String] {
            rows.first { $0[0] == id && $0[1] == question }.map { [$0[5], $0[6], $0[8]] } ?? []
        }
        XCTAssertEqual(cells("m1", "A1"), ["1e0", "1", "answered"], "a valid answer is not rewritten; its code is")
        XCTAssertEqual(cells("m1", "A2"), ["DK", "dk", "dont-know"], "the non-answer as typed, its code beside it")
        XCTAssertEqual(cells("m1", "B3"), ["600", "", "invalid"], "an invalid answer keeps its cell")
        XCTAssertEqual(cells("m1", "B1"), ["'=X", "", "invalid"], "the cell as read, with the formula guard every CSV cell gets")
        XCTAssertEqual(cells("m1", "B4"), ["-3", "", "invalid"])
        XCTAssertEqual(cells("m2", "A1"), [" 4 ", "4", "answered"], "spaces around the value are kept")
        XCTAssertEqual(cells("m2", "B3"), ["1,6", "1.6", "answered"], "a decimal comma as written")
    }

    func testRawAnswersAreNeutralisedForSpreadsheetsButNegativeNumbersStayNumbers() throws {
        var settings = ScoringRun.Settings()
        settings.keepsAnswerTexts = true
        let run = try itemRows(Self.oddlyWrittenAnswers, settings: settings).run
        let text = try XCTUnwrap(ReportGeneration.renderInMemory(run, formats: [.items], strings: .english).first).contents
        XCTAssertTrue(text.contains("\nm1,B1,beta,f1,0.25,'=X,,,invalid\n"), text)
        XCTAssertTrue(text.contains("\nm1,B4,beta,f2,0.25,-3,,,invalid\n"), text)
        XCTAssertTrue(text.contains("\nm2,A1,alpha,,0.25,\" 4 \",4,75,answered\n"), text)
    }

    func testAJSONAnswerIsShownPlainWithAListsElementsSeparatedBySemicolons() throws {
        let path = Fixtures.temporaryDirectory().appendingPathComponent("smartcity-items.json").path
        try Data(#"[{"id": "m1", "A1": 4, "A2": "DK", "A3": true, "B2": ["p", "q"], "B3": 600}]"#.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var settings = ScoringRun.Settings()
        settings.keepsAnswerTexts = true
        var texts: [String] = []
        _ = ScoringRun(questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [path],
            language: "en", options: ReadingOptions(), settings: settings)
            .score(observe: { respondent, _ in texts = respondent.scoredAnswerTexts }) { _ in }
        XCTAssertEqual(texts, ["4", "DK", "true", "", "p;q", "600", ""], "B1 and B4 are not in the file")
    }

    func testAnAnswerReadFromOneColumnPerOptionShowsItsNonEmptyCellsByColumn() throws {
        var settings = ScoringRun.Settings()
        settings.keepsAnswerTexts = true
        let rows = try itemRows("id,A1,B2[p],B2[q],B2[r]\nm1,3,1,,Y\n", settings: settings).rows
        XCTAssertEqual(rows.first { $0[1] == "B2" }.map { [$0[5], $0[6]] }, ["B2[p]=1;B2[r]=Y", "p;r"])
    }

    func testAnswerTextsTravelThroughTheSpillFileWhenItSpillsToDisk() throws {
        var settings = ScoringRun.Settings()
        settings.keepsAnswerTexts = true
        settings.spillMemoryLimit = 1
        let rows = try itemRows(Self.oddlyWrittenAnswers, settings: settings).rows
        XCTAssertEqual(rows.first { $0[0] == "m1" && $0[1] == "B3" }?[5], "600")
        XCTAssertEqual(rows.first { $0[0] == "m2" && $0[1] == "B3" }?[5], "1,6")
    }

    func testAnswerTextsAreKeptOnlyWhenTheRunAsksForThem() throws {
        let path = Fixtures.temporaryDirectory().appendingPathComponent("smartcity-items.csv").path
        try Data(Self.oddlyWrittenAnswers.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = true
        var kept: [[String]] = []
        let run = ScoringRun(questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [path],
            language: "en", options: ReadingOptions(), settings: settings)
            .score(observe: { respondent, _ in kept.append(respondent.scoredAnswerTexts) }) { _ in }
        XCTAssertFalse(run.layout.keepsAnswerTexts)
        XCTAssertEqual(kept, [[], []], "answers only: no text is made")
        settings.keepsAnswerTexts = true
        kept = []
        _ = ScoringRun(questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [path],
            language: "en", options: ReadingOptions(), settings: settings)
            .score(observe: { respondent, _ in kept.append(respondent.scoredAnswerTexts) }) { _ in }
        XCTAssertEqual(kept.first, ["1e0", "DK", "yes", "=X", "p", "600", "-3"])
    }

    /// Every bundled questionnaire with its sample: the wide sheet of `scores.xlsx`, read back,
    /// equals `scores.csv` cell by cell (numbers as numbers, the maturity type as its label).
    func testTheScoresSheetHoldsWhatScoresCSVHoldsCellByCell() throws {
        for name in ["i-monitor", "smart-city-barometer", "smart-city-dimensions"] {
            let folder = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/\(name)")
            let questionnaire = try XCTUnwrap(QuestionnaireLoader.load(path: folder.appendingPathComponent("questionnaire.json").path).questionnaire)
            let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [folder.appendingPathComponent("sample-responses.csv").path],
                language: "en", options: ReadingOptions())
                .score { _ in }
            let output = MemoryReportOutput()
            try ReportGeneration.render(run, formats: [.csv, .xlsx], strings: .english, output: output)
            let csv = try Fixtures.csvRecords(try XCTUnwrap(output.files.first { $0.relativePath == CSVReportRenderer.wideFile }).contents)
            let workbook = try XCTUnwrap(output.binaryFiles[ScoresWorkbook.file])
            let sheet = try XCTUnwrap(WorkbookReader.read(workbook).first).table
            let cellTypes = try Self.cellTypes(workbook)
            XCTAssertEqual(sheet.count, csv.count, name)
            XCTAssertEqual(sheet[0].count, csv[0].count, "\(name): the same columns")
            let typeColumn = try XCTUnwrap(csv[0].firstIndex(of: "type"))
            let coverageColumn = try XCTUnwrap(csv[0].firstIndex(of: "coverage"))
            XCTAssertEqual(sheet[0][coverageColumn], "Coverage (%)", "a percentage under a heading that says so")
            if questionnaire.hasLevels { XCTAssertTrue(csv[0].contains { $0.hasSuffix("_level") } && sheet[0].count == csv[0].count, name) }
            for (rowIndex, record) in csv.enumerated().dropFirst() {
                let row = sheet[rowIndex] + Array(repeating: "", count: max(0, record.count - sheet[rowIndex].count))
                for (column, expected) in record.enumerated() {
                    let reference = WorkbookWriter.columnName(column) + String(rowIndex + 1), actual = row[column]
                    let place = "\(name) \(reference) (\(csv[0][column]))"
                    if column == typeColumn {
                        XCTAssertEqual(actual, questionnaire.bands.bands.first { $0.id == expected }.map { $0.label.text(in: "en", fallback: "en") } ?? "", place)
                    } else if let number = NumberFormat.parse(Substring(expected)) {
                        if column == coverageColumn {
                            // A percent-formatted cell reads as the percent it shows (WorkbookReader's percent rule).
                            XCTAssertTrue(actual.hasSuffix("%"), place)
                            XCTAssertEqual(Double(actual.dropLast()).map { $0 / 100 } ?? .nan, number, accuracy: 1e-12, place)
                        } else {
                            XCTAssertEqual(Double(actual), number, place)
                        }
                        XCTAssertEqual(cellTypes[reference], column == coverageColumn ? "percent" : "number", "\(place): a number as a number")
                    } else {
                        XCTAssertEqual(actual, CSVWriter.withoutFormulaGuard(expected), place)
                    }
                }
            }
        }
    }

    func testAWorkbookScoreIsTheExactValueRoundedAsScoresCSVWritesIt() {
        XCTAssertEqual(ScoresTable.rounded(Fraction(200, 3)), 66.6667, "66.666... rounds up at the fourth decimal")
        XCTAssertEqual(ScoresTable.rounded(Fraction(5, 100_000)), 0.0001, "exactly half rounds away from zero, not to the nearest double")
        XCTAssertEqual(ScoresTable.rounded(Fraction(-5, 100_000)), -0.0001)
        XCTAssertEqual(ScoresTable.rounded(Fraction(161, 2)), 80.5)
        var cursor = ByteBuffer()
        cursor.appendFixed(Fraction(200, 3), digits: ScoresTable.digits)
        XCTAssertEqual(Double(cursor.string), ScoresTable.rounded(Fraction(200, 3)), "the number the CSV shows")
    }

    /// The type of every cell of the first sheet, by reference: `number`, `percent` (a number in
    /// the percent style) or `text`.
    private static func cellTypes(_ workbook: [UInt8]) throws -> [String: String] {
        let sheet = String(decoding: try XCTUnwrap(ZipArchive.read(workbook)["xl/worksheets/sheet1.xml"]), as: UTF8.self)
        var types: [String: String] = [:]
        for cell in sheet.components(separatedBy: "<c r=\"").dropFirst() {
            let tag = cell.prefix { $0 != ">" }
            let reference = String(tag.prefix { $0 != "\"" })
            types[reference] = tag.contains("t=\"") ? "text" : tag.contains("s=\"3\"") ? "percent" : "number"
        }
        return types
    }

    func testComparisonCSVHasOneNameColumnWhateverTheNameColumnIsCalled() throws {
        let path = Fixtures.temporaryDirectory().appendingPathComponent("smartcity-compare.csv").path
        try Data("id,gemeente,region,A1,A2,A3,B1,B2,B3,B4\nm1,Aalst,R,4,2,yes,y,p,1,1\nm2,Gent,S,2,4,no,x,q,2,0\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        var options = ReadingOptions()
        options.keepColumns = ["gemeente", "region"]
        let comparison = try XCTUnwrap(ComparisonRun.compare(questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q", sha256: ""),
                                                             responsePaths: [path], language: "en", options: options, settings: ComparisonRun.Settings()) { _ in }.value)
        let output = MemoryReportOutput()
        try ComparisonRun.write(comparison, formats: [.csv], strings: .english, output: output)
        let tidy = try Fixtures.csvRecords(try XCTUnwrap(output.files.first { $0.relativePath == "comparison.csv" }).contents)
        XCTAssertEqual(Array(tidy[0].prefix(4)), ["id", "name", "region", "measure"])
        XCTAssertEqual(Array(tidy[1].prefix(4)), ["m1", "Aalst", "R", "total"], "the name column's value under name, once")
    }
}
