import Foundation
import XCTest
@testable import SmartCityKit

final class ResponseGeneratorTests: XCTestCase {
    func testGeneratorWritesValidResponsesForEveryBundledQuestionnaire() throws {
        for id in ["i-monitor", "smart-city-dimensions", "smart-city-barometer"] {
            let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/\(id)/questionnaire.json").path
            let questionnaire = try XCTUnwrap(QuestionnaireLoader.load(path: path).questionnaire)
            var generator = ResponseGenerator(questionnaire: questionnaire, seed: 4)
            let text = generator.header() + (0..<40).map { _ in generator.nextRow() }.joined()
            let checked = ResponseChecker.check(path: Fixtures.write(text, name: "\(id).csv"), questionnaire: questionnaire, options: ReadingOptions())
            XCTAssertEqual(checked.value, 40, id)
            XCTAssertEqual(checked.diagnostics.map(\.description), [], id)
        }
    }

    func testGeneratorIsDeterministicAndValid() throws {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path
        let questionnaire = try XCTUnwrap(QuestionnaireLoader.load(path: path).questionnaire)
        var first = ResponseGenerator(questionnaire: questionnaire, seed: 9)
        var second = ResponseGenerator(questionnaire: questionnaire, seed: 9)
        let rows = (0..<50).map { _ in first.nextRow() }
        XCTAssertEqual(rows, (0..<50).map { _ in second.nextRow() })
        let text = first.header() + rows.joined()
        let file = Fixtures.write(text, name: "generated.csv")
        let checked = ResponseChecker.check(path: file, questionnaire: questionnaire, options: ReadingOptions())
        XCTAssertEqual(checked.value, 50)
        XCTAssertEqual(checked.diagnostics, [])
    }

    func testRowsWrittenInParallelChunksEqualRowsWrittenOneByOne() throws {
        // More rows than one batch of chunks on every core, and not a multiple of a chunk.
        let count = 2 * max(1, ProcessInfo.processInfo.activeProcessorCount) * ResponseGenerator.chunkRows + 1_234
        var parallel = ResponseGenerator(questionnaire: Fixtures.mini, seed: 5)
        var oneByOne = ResponseGenerator(questionnaire: Fixtures.mini, seed: 5)
        let path = Fixtures.temporaryDirectory().appendingPathComponent("parallel.csv").path
        let output = try XCTUnwrap(TextOutput.open(path: path, force: true).value)
        parallel.write(count: count, to: output)
        XCTAssertNil(output.finish())
        let expected = oneByOne.header() + (0..<count).map { _ in oneByOne.nextRow() }.joined()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), expected)
        XCTAssertEqual(parallel.nextRow(), oneByOne.nextRow(), "numbering goes on after a write")
        let number = String(count + 2)
        XCTAssertTrue(parallel.nextRow().hasPrefix("gen-" + String(repeating: "0", count: max(0, 6 - number.count)) + number + ","), "ids count on")
    }

    func testRowsOfOneSeedDifferAndSeedsDiffer() {
        var generator = ResponseGenerator(questionnaire: Fixtures.mini, seed: 5)
        let first = generator.nextRow(), second = generator.nextRow()
        var other = ResponseGenerator(questionnaire: Fixtures.mini, seed: 6)
        XCTAssertNotEqual(first.dropFirst(11), second.dropFirst(11), "rows differ")
        XCTAssertNotEqual(first, other.nextRow(), "seeds differ")
    }

    func testCodesThatStartLikeFormulasAreNeutralisedAndReadBack() throws {
        var text = Fixtures.replacing(#""code": "x""#, with: #""code": "=x""#)
        text = Fixtures.replacing(#""code": "p""#, with: #""code": "+p""#, in: text)
        text = Fixtures.replacing(#""code": "q""#, with: #""code": "-q""#, in: text)
        let loaded = Fixtures.load(text)
        let questionnaire = try XCTUnwrap(loaded.questionnaire, "\(loaded.diagnostics)")
        var generator = ResponseGenerator(questionnaire: questionnaire, seed: 3)
        let path = Fixtures.temporaryDirectory().appendingPathComponent("formulas.csv").path
        let output = try XCTUnwrap(TextOutput.open(path: path, force: true).value)
        generator.write(count: 500, to: output)
        XCTAssertNil(output.finish())
        let written = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(written.contains(",'=x,"), "a choice alone")
        XCTAssertTrue(written.contains(",'+p;-q,"), "a list of codes, neutralised as one cell")
        XCTAssertFalse(written.contains(",=x,") || written.contains(",+p") || written.contains(",-q"))
        let checked = ResponseChecker.check(path: path, questionnaire: questionnaire, options: ReadingOptions())
        XCTAssertEqual(checked.value, 500)
        XCTAssertEqual(checked.diagnostics.map(\.description), [])
    }
}
