import Foundation
import XCTest
@testable import SmartCityKit

/// Large files are scored in pieces on every core, each piece counting its respondents for the
/// cohort and encoding them for the spill; merged in input order, they must give exactly what
/// counting the respondents one by one gives, duplicates and incomplete respondents included.
final class ParallelCountingTests: XCTestCase {
    let questionnaire: Questionnaire = {
        let path = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path
        var questionnaire = QuestionnaireLoader.load(path: path).questionnaire!
        // Some generated respondents fall below this, so incomplete respondents occur in every piece.
        questionnaire.minimumTotalCoverage = 0.9
        return questionnaire
    }()

    /// Blocks of 160 KB, each cut into pieces.
    let blockSize = 160 << 10

    /// 6,000 generated rows (several blocks), with rows repeating an earlier id in the middle
    /// and at the end.
    private func largeFile() -> (path: String, rows: Int) {
        var generator = ResponseGenerator(questionnaire: questionnaire, seed: 11)
        var lines = [generator.header()]
        var repeated: [String] = []
        for number in 1...6_000 {
            let line = generator.nextRow()
            if number % 1_999 == 0 { repeated.append(line) }
            lines.append(line)
            if number == 5_000 { lines += repeated }
        }
        lines += repeated
        let text = lines.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
        XCTAssertGreaterThan(text.utf8.count, 3 * blockSize, "the file spans several blocks")
        return (Fixtures.write(text, name: "large.csv"), lines.count - 1)
    }

    func testPiecesCountedInParallelGiveTheSummaryOfCountingOneByOne() throws {
        let (path, rows) = largeFile()
        let run = scoringRun([path]).score { _ in }
        var serial = CohortAccumulator(questionnaire: questionnaire, rankingLimit: ScoringRun.Settings().rankingLimit)
        var scored: [ScoredRespondent] = []
        try run.forEachRespondent(namingFiles: false) { ranked in
            serial.add(ranked.respondent, name: ranked.respondent.name(column: run.summary.nameColumn))
            scored.append(ranked.respondent)
        }
        serial.excluded = run.summary.excluded
        let expected = serial.finish(questionnaireFile: run.summary.questionnaireFile, responseFiles: run.summary.responseFiles,
                                     language: "en", metadataNames: run.summary.metadataNames)
        let summary = run.summary

        XCTAssertEqual(summary.excluded.count, 5, "two ids repeated twice and one once are left out")
        XCTAssertTrue(summary.excluded.allSatisfy { if case .duplicateID = $0.row.reason { true } else { false } })
        XCTAssertEqual(summary.respondentCount, rows - 5)
        XCTAssertEqual(scored.map(\.row), scored.map(\.row).sorted(), "respondents come back in input order")
        XCTAssertEqual(Set(scored.map(\.id)).count, scored.count)
        XCTAssertGreaterThan(summary.incompleteCount, 50, "the probe has incomplete respondents")
        XCTAssertEqual(summary.incompleteCount, expected.incompleteCount)
        XCTAssertEqual(summary.incomplete, expected.incomplete, "the same incomplete respondents, with their file rows")
        XCTAssertEqual(summary.ranking, expected.ranking)
        XCTAssertEqual(summary.rankingOmitted, expected.rankingOmitted)
        XCTAssertEqual(summary.bandCounts, expected.bandCounts)
        XCTAssertEqual(summary.dimensionStatistics, expected.dimensionStatistics)
        XCTAssertEqual(summary.totalStatistics, expected.totalStatistics)
        for respondent in scored.prefix(2_000) {
            XCTAssertEqual(summary.rank(of: respondent.score.exactTotal), expected.rank(of: respondent.score.exactTotal))
        }
    }

    func testACohortCountedWithoutRanksHasTheSameCountsAndBandsButNoScoreStatistics() throws {
        let (path, _) = largeFile()
        func summary(ranks: Bool) -> CohortSummary {
            var run = scoringRun([path])
            run.settings.ranks = ranks
            return run.score { _ in }.summary
        }
        let ranked = summary(ranks: true), unranked = summary(ranks: false)
        XCTAssertNotNil(ranked.totalStatistics)
        XCTAssertNil(unranked.totalStatistics, "the totals are not counted")
        XCTAssertEqual(unranked.dimensionStatistics, ranked.dimensionStatistics.map { _ in nil })
        XCTAssertEqual(unranked.respondentCount, ranked.respondentCount)
        XCTAssertEqual(unranked.incompleteCount, ranked.incompleteCount)
        XCTAssertEqual(unranked.bandCounts, ranked.bandCounts, "band shares still count every total")
        XCTAssertGreaterThan(ranked.bandCounts.map(\.count).reduce(0, +), 5_000)
    }

