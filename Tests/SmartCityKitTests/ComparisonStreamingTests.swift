import Foundation
import XCTest
@testable import SmartCityKit

/// What `compare` keeps and writes: the CSV and JSON files streamed in parts equal to the files
/// written whole, the radar charts per municipality only for those charted, and what `--previous`
/// and target answers keep per id.
final class ComparisonStreamingTests: XCTestCase {
    /// The README's comparison (`Reports/examples/i-monitor/compare/`, written whole by the
    /// renderers before they streamed): two waves of the samples, by area, three selected.
    private func committedExampleComparison() throws -> Comparison {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path
        let loaded = QuestionnaireLoader.load(path: path)
        var settings = ComparisonRun.Settings()
        settings.grouping = PeerGrouping(column: "area")
        settings.selection = ["scheldestad", "kempenrode", "polderveld"]
        settings.earlierWaves = [WaveSource(label: "2023", paths: [Fixtures.iMonitorFile("sample-responses.csv")])]
        settings.currentWave = "2024"
        let compared = ComparisonRun.compare(
            questionnaire: try XCTUnwrap(loaded.questionnaire), questionnaireFile: SourceFile(path: path, sha256: loaded.sha256),
            responsePaths: [Fixtures.iMonitorFile("sample-responses-2024.csv")], language: "en", options: ReadingOptions(), settings: settings) { _ in }
        return try XCTUnwrap(compared.value)
    }

    /// The files a renderer wrote, by name, and how many parts each was appended in.
    private final class CountingOutput: ReportOutput {
        let memory = MemoryReportOutput()
        var parts: [String: Int] = [:]
        func write(_ contents: String, to relativePath: String) throws { try memory.write(contents, to: relativePath) }
        func append(_ text: String, to relativePath: String) throws {
            parts[relativePath, default: 0] += 1
            try memory.append(text, to: relativePath)
        }
        func append(_ bytes: ByteBuffer, to relativePath: String) throws { try append(bytes.string, to: relativePath) }
        func write(bytes: [UInt8], to relativePath: String) throws { try memory.write(bytes: bytes, to: relativePath) }
        func append(bytes: [UInt8], to relativePath: String) throws { try memory.append(bytes: bytes, to: relativePath) }
    }

    /// The committed example's CSV and JSON streamed in parts of one byte, made in pieces of
    /// `municipalitiesPerPiece`, checked equal to the committed files; the output, to count its parts.
    private func streamCommittedExample(municipalitiesPerPiece: Int) throws -> CountingOutput {
        let comparison = try committedExampleComparison()
        let output = CountingOutput()
        try ComparisonCSVRenderer(partSize: 1, rowsPerPiece: municipalitiesPerPiece).write(comparison, to: output)
        try ComparisonJSONRenderer(partSize: 1, elementsPerPiece: municipalitiesPerPiece).write(comparison, to: output)
        try assertCommittedFiles(output.memory)
        return output
    }

    func testCSVAndJSONStreamedRowByRowEqualTheCommittedWholeFiles() throws {
        let output = try streamCommittedExample(municipalitiesPerPiece: 1)
        // A part per municipality's rows (and the rest), per municipality and id in the JSON: really written in parts.
        XCTAssertEqual(output.parts["ranks.csv"], 1 + 12 + 1)
        XCTAssertEqual(output.parts["comparison.csv"], 1 + 12 + 1)
        XCTAssertGreaterThan(try XCTUnwrap(output.parts["comparison.json"]), 12 * 3)
    }

    func testCSVAndJSONMadeInUnevenPiecesOnEveryCoreEqualTheCommittedWholeFiles() throws {
        // 12 municipalities in pieces of 5, 5 and 2: made on every core, handed on in order.
        let output = try streamCommittedExample(municipalitiesPerPiece: 5)
        XCTAssertEqual(output.parts["ranks.csv"], 1 + 3 + 1)
    }

    /// The README's committed comparison files, each equal to the one in `memory`.
    private func assertCommittedFiles(_ memory: MemoryReportOutput, file: StaticString = #filePath, line: UInt = #line) throws {
        let examples = Fixtures.repositoryRoot.appendingPathComponent("Reports/examples/i-monitor/compare")
        XCTAssertEqual(memory.files.map(\.relativePath), ["comparison.csv", "ranks.csv", "groups.csv", "waves.csv", "comparison.json"],
                       file: file, line: line)
        for written in memory.files {
            let committed = try String(contentsOf: examples.appendingPathComponent(written.relativePath), encoding: .utf8)
            XCTAssertEqual(written.contents, committed, "\(written.relativePath) streamed differs from the file written whole", file: file, line: line)
        }
    }

