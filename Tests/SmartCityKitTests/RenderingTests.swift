import Foundation
import XCTest
@testable import SmartCityKit

/// Golden files for every report format. Re-record with `SMARTCITY_RECORD_GOLDEN=1 swift test`.
final class RenderingTests: XCTestCase {
    static let fixtureFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    /// The fixture cohort scored with the mini questionnaire.
    static func report(language: String = "en", keepingAnswers: Bool = true) -> (ScoringRun.Result, [Diagnostic]) {
        let questionnaireText = Fixtures.questionnaire
        let responses = fixtureFolder.appendingPathComponent("mini-responses.csv").path
        var diagnostics: [Diagnostic] = []
        var settings = ScoringRun.Settings()
        settings.keepsAnswerTexts = keepingAnswers
        let run = ScoringRun(questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "Questionnaires/mini/questionnaire.json", sha256: SHA256.hex(of: Array(questionnaireText.utf8))), responsePaths: [responses],
            language: language, options: ReadingOptions(), settings: settings)
            .score { diagnostics += $0 }
        return (run, diagnostics)
    }

    /// Every file of one format, rendered in memory.
    static func render(_ format: OutputFormat, _ run: ScoringRun.Result, _ strings: ReportStrings = .english) throws -> [RenderedFile] {
        try ReportGeneration.renderInMemory(run, formats: [format], strings: strings)
    }

    /// Replaces what differs between machines and releases by placeholders.
    static func stable(_ text: String) -> String {
        text.replacingOccurrences(of: fixtureFolder.path + "/", with: "<fixtures>/")
            .replacingOccurrences(of: "smartcity \(version)", with: "smartcity <version>")
    }

    private func assertGolden(_ files: [RenderedFile], prefix: String = "", file: StaticString = #filePath, line: UInt = #line) throws {
        try GoldenFiles.assertEqual(files, prefix: prefix, file: file, line: line)
    }

    func testFixtureDiagnostics() throws {
        let (run, diagnostics) = Self.report()
        XCTAssertEqual(diagnostics.map { Self.stable($0.description) }, [
            "<fixtures>/mini-responses.csv:7: error: row 7 (line 7) has 4 fields but the header has 10; check for a missing or extra delimiter or an unquoted delimiter inside a value. The row is left out."
        ])
        var inputOrder: [String] = [], ranks: [String: Int] = [:]
        try run.forEachRespondent { ranked in
            inputOrder.append(ranked.respondent.id)
            ranks[ranked.respondent.id] = ranked.rank
        }
        XCTAssertEqual(inputOrder, ["north", "south", "east", "west", "tie"], "input order")
        XCTAssertEqual(run.summary.ranking.map(\.id), ["south", "north", "east", "tie", "west"])
        XCTAssertEqual(run.summary.ranking.map(\.rank), [1, 2, 3, 4, 4], "equal totals share a rank")
        XCTAssertEqual(ranks, ["south": 1, "north": 2, "east": 3, "tie": 4, "west": 4], "each report names the same rank")
    }

    func testMarkdownGolden() throws {
        try assertGolden(Self.render(.markdown, Self.report().0))
    }

    func testMarkdownGoldenInDutch() throws {
        let files = try Self.render(.markdown, Self.report(language: "nl").0, .dutch)
        try assertGolden(files.filter { $0.relativePath == "summary.md" || $0.relativePath == "municipalities/south.md" }, prefix: "nl/")
    }

    /// `score --format html`: the summary and each municipality as one self-contained page, in the
    /// report language, with the radar inline and the same text as the Markdown.
    func testHTMLGoldenInDutch() throws {
        let files = try Self.render(.html, Self.report(language: "nl").0, .dutch)
        XCTAssertEqual(files.map(\.relativePath).sorted(),
                       ["east", "north", "south", "tie", "west"].flatMap { ["municipalities/\($0).council.html", "municipalities/\($0).html"] } + ["summary.html"])
        try assertGolden(files.filter { ["summary.html", "municipalities/south.html", "municipalities/south.council.html"].contains($0.relativePath) }, prefix: "nl/")
        let south = try XCTUnwrap(files.first { $0.relativePath == "municipalities/south.html" }).contents
        XCTAssertTrue(south.hasPrefix("<!DOCTYPE html>\n<html lang=\"nl\">"))
        XCTAssertTrue(south.contains("<figure><svg "), "the radar is drawn in the page")
        XCTAssertFalse(south.contains("<script") || south.contains("src=") || south.contains("<link"), "no scripts, no external resources")
        let markdown = try XCTUnwrap(Self.render(.markdown, Self.report(language: "nl").0, .dutch).first { $0.relativePath == "municipalities/south.md" })
        for line in markdown.contents.split(separator: "\n") where line.hasPrefix("## ") {
            XCTAssertTrue(south.contains(">\(line.dropFirst(3))</h2>"), "section \(line) is in the page too")
        }
    }

    /// `score --format items`: a row per respondent and scored question, with the weights that
    /// make each dimension score the weighted mean of its answered item scores.
    func testItemScoresGolden() throws {
        let (run, _) = Self.report()
        let files = try Self.render(.items, run)
        XCTAssertEqual(files.map(\.relativePath), ["item-scores.csv"])
        try assertGolden(files)
        let rows = try Fixtures.csvRecords(files[0].contents).dropFirst()
        XCTAssertEqual(rows.count, 5 * Fixtures.mini.scoredQuestionIndices.count)
        var respondents: [String: RespondentScore] = [:]
        try run.forEachRespondent { respondents[$0.respondent.id] = $0.respondent.score }
        for (id, score) in respondents {
            for (position, dimension) in Fixtures.mini.dimensions.enumerated() {
                let answered = rows.filter { $0[0] == id && $0[2] == dimension.id && $0[8] == "answered" }
                let weights = answered.map { Double($0[4])! }, items = answered.map { Double($0[7])! }
                guard let expected = score.dimensions[position].score else { continue }
                let mean = zip(weights, items).map(*).reduce(0, +) / weights.reduce(0, +)
                XCTAssertEqual(mean, expected, accuracy: 1e-9, "\(id) \(dimension.id): the weighted mean of the item scores is the dimension score")
            }
        }
    }

    func testCSVGolden() throws {
        try assertGolden(Self.render(.csv, Self.report().0))
    }

    func testJSONGolden() throws {
        try assertGolden(Self.render(.json, Self.report().0))
    }

    /// Every JSON report parses with our strict RFC 8259 parser (no NaN, no infinity, no bare words).
    func testJSONReportsAreStrictJSON() throws {
        var files = try Self.render(.json, Self.report().0)
        let questionnaire = try XCTUnwrap(Fixtures.load(Fixtures.descriptiveQuestionnaire).questionnaire)
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "d.json", sha256: "0"), responsePaths: [Self.fixtureFolder.appendingPathComponent("descriptive-responses.csv").path],
            language: "en", options: ReadingOptions())
            .score { _ in }
        files += try ReportGeneration.renderInMemory(run, formats: [.json], strings: .english)
        for file in files {
            XCTAssertNoThrow(try JSONParser.parse(Array(file.contents.utf8)), file.relativePath)
            XCTAssertFalse(file.contents.contains("NaN") || file.contents.contains("inf"), file.relativePath)
        }
    }

    func testDescriptiveGolden() throws {
        let questionnaire = try XCTUnwrap(Fixtures.load(Fixtures.descriptiveQuestionnaire).questionnaire)
        var diagnostics: [Diagnostic] = []
        var settings = ScoringRun.Settings()
        settings.keepsAnswerTexts = true
        let report = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "descriptive.json", sha256: "0"), responsePaths: [Self.fixtureFolder.appendingPathComponent("descriptive-responses.csv").path],
            language: "en", options: ReadingOptions(), settings: settings)
            .score { diagnostics += $0 }
        XCTAssertEqual(diagnostics, [])
        let files = try ReportGeneration.renderInMemory(report, formats: OutputFormat.allCases, strings: .english)
        XCTAssertTrue(files.contains { $0.relativePath == "descriptive.csv" })
        try assertGolden(files.filter { ["summary.md", "municipalities/one.md", "scores.csv", "scores-long.csv", "descriptive.csv", "scores.json"].contains($0.relativePath) },
                         prefix: "descriptive/")
    }

    func testCSVAndJSONAreTheSameInEveryLanguage() throws {
        let english = Self.report(language: "en").0, dutch = Self.report(language: "nl").0
        XCTAssertEqual(try Self.render(.csv, english), try Self.render(.csv, dutch, .dutch))
        let json = { (report: ScoringRun.Result, strings: ReportStrings) in
            try Self.render(.json, report, strings)[0].contents.replacingOccurrences(of: "\"language\": \"nl\"", with: "\"language\": \"en\"")
        }
        XCTAssertEqual(try json(english, .english), try json(dutch, .dutch))
    }

    func testMarkdownEscaping() {
        XCTAssertEqual(MarkdownDocumentWriter.escape("a|b <script>&x</script> *y* [z](u) `c` \\ _d_\nnext"),
                       "a\\|b &lt;script&gt;&amp;x&lt;/script&gt; \\*y\\* \\[z](u) \\`c\\` \\\\ \\_d\\_ next")
    }

    func testCSVCellsAreSafeInSpreadsheets() {
        XCTAssertEqual(CSVWriter.text("=SUM(A1)"), "'=SUM(A1)")
        XCTAssertEqual(CSVWriter.text("+32 9 123"), "'+32 9 123")
        XCTAssertEqual(CSVWriter.text("-x"), "'-x")
        XCTAssertEqual(CSVWriter.text("-3"), "-3", "a negative number is data")
        XCTAssertEqual(CSVWriter.text("-1+2"), "'-1+2")
        XCTAssertEqual(CSVWriter.text("@me"), "'@me")
        XCTAssertEqual(CSVWriter.text("\tx"), "'\tx")
        XCTAssertEqual(CSVWriter.text("\rx"), "\"'\rx\"")
        XCTAssertEqual(CSVWriter.text("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVWriter.text("say \"hi\""), "\"say \"\"hi\"\"\"")
        XCTAssertEqual(CSVWriter.text("plain"), "plain")
        XCTAssertEqual(CSVWriter.text("a\u{0}b"), "a\u{FFFD}b", "NUL is never copied into a report")
    }

    func testNameColumnIsFoundByWord() {
        XCTAssertEqual(CohortSummary.nameColumn(in: ["region", "Naam"]), 1)
        XCTAssertEqual(CohortSummary.nameColumn(in: ["Horodateur", "Nom de la commune"]), 1)
        XCTAssertEqual(CohortSummary.nameColumn(in: ["municipality name", "name"]), 1, "an exact name wins")
        XCTAssertNil(CohortSummary.nameColumn(in: ["Number of staff", "renamed"]))
    }

    func testRespondentFileNamesAreUniqueSlugs() {
        XCTAssertEqual(Slug.make("Liège / Luik"), "liege-luik")
        XCTAssertEqual(Slug.make("  Sint-Niklaas!!"), "sint-niklaas")
        XCTAssertEqual(Slug.make("日本"), "")
        let long = Slug.make(String(repeating: "gemeente-", count: 30))
        XCTAssertLessThanOrEqual(long.utf8.count, 89, "a long id gives a file name every file system takes")
        XCTAssertNotEqual(long, Slug.make(String(repeating: "gemeente-", count: 31)), "long ids that share a start stay apart")
    }

    func testReportLanguageFallsBack() {
        let questionnaire = Fixtures.mini
        let french = ReportLanguage.resolve(requested: "fr", environment: [:], questionnaire: questionnaire, file: "q.json")
        XCTAssertEqual(french.code, "en")
        XCTAssertEqual(french.strings.languageCode, "en")
        XCTAssertEqual(french.diagnostics.map(\.description), [
            #"q.json: warning: the questionnaire has no texts in "fr" (it has en, nl); the texts are in its default language "en""#
        ])
        XCTAssertEqual(ReportLanguage.resolve(requested: "nl", environment: [:], questionnaire: questionnaire, file: "q.json").strings.languageCode, "nl")
        XCTAssertEqual(ReportLanguage.resolve(requested: nil, environment: [:], questionnaire: questionnaire, file: "q.json").diagnostics, [])
    }

    /// Every GFM table has as many cells in each row as in its header (escaped pipes included).
    func testMarkdownTablesHaveConsistentColumns() throws {
        let files = try Self.render(.markdown, Self.report().0)
        XCTAssertFalse(files.isEmpty)
        for file in files {
            var expected: Int?
            for line in file.contents.split(separator: "\n", omittingEmptySubsequences: false) {
                guard line.hasPrefix("|") else { expected = nil; continue }
                let cells = Self.tableCells(line)
                if let expected {
                    XCTAssertEqual(cells, expected, "\(file.relativePath): \(line)")
                } else {
                    expected = cells
                }
            }
        }
    }

    /// Cells in a table row: pipes not escaped by a backslash, minus the outer two.
    static func tableCells(_ line: Substring) -> Int {
        var count = 0, escaped = false
        for character in line {
            if escaped { escaped = false; continue }
            if character == "\\" { escaped = true } else if character == "|" { count += 1 }
        }
        return count - 1
    }
}
