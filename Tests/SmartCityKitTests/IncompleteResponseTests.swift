import Foundation
import XCTest
@testable import SmartCityKit

/// Responses their survey tool marks unfinished, and respondents who answered too little, are
/// scored and reported but kept out of the ranking and the cohort statistics.
final class IncompleteResponseTests: XCTestCase {
    let questionnaire: Questionnaire = QuestionnaireLoader.load(
        path: Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path).questionnaire!

    private func score(_ text: String, name: String = "export.csv", options: ReadingOptions = ReadingOptions(),
                       questionnaire: Questionnaire? = nil) throws -> (run: ScoringRun.Result, ranked: [RankedRespondent]) {
        let path = Fixtures.write(text, name: name)
        let run = ScoringRun(questionnaire: questionnaire ?? self.questionnaire, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [path],
            language: "en", options: options)
            .score { _ in }
        var ranked: [RankedRespondent] = []
        try run.forEachRespondent(namingFiles: true) { ranked.append($0) }
        return (run, ranked)
    }

    /// Collaboration (four questions) answered by everyone: Beveren, unsubmitted, names two
    /// partners, Aalst one, Diest one in half the questions and none in the others.
    static let limeSurvey = """
        id,submitdate,lastpage,name,CO01[province],CO01[flemish],CO02[province],CO02[flemish],CO03[province],CO03[flemish],CO04[province],CO04[flemish]
        1,2026-03-01 10:00:00,5,Aalst,Y,,Y,,Y,,Y,
        2,,3,Beveren,Y,Y,Y,Y,Y,Y,Y,Y
        3,2026-03-03 10:00:00,5,Diest,Y,,N,N,Y,,N,N
        """

    func testAnUnsubmittedLimeSurveyResponseIsNotRanked() throws {
        let (run, ranked) = try score(Self.limeSurvey)
        XCTAssertEqual(ranked.map(\.respondent.id), ["1", "2", "3"], "every response is scored and reported")
        XCTAssertEqual(ranked.map(\.rank), [1, nil, 2], "the best-scoring response is unsubmitted and not ranked")
        XCTAssertEqual(ranked[1].respondent.incomplete, .notSubmitted)
        XCTAssertEqual(run.summary.rankedCount, 2)
        XCTAssertEqual(run.summary.incomplete.map(\.id), ["2"])
        XCTAssertEqual(run.summary.ranking.map(\.id), ["1", "3"])
        XCTAssertEqual(run.summary.totalStatistics?.count, 2, "statistics leave it out")
        XCTAssertEqual(run.summary.bandCounts.reduce(0) { $0 + $1.count }, 2)

        let files = try ReportGeneration.renderInMemory(run, formats: [.markdown, .json], strings: .english)
        let summary = try XCTUnwrap(files.first { $0.relativePath == "summary.md" }).contents
        XCTAssertTrue(summary.contains("## Not ranked: incomplete responses"), summary)
        XCTAssertTrue(summary.contains("| 2 | Beveren | export.csv | 3 | the response was not submitted (submitdate is empty) |"), summary)
        let report = try XCTUnwrap(files.first { $0.relativePath == "municipalities/2.md" }).contents
        XCTAssertTrue(report.contains("Not ranked: the response was not submitted (submitdate is empty)"), report)
        let json = try XCTUnwrap(files.first { $0.relativePath == "scores.json" }).contents
        XCTAssertTrue(json.contains(#""rank": null, "incomplete": "the response was not submitted (submitdate is empty)""#) ||
                      json.contains(#""incomplete": "the response was not submitted (submitdate is empty)""#), json)
    }

    func testIncludeIncompleteRanksEveryone() throws {
        var options = ReadingOptions()
        options.includeIncomplete = true
        let (run, ranked) = try score(Self.limeSurvey, options: options)
        XCTAssertEqual(ranked.map(\.rank), [2, 1, 3])
        XCTAssertEqual(run.summary.incompleteCount, 0)
    }

    func testQualtricsFinishedAndProgress() throws {
        let text = """
            ResponseId,Finished,Progress,CO01,CO02,CO03,CO04
            Response ID,Finished,Progress,Who? - Selected Choice,Who? - Selected Choice,Who? - Selected Choice,Who? - Selected Choice
            {"ImportId":"_recordId"},{"ImportId":"finished"},{"ImportId":"progress"},{"ImportId":"QID9"},{"ImportId":"QID10"},{"ImportId":"QID11"},{"ImportId":"QID12"}
            R_1,True,100,3,3,3,3
            R_2,False,100,"3,4","3,4","3,4","3,4"
            R_3,True,40,3,3,3,3
            """
        let (_, ranked) = try score(text, name: "qualtrics.csv")
        XCTAssertEqual(ranked.map(\.respondent.incomplete), [nil, .notFinished, .partialProgress(percent: 40)])
        XCTAssertEqual(ranked.map(\.rank), [1, nil, nil])
    }

    func testMinimumTotalCoverage() throws {
        let text = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json"), encoding: .utf8)
            .replacingOccurrences(of: #""minimumCoverage": 0.5"#, with: #""minimumCoverage": 0.5, "minimumTotalCoverage": 0.5"#)
        let loaded = Fixtures.load(text)
        let strict = try XCTUnwrap(loaded.questionnaire, "\(loaded.diagnostics)")
        XCTAssertEqual(strict.minimumTotalCoverage, 0.5)
        let sample = try String(contentsOf: Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/sample-responses.csv"), encoding: .utf8)
        let (run, ranked) = try score(sample, name: "sample.csv", questionnaire: strict)
        for respondent in ranked {
            let low = respondent.respondent.score.exactCoverage < Fraction(1, 2)
            XCTAssertEqual(respondent.respondent.incomplete != nil, low, respondent.respondent.id)
            XCTAssertEqual(respondent.rank == nil, low || respondent.respondent.score.exactTotal == nil)
        }
        XCTAssertEqual(run.summary.rankedCount + run.summary.incompleteCount, 12)
    }
}