    func testDefaultPartSizeWritesASmallComparisonInOnePartPerFile() throws {
        let comparison = try committedExampleComparison()
        let output = CountingOutput()
        try ComparisonCSVRenderer().write(comparison, to: output)
        try ComparisonJSONRenderer().write(comparison, to: output)
        XCTAssertEqual(output.parts, ["comparison.csv": 1, "ranks.csv": 1, "groups.csv": 1, "waves.csv": 1, "comparison.json": 1])
    }

    func testTheWritingCounterCountsEachMunicipalityOnceInEachFormatButSVGAndEndsAtTheTotal() throws {
        let comparison = try committedExampleComparison()
        var heard: [(Int, Int)] = []
        try ComparisonRun.write(comparison, formats: [.csv, .svg, .json, .markdown, .html, .xlsx], strings: .english, output: MemoryReportOutput()) {
            heard.append(($0, $1))
        }
        let total = 5 * comparison.respondents.count
        XCTAssertEqual(heard.map(\.1), Array(repeating: total, count: heard.count))
        XCTAssertEqual(heard.map(\.0), Array(1...total).flatMap { $0 % comparison.respondents.count == 0 ? [$0, $0] : [$0] },
                       "one step per municipality, and each format's end")
    }

    /// A cohort of `count` municipalities with distinct totals (ids m01, m02, ...).
    private func cohort(_ count: Int, selection: [Int]? = nil) -> Comparison {
        let respondents = (1...count).map { index in
            ComparedRespondent(id: String(format: "m%02d", index), name: "M\(index)", metadata: [], dimensionScores: [Fraction(index), Fraction(100 - index)],
                               total: Fraction(index), bandID: "low")
        }
        return Comparison(summary: RenderingTests.report().0.summary, respondents: respondents, selected: selection)
    }

    private func radarFiles(_ comparison: Comparison) -> [String] {
        ComparisonChartRenderer().render(comparison, strings: .english, words: .english).map(\.path).filter { $0.hasPrefix("charts/radar-") }
    }

    func testFiftyMunicipalitiesEachGetARadarWithoutSelect() {
        let comparison = cohort(Comparison.radarLimit)
        XCTAssertEqual(comparison.charted, Array(0..<50))
        XCTAssertEqual(radarFiles(comparison).count, 50)
        XCTAssertEqual(radarFiles(comparison).first, "charts/radar-m01.svg")
        XCTAssertFalse(comparison.radarsOmitted)
        XCTAssertNil(ComparisonRun.omittedChartsNote(comparison, formats: [.svg], words: .english))
    }

    func testFiftyOneMunicipalitiesGetNoRadarWithoutSelectAndTheSummarySaysHowToGetThem() throws {
        let comparison = cohort(51)
        XCTAssertEqual(comparison.charted, [])
        XCTAssertEqual(comparison.selected.count, 51, "all are still compared side by side")
        XCTAssertEqual(radarFiles(comparison), [])
        XCTAssertEqual(ComparisonChartRenderer().render(comparison, strings: .english, words: .english).map(\.path),
                       ["charts/ranking.svg", "charts/heatmap.svg", "charts/distribution.svg", "charts/strips.svg"], "the cohort's charts stay")
        XCTAssertTrue(comparison.radarsOmitted)
        let note = try XCTUnwrap(ComparisonRun.omittedChartsNote(comparison, formats: [.markdown, .html], words: .english))
        XCTAssertEqual(note, "no radar chart per municipality for more than 50 municipalities; --select ID,ID,... draws one for each municipality named; "
                       + "ranking.svg and heatmap.svg draw the top and bottom 25, strips.svg how many have each score")
        XCTAssertNil(ComparisonRun.omittedChartsNote(comparison, formats: [.csv, .json], words: .english), "no chart is written: nothing to say")
    }

    func testSelectedMunicipalitiesOfALargeCohortGetTheirRadars() {
        let comparison = cohort(51, selection: [40, 2])
        XCTAssertEqual(comparison.charted, [40, 2])
        XCTAssertEqual(radarFiles(comparison), ["charts/radar-m41.svg", "charts/radar-m03.svg"])
        XCTAssertFalse(comparison.radarsOmitted)
        XCTAssertEqual(ComparisonRun.omittedChartsNote(comparison, formats: [.svg], words: .english),
                       "ranking.svg and heatmap.svg draw the top and bottom 25 and the selected, strips.svg how many have each score")
        XCTAssertNil(ComparisonRun.omittedChartsNote(cohort(50, selection: [1]), formats: [.svg], words: .english), "fifty are drawn one by one")
    }

