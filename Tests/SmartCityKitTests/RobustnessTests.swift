import Foundation
import XCTest
@testable import SmartCityKit

/// Random and damaged input never crashes a reader: it is read or reported, never trapped on.
/// Deterministic (seeded), so a failure reproduces.
final class RobustnessTests: XCTestCase {
    private func randomBytes(_ random: inout SplitMix64, alphabet: [UInt8], maximumLength: Int) -> [UInt8] {
        (0..<Int(random.next() % UInt64(maximumLength))).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
    }

    func testCSVReaderOnRandomInput() {
        var random = SplitMix64(seed: 11)
        let alphabet = Array("ab,;\t|\"\r\n 1é".utf8) + [0xEF, 0xBB, 0xBF, 0xFF, 0x00]
        for _ in 0..<2000 {
            let bytes = randomBytes(&random, alphabet: alphabet, maximumLength: 80)
            var reader = CSVReader(source: TrickleByteSource(bytes: bytes, size: 1 + Int(random.next() % 7)))
            var records = 0
            do {
                while try reader.next() != nil { records += 1 }
            } catch {
                XCTAssertTrue(error is CSVSyntaxError)
            }
            XCTAssertLessThanOrEqual(records, bytes.count + 1)
        }
    }

    func testJSONParserAndNumberParsingOnRandomInput() {
        var random = SplitMix64(seed: 12)
        let alphabet = Array("{}[]:,\"\\ntrufalse0123456789.-+eE \n".utf8) + [0xC3, 0xA9, 0xFF]
        for _ in 0..<3000 {
            let bytes = randomBytes(&random, alphabet: alphabet, maximumLength: 60)
            do {
                _ = try JSONParser.parse(bytes)
            } catch {
                XCTAssertGreaterThanOrEqual(error.line, 1)
                XCTAssertGreaterThanOrEqual(error.column, 1)
            }
            _ = NumberFormat.parse(Substring(String(decoding: bytes, as: UTF8.self)))
        }
        XCTAssertThrowsError(try JSONParser.parse(Array(String(repeating: "[", count: 10_000).utf8)), "deep nesting is refused, not a stack overflow")
    }

    /// Single-byte damage to a questionnaire loads or is reported.
    func testDamagedQuestionnairesAreReported() throws {
        let url = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json")
        var random = SplitMix64(seed: 13)
        let replacements = Array("{}[]:,\"x0- ".utf8)
        for (original, attempts) in [(Array(Fixtures.descriptiveQuestionnaire.utf8), 400), ([UInt8](try Data(contentsOf: url)), 40)] {
            for _ in 0..<attempts {
                var damaged = original
                let position = Int(random.next() % UInt64(damaged.count))
                damaged[position] = replacements[Int(random.next() % UInt64(replacements.count))]
                let result = QuestionnaireLoader.load(bytes: damaged, path: "q.json")
                if result.questionnaire == nil {
                    XCTAssertTrue(result.diagnostics.contains { $0.severity == .error }, "an invalid questionnaire says why")
                }
            }
        }
    }

    /// Random cells against every question type are scored or reported, never trapped on.
    func testRandomResponsesAreReadOrReported() throws {
        var random = SplitMix64(seed: 14)
        let questionnaire = Fixtures.load(Fixtures.descriptiveQuestionnaire).questionnaire!
        let header = ["id"] + questionnaire.questions.map(\.id)
        let pieces = ["", "1", "2.5", "-3", "dk", "NA", "yes", "x", "p;q", "p;zz", "1,000", "#not-shown", "é", "\"", ";"]
        var text = header.joined(separator: ",") + "\n"
        for row in 0..<300 {
            let cells = questionnaire.questions.map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }
            text += (["r\(row)"] + cells.map(CSVWriter.text)).joined(separator: ",") + "\n"
        }
        let path = Fixtures.write(text, name: "random.csv")
        let checked = ResponseChecker.check(path: path, questionnaire: questionnaire, options: ReadingOptions())
        XCTAssertEqual(checked.rows, 300)
        XCTAssertFalse(checked.diagnostics.isEmpty)
        var settings = ScoringRun.Settings()
        settings.keepsAnswerTexts = true
        let run = ScoringRun.score(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""),
                                   responsePaths: [path], language: "en", options: ReadingOptions(), settings: settings) { _ in }
        XCTAssertEqual(run.summary.respondentCount, 300)
        let files = try ReportGeneration.renderInMemory(run, formats: OutputFormat.allCases, strings: .english)
        XCTAssertEqual(files.count, 4 * 300 + 7,
                       "a Markdown report, a radar, a page and a council page per respondent, summary in Markdown and HTML, two CSV files, descriptive.csv, item-scores.csv and JSON")
    }
}
