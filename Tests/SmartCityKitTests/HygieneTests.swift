import Foundation
import XCTest
@testable import SmartCityKit

/// Hostile questionnaires and inputs: formulas in ids and texts never reach a CSV unneutralised,
/// ids that slug alike get files of their own, terminal output carries no raw control
/// characters, and duplicate JSON keys are refused.
final class HygieneTests: XCTestCase {
    /// The mini questionnaire whose dimension, question, band and factor ids and a label start
    /// with formula characters, and a responses file with those question ids.
    static func hostileInput() throws -> (questionnaire: Questionnaire, responses: String) {
        var text = Fixtures.questionnaire
        for (old, new) in [("\"alpha\"", "\"=HYPERLINK(1)\""), ("\"A1\"", "\"+A1\""), ("\"low\"", "\"@low\""), ("\"f1\"", "\"-f1\""),
                           ("\"Beta\"", "\"=Beta\"")] {
            text = text.replacingOccurrences(of: old, with: new)
        }
        let questionnaire = try XCTUnwrap(Fixtures.load(text).questionnaire, "\(Fixtures.load(text).diagnostics)")
        let responses = try String(contentsOf: RenderingTests.fixtureFolder.appendingPathComponent("mini-responses.csv"), encoding: .utf8)
            .replacingOccurrences(of: "id,name,region,A1,", with: "id,name,=region,+A1,")
        return (questionnaire, Fixtures.write(responses, name: "responses.csv"))
    }

    /// The hostile input scored.
    static func hostileRun() throws -> ScoringRun.Result {
        let input = try hostileInput()
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = true
        return ScoringRun.score(questionnaire: input.questionnaire, questionnaireFile: SourceFile(path: "q.json", sha256: "0"),
                                responsePaths: [input.responses], language: "en", options: ReadingOptions(), settings: settings) { _ in }
    }

    /// Every field of a CSV text, unquoted, per line (enough for the rows these tests write).
    static func fields(_ csv: String) -> [String] {
        csv.split(separator: "\n").flatMap { line in
            line.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        }
    }

    /// Fails for a field that a spreadsheet would read as a formula (negative numbers aside).
    static func assertNoFormula(_ csv: String, _ name: String, file: StaticString = #filePath, line: UInt = #line) {
        for field in fields(csv) {
            guard let first = field.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { continue }
            XCTAssertNotNil(Double(field), "\(name): the field \(field) reaches a spreadsheet as a formula", file: file, line: line)
        }
    }

    func testQuestionnaireIDsAndTextsAreNeutralisedInEveryScoreCSV() throws {
        let run = try Self.hostileRun()
        let files = try ReportGeneration.renderInMemory(run, formats: [.csv, .items], strings: .english)
        XCTAssertEqual(Set(files.map(\.relativePath)), ["scores.csv", "scores-long.csv", "item-scores.csv"])
        for file in files { Self.assertNoFormula(file.contents, file.relativePath) }
        let wide = try XCTUnwrap(files.first { $0.relativePath == "scores.csv" }).contents
        XCTAssertTrue(wide.hasPrefix("id,name,'=region,'=HYPERLINK(1),beta,total,type,coverage,rank\n"), wide)
        let long = try XCTUnwrap(files.first { $0.relativePath == "scores-long.csv" }).contents
        XCTAssertTrue(long.contains(",'=HYPERLINK(1),"), long)
        XCTAssertTrue(long.contains(",'@low,"), long)
        let items = try XCTUnwrap(files.first { $0.relativePath == "item-scores.csv" }).contents
        XCTAssertTrue(items.contains("north,'+A1,'=HYPERLINK(1),,"), items)
        XCTAssertTrue(items.contains(",B1,beta,'-f1,"), items)
    }

    func testQuestionnaireIDsAreNeutralisedInTheComparisonAndStatisticsCSVs() throws {
        let input = try Self.hostileInput()
        let compared = ComparisonRun.compare(questionnaire: input.questionnaire, questionnaireFile: SourceFile(path: "q.json", sha256: "0"),
                                             responsePaths: [input.responses], language: "en", options: ReadingOptions(),
                                             settings: ComparisonRun.Settings()) { _ in }
        let comparison = try XCTUnwrap(compared.value)
        let files = ComparisonCSVRenderer().render(comparison)
        for (name, contents) in files { Self.assertNoFormula(contents, name) }
        let ranks = try XCTUnwrap(files.first { $0.name == "ranks.csv" }).contents
        XCTAssertTrue(ranks.hasPrefix("id,name,total,band,rank,'=HYPERLINK(1)_rank,beta_rank,"), ranks)
        XCTAssertTrue(try XCTUnwrap(files.first { $0.name == "comparison.csv" }).contents.contains(",'=HYPERLINK(1),"))
        let analysed = StatisticsRun.analyse(questionnaire: input.questionnaire, questionnaireFile: SourceFile(path: "q.json", sha256: "0"),
                                             responsePaths: [input.responses], language: "en", options: ReadingOptions(),
                                             settings: StatisticsRun.Settings()) { _ in }
        let statistics = StatisticsCSVRenderer().render(try XCTUnwrap(analysed.value))
        for (name, contents) in statistics { Self.assertNoFormula(contents, name) }
        let template = TemplateRenderer(questionnaire: input.questionnaire, language: "en").csv()
        XCTAssertEqual(template.split(separator: "\n").first, "id,name,'+A1,A2,A3,B1,B2,B3,B4")
    }

    func testAFieldIsEncodedOnceWhateverItHolds() {
        var writer = CSVWriter()
        writer.row(["=x", "a,b", "-1e-05", "-2.5", "-inf", "plain", ""])
        XCTAssertEqual(writer.text, "'=x,\"a,b\",-1e-05,-2.5,'-inf,plain,\n", "negative numbers in any notation stay numbers")
    }
}