    private func chart(_ name: String, of comparison: Comparison) throws -> String {
        try XCTUnwrap(ComparisonChartRenderer().render(comparison, strings: .english, words: .english).first { $0.path == "charts/\(name)" }?.contents)
    }

    func testALargeCohortsRankingDrawsItsTopAndBottomHalvesAndTheSelectedWithALineForEachGap() throws {
        // Totals 1...200, highest first: m200...m176 on top, m25...m01 at the bottom, m100 selected between.
        let comparison = cohort(200, selection: [99])
        let rows = ComparisonChartRenderer.drawnRows(comparison.orderByScore, comparison)
        XCTAssertEqual(rows.count, 25 + 1 + 1 + 1 + 25)
        XCTAssertEqual(rows.map(\.omitted), Array(repeating: 0, count: 25) + [75, 0, 74] + Array(repeating: 0, count: 25))
        XCTAssertEqual(rows[26].row, 99)
        XCTAssertEqual(rows.first?.row, 199)
        XCTAssertEqual(rows.last?.row, 0)
        let ranking = try chart("ranking.svg", of: comparison)
        XCTAssertTrue(ranking.contains(">… 75 more municipalities (every one is in comparison.csv)</text>"))
        XCTAssertTrue(ranking.contains(">… 74 more municipalities (every one is in comparison.csv)</text>"))
        XCTAssertTrue(ranking.contains(">1. M200</text>") && ranking.contains(">200. M1</text>") && ranking.contains(">101. M100</text>"))
        XCTAssertFalse(ranking.contains(">M150</text>") || ranking.contains(". M150</text>"), "a municipality in a gap is not drawn")
        XCTAssertEqual(ranking.components(separatedBy: "<text").count - 1, try chart("ranking.svg", of: cohort(20_000, selection: [99]))
            .components(separatedBy: "<text").count - 1, "a chart is as large for 20,000 as for 200")
        let heatMap = try chart("heatmap.svg", of: cohort(200))
        XCTAssertTrue(heatMap.contains(">… 150 more municipalities (every one is in comparison.csv)</text>"))
        XCTAssertEqual(ComparisonChartRenderer.drawnRows(cohort(50).order, cohort(50)).map(\.row), cohort(50).order.map(Optional.some), "fifty are all drawn")
    }

    func testALargeCohortsStripPlotDrawsHowManyHaveEachScoreAndTheSelectedAsDots() throws {
        let comparison = cohort(200, selection: [99])
        let strips = try chart("strips.svg", of: comparison)
        // Totals 1...200: one municipality per point from 1 to 98, the 102 from 99 up in the last bar (99-100, higher
        // scores clipped): that bar is the highest (26 units, centred on the total's strip at 77), the others at least 1 unit.
        XCTAssertTrue(strips.contains("<rect x=\"635.5\" y=\"64\" width=\"4.5\" height=\"26\" fill=\"#888888\"/>"), strips)
        XCTAssertFalse(strips.contains("r=\"4\""), "no dot per municipality")
        XCTAssertEqual(strips.components(separatedBy: "r=\"6\"").count - 1, 3 + 1, "the selected one on each of the three rows, and in the legend")
        XCTAssertTrue(strips.contains(">Grey bars: how many municipalities have each score (the highest bar: the most frequent).</text>"))
    }

    func testALargeCohortWithoutSelectShowsNoMunicipalitySideBySideAndSaysHowToChooseThem() {
        let markdown = MarkdownDocumentWriter.write(ComparisonDocument().blocks(cohort(51), strings: .english, words: .english))
        XCTAssertTrue(markdown.contains("Compared: 51 municipalities; shown side by side: 0."))
        XCTAssertTrue(markdown.contains("More than 50 municipalities are compared: none is shown side by side, nor charted on its own."))
        XCTAssertFalse(markdown.contains("### Percentile"))
        XCTAssertTrue(markdown.contains("\n| Dimension | Cohort mean | Cohort median |\n"), "the cohort's columns only")
        XCTAssertEqual(markdown.components(separatedBy: " | m").count - 1, 51, "every municipality in the rank table")
    }