    /// A run of the test questionnaire over `paths`, read in blocks of `blockSize` bytes (so that
    /// a large file spans several) or of the default size.
    private func scoringRun(_ paths: [String], smallBlocks: Bool = true) -> ScoringRun {
        var settings = ScoringRun.Settings()
        if smallBlocks { settings.blockSize = blockSize }
        return ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: paths,
                          language: "en", options: ReadingOptions(), settings: settings)
    }

    /// The contents of the file at `path` among `files` (nil when there is none).
    private func contents(_ path: String, in files: [RenderedFile]) -> String? {
        files.first { $0.relativePath == path }?.contents
    }

    func testScoresLongCSVWrittenAsThePiecesAreScoredIsTheOneTheRenderingPassWrites() throws {
        let (path, _) = largeFile()
        let run = scoringRun([path])
        let rendered = try ReportGeneration.renderInMemory(run.score { _ in }, formats: [.csv], strings: .english)
        let output = MemoryReportOutput()
        let streamed = run.score(longScoresTo: output) { _ in }
        XCTAssertNotNil(streamed.longScores, "one file with an id column: its long rows are written as it is scored")
        let written = try XCTUnwrap(contents(CSVReportRenderer.longFile, in: output.files), "written before the rendering pass")
        try ReportGeneration.render(streamed, formats: [.csv], strings: .english, output: output)

        let long = try XCTUnwrap(contents(CSVReportRenderer.longFile, in: rendered))
        XCTAssertEqual(written.count, long.count, "the rendering pass adds nothing to it")
        XCTAssertEqual(contents(CSVReportRenderer.longFile, in: output.files), long,
                       "the same rows in the same order: duplicate ids left out, incomplete respondents kept")
        XCTAssertEqual(long.split(separator: "\n").count, 1 + streamed.summary.respondentCount * questionnaire.dimensions.count)
        XCTAssertEqual(contents(CSVReportRenderer.wideFile, in: output.files), contents(CSVReportRenderer.wideFile, in: rendered))
        XCTAssertEqual(output.files.map(\.relativePath).sorted(), rendered.map(\.relativePath).sorted())
    }

    func testScoresCSVFromItsRowsKeptAsScoredIsTheOneRenderedFromTheRespondents() throws {
        let (path, _) = largeFile()
        var run = scoringRun([path])
        let rendered = try ReportGeneration.renderInMemory(run.score { _ in }, formats: [.csv], strings: .english)
        run.settings.onlyScoresCSV = true
        let output = MemoryReportOutput()
        let kept = run.score(longScoresTo: output) { _ in }
        XCTAssertNotNil(kept.scoresRows, "one file with an id column, CSV only: its rows are kept")
        XCTAssertNil(kept.spill, "and not its respondents")
        var reported: [Int] = []
        try ReportGeneration.render(kept, formats: [.csv], strings: .english, output: output, written: { done, _ in reported.append(done) })

        XCTAssertEqual(output.files.map(\.relativePath).sorted(), rendered.map(\.relativePath).sorted())
        for file in output.files { XCTAssertEqual(file.contents, contents(file.relativePath, in: rendered), file.relativePath) }
        let wide = try XCTUnwrap(contents(CSVReportRenderer.wideFile, in: rendered))
        XCTAssertEqual(wide.split(separator: "\n").count, 1 + kept.summary.respondentCount)
        XCTAssertGreaterThan(kept.summary.incompleteCount, 0, "rows without a rank among them")
        XCTAssertEqual(reported.last, kept.summary.respondentCount)
    }

    func testPiecesThatLoseARowToADuplicateIDAreCountedAgainFromTheirTextAsRead() throws {
        let (path, _) = largeFile()
        // Every name quoted with doubled quotes, which reading rewrites in place: a piece counted
        // again must be read from its bytes as they were read the first time.
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").enumerated().map { number, line in
            guard number > 0 else { return String(line) }
            var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            fields[1] = "\"" + fields[1] + " \"\"quoted\"\"\""
            return fields.joined(separator: ",")
        }
        let quoted = Fixtures.write(lines.joined(separator: "\n") + "\n", name: "quoted.csv")
        var run = scoringRun([quoted])
        // Every respondent listed, so that the names of those counted again are compared too.
        run.settings.rankingLimit = 10_000
        let encoded = run.score { _ in }.summary
        run.settings.onlyScoresCSV = true
        let kept = run.score(longScoresTo: MemoryReportOutput()) { _ in }
        XCTAssertNil(kept.spill, "the respondents are kept as their scores.csv rows only")
        let summary = kept.summary

        XCTAssertEqual(summary.excluded.count, 5, "the repeated ids are left out")
        XCTAssertEqual(summary.respondentCount, encoded.respondentCount)
        XCTAssertEqual(summary.incomplete, encoded.incomplete, "the same incomplete respondents, with their names and file rows")
        XCTAssertTrue(summary.incomplete.contains { $0.name.hasSuffix(" \"quoted\"") })
        XCTAssertEqual(summary.ranking, encoded.ranking)
        XCTAssertEqual(summary.bandCounts, encoded.bandCounts)
        XCTAssertEqual(summary.dimensionStatistics, encoded.dimensionStatistics)
        XCTAssertEqual(summary.totalStatistics, encoded.totalStatistics)
    }

    func testScoresLongCSVIsLeftToTheRenderingPassForSeveralFilesOrRowNumberIDs() throws {
        let (path, _) = largeFile()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("id,"))
        let withoutIDs = Fixtures.write("code" + text.dropFirst(2), name: "no-ids.csv")
        for paths in [[path, path], [withoutIDs]] {
            let output = MemoryReportOutput()
            let run = scoringRun(paths, smallBlocks: false).score(longScoresTo: output) { _ in }
            XCTAssertNil(run.longScores, "\(paths.count) files")
            XCTAssertTrue(output.files.isEmpty, "nothing written while scoring")
            let files = try ReportGeneration.renderInMemory(run, formats: [.csv], strings: .english)
            XCTAssertEqual(contents(CSVReportRenderer.longFile, in: files)?.split(separator: "\n").count,
                           1 + run.summary.respondentCount * questionnaire.dimensions.count)
        }
    }

    func testTheIDTableFindsEveryRepeatedIDAcrossGrowth() {
        var table = RespondentIDTable()
        for number in 0..<50_000 {
            XCTAssertEqual(table.insert("R\(number)", file: number % 3, row: number + 2), .new)
        }
        for number in stride(from: 0, to: 50_000, by: 997) {
            XCTAssertEqual(table.insert("R\(number)", file: 0, row: 1), .duplicate(file: number % 3, row: number + 2))
        }
        XCTAssertEqual(table.insert("R50000", file: 0, row: 1), .new)
        XCTAssertEqual(table.insert("", file: 0, row: 1), .new, "the empty id is an id like another")
        XCTAssertEqual(table.insert("", file: 1, row: 9), .duplicate(file: 0, row: 1))
    }

    func testTheIDTableKeepsIDsAcrossPagesAndLongerThanAPage() {
        var table = RespondentIDTable()
        let long = String(repeating: "x", count: 3 << 20)
        // 250,000 entries of 14-16 bytes fill several pages of a megabyte; the long id has its own.
        for number in 0..<250_000 {
            XCTAssertEqual(table.insert("municipality-\(number)", file: 1, row: 300_000 + number), .new)
            if number == 100_000 { XCTAssertEqual(table.insert(long, file: 2, row: 7), .new) }
        }
        for number in stride(from: 0, to: 250_000, by: 4_999) {
            XCTAssertEqual(table.insert("municipality-\(number)", file: 0, row: 1), .duplicate(file: 1, row: 300_000 + number))
        }
        XCTAssertEqual(table.insert(long, file: 0, row: 1), .duplicate(file: 2, row: 7))
        XCTAssertEqual(table.insert(long + "y", file: 0, row: 1), .new, "a longer id is another id")
        XCTAssertEqual(table.insert(String(long.dropLast()), file: 0, row: 1), .new, "a shorter id too")
    }
}