    func testATableHandedOnInPartsIsWrittenAsTheSameTableWhole() {
        let rows: [[InlineText]] = (1...5).map { [.plain("m\($0)"), .strong("\($0 * 10)")] }
        let whole: [ReportBlock] = [.heading(1, "T"), .heading(2, "Ranks"), .table(header: ["id", "score"], alignments: [.left, .right], rows: rows), .text("after")]
        let parts: [ReportBlock] = [.heading(1, "T"), .heading(2, "Ranks"), .table(header: ["id", "score"], alignments: [.left, .right], rows: Array(rows[..<2])),
                                    .moreRows(Array(rows[2..<3])), .moreRows(Array(rows[3...])), .text("after")]
        XCTAssertEqual(MarkdownDocumentWriter.write(parts), MarkdownDocumentWriter.write(whole))
        XCTAssertEqual(HTMLDocumentWriter.write(parts, language: "en", charts: [:]), HTMLDocumentWriter.write(whole, language: "en", charts: [:]))
        XCTAssertTrue(HTMLDocumentWriter.write(parts, language: "en", charts: [:])
            .contains("<tr><td>m5</td><td class=\"number\"><strong>50</strong></td></tr></tbody></table></div>\n<p>after</p>"))
        // Ending with the table, and a page of one block.
        XCTAssertEqual(MarkdownDocumentWriter.write(Array(parts.dropLast())), MarkdownDocumentWriter.write(Array(whole.dropLast())))
        XCTAssertEqual(HTMLDocumentWriter.write(Array(parts.dropLast()), language: "en", charts: [:]),
                       HTMLDocumentWriter.write(Array(whole.dropLast()), language: "en", charts: [:]))
        XCTAssertTrue(HTMLDocumentWriter.write([.heading(1, "T")], language: "en", charts: [:]).hasSuffix("<h1>T</h1>\n<nav><ol></ol></nav>\n\n</main>\n</body>\n</html>\n"))
    }

    func testTheReliableChangeTableIsHandedOnInPartsLikeTheOtherLongTables() throws {
        let count = ComparisonDocument.partRows + 1
        func wave(_ rise: Int) -> [ComparedRespondent] {
            (1...count).map { index in
                ComparedRespondent(id: "m\(index)", name: "M\(index)", metadata: [], dimensionScores: [Fraction(index + rise), Fraction(index)],
                                   total: Fraction(index + rise), bandID: "low")
            }
        }
        let earlier = WaveComparison.Wave(label: "2023", respondents: wave(0), files: [], questionnaire: "q 1", questionnaireFile: SourceFile(path: "q", sha256: "0"))
        let comparison = Comparison(summary: RenderingTests.report().0.summary, respondents: wave(1), earlierWaves: [earlier], currentWave: "2024")
        // Every row listed: the table is handed on in parts, not cut.
        let blocks = ComparisonDocument(rowLimit: count).blocks(comparison, strings: .english, words: .english)
        let note = try XCTUnwrap(blocks.firstIndex(of: .text(ComparisonStrings.english.reliableChangeNote)))
        guard case .table(_, _, let first) = blocks[note + 1], case .moreRows(let more) = blocks[note + 2] else {
            return XCTFail("the reliable changes are not a table continued in parts: \(blocks[note + 1])")
        }
        XCTAssertEqual(first.count, ComparisonDocument.partRows)
        XCTAssertEqual(more.count, 1)
        XCTAssertEqual(more[0].first, .plain("M\(count)"))
    }

    func testTablesOfALargeCohortListTheirFirstRowsSayHowManyThereAreAndNameTheCSVHoldingThemAll() throws {
        let comparison = cohort(5)
        let document = ComparisonDocument(rowLimit: 3)
        let markdown = MarkdownDocumentWriter.write(document.blocks(comparison, strings: .english, words: .english))
        let cut = "This table lists the first 3 of 5 rows; all of them are in ranks.csv."
        XCTAssertEqual(markdown.components(separatedBy: cut).count - 1, 1, "under the rank table (the two orders agree: no table of them)")
        XCTAssertEqual(markdown.components(separatedBy: " | m0").count - 1, 3, "the rank table lists the first three")
        XCTAssertTrue(markdown.contains("| 1 | m05 | M5 |"), "by total score, highest first")
        XCTAssertFalse(markdown.contains("| m02 |"))
        XCTAssertTrue(HTMLDocumentWriter.write(document.blocks(comparison, strings: .french, words: .french), language: "fr", charts: [:])
            .contains("Ce tableau présente les 3 premières lignes sur 5\u{202F}; toutes figurent dans ranks.csv."))
        XCTAssertFalse(MarkdownDocumentWriter.write(ComparisonDocument(rowLimit: 5).blocks(comparison, strings: .english, words: .english))
            .contains("This table lists"), "five rows fit")

        // The CSV files are written even when not asked, with a warning; asked, a note says where the rows are.
        let unasked = ComparisonRun.formats([.markdown, .json], of: comparison, rowLimit: SheetRowLimit(), listedRows: 3)
        XCTAssertEqual(unasked.value, [.markdown, .json, .csv])
        XCTAssertEqual(unasked.diagnostics.map(\.message), ["comparison.md lists the first 3 of 5 municipalities in each table of one row per "
            + "municipality, and ranks.csv, written as well, holds them all; add csv to --format to say so yourself"])
        XCTAssertEqual(unasked.diagnostics.map(\.severity), [.warning])
        let asked = ComparisonRun.formats([.csv, .markdown, .html], of: comparison, rowLimit: SheetRowLimit(), listedRows: 3)
        XCTAssertEqual(asked.value, [.csv, .markdown, .html])
        XCTAssertEqual(asked.diagnostics.map(\.severity), [.note])
        XCTAssertTrue(try XCTUnwrap(asked.diagnostics.first?.message).hasPrefix("comparison.md and comparison.html list the first 3 of 5"))
        XCTAssertEqual(ComparisonRun.formats([.markdown], of: comparison, rowLimit: SheetRowLimit(), listedRows: 5).value, [.markdown])
        XCTAssertEqual(ComparisonRun.formats([.json], of: comparison, rowLimit: SheetRowLimit(), listedRows: 3).value, [.json], "no table, no cut")
    }

    func testStandingsComputedFromPlacesEqualTheHandComputedOnes() {
        // Totals 1...51: m26 has 25 below and itself equal: rank 26, percentile (2 * 25 + 1) / (2 * 51) = 50 %.
        let comparison = cohort(51)
        XCTAssertEqual(comparison.standings.place(of: 25, on: 0), StandingTable.Place(below: 25, equal: 1))
        let standing = comparison.standings[25][0]
        XCTAssertEqual(standing.score, 26)
        XCTAssertEqual(standing.rank, 26)
        XCTAssertEqual(standing.percentile, 50)
        XCTAssertEqual(try XCTUnwrap(standing.zScore), 0, accuracy: 1e-12)
        XCTAssertEqual(comparison.standings[50][2].rank, 51, "the highest total has the lowest second dimension (100 - 51)")
    }

    func testAPreviousAssessmentKeepsOnlyTheScoresBandAndAnswersPerID() throws {
        let questionnaire = Fixtures.iMonitor
        let path = Fixtures.iMonitorFile("sample-responses.csv")
        let previous = AssessmentsByID.score(questionnaire: questionnaire, paths: [path], options: ReadingOptions(), keeping: .scoresAndAnswers) { _ in }
        XCTAssertEqual(previous.count, 12)
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = true
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [path],
            language: "en", options: ReadingOptions(), settings: settings)
            .score { _ in }
        var compared = 0
        try run.forEachRespondent(namingFiles: false) { ranked in
            let respondent = ranked.respondent
            let earlier = try XCTUnwrap(previous.respondent(respondent.id))
            XCTAssertEqual(earlier.score.dimensions, respondent.score.dimensions.map(\.exactScore))
            XCTAssertEqual(earlier.score.total, respondent.score.exactTotal)
            XCTAssertEqual(earlier.score.bandID, respondent.score.bandID)
            XCTAssertEqual(earlier.answers, respondent.answers(in: questionnaire))
            XCTAssertEqual(earlier.answers?.count, questionnaire.questions.count)
            compared += 1
        }
        XCTAssertEqual(compared, 12)
        // Polderveld's total, 2.94 (README hand computation).
        XCTAssertEqual(previous.respondent("polderveld")?.score.total?.fixed(digits: 2), "2.94")
    }

    func testTargetAnswersKeepOnlyTheScores() throws {
        let kept = AssessmentsByID.score(questionnaire: Fixtures.iMonitor, paths: [Fixtures.iMonitorFile("sample-responses.csv")],
                                         options: ReadingOptions(), keeping: .scores) { _ in }
        let polderveld = try XCTUnwrap(kept.respondent("polderveld"))
        XCTAssertNil(polderveld.answers)
        XCTAssertEqual(polderveld.score.total?.fixed(digits: 2), "2.94")
        let targets = Targets(reaching: polderveld.score, dimensionIDs: Fixtures.iMonitor.dimensions.map(\.id))
        XCTAssertEqual(targets.byDimension[Targets.totalID], .score(try XCTUnwrap(polderveld.score.total)))
    }
}

extension ComparisonCSVRenderer {
    /// The files as strings, by name (written through a memory output).
    func render(_ comparison: Comparison) throws -> [(name: String, contents: String)] {
        let output = MemoryReportOutput()
        try write(comparison, to: output)
        return output.files.map { ($0.relativePath, $0.contents) }
    }
}
