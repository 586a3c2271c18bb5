import Foundation
import XCTest
@testable import SmartCityKit

/// `score --municipality-column`: each municipality reported as the exact means of its complete
/// respondents' scores, with the bands and type of those means, the rule, their number and
/// spread, and the respondents' own files beside.
final class MunicipalityScoresTests: XCTestCase {
    private static let folder = RenderingTests.fixtureFolder.appendingPathComponent("municipalities")

    /// The respondents of `path` scored with the mini questionnaire and grouped by `column`.
    private func grouped(_ path: String, column: String = "municipality", language: String = "en") throws
        -> (municipalities: Checked<ScoringRun.Result>, respondents: ScoringRun.Result) {
        let run = ScoringRun(questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "Questionnaires/mini/questionnaire.json", sha256: "0"),
                             responsePaths: [path], language: language, options: ReadingOptions())
            .score { diagnostics in XCTAssertFalse(diagnostics.contains { $0.severity == .error }, "\(diagnostics)") }
        return (MunicipalityRun.group(run, column: column, settings: ScoringRun.Settings()), run)
    }

    func testEveryMunicipalityLevelFileMatchesItsGoldenFileInEachLanguage() throws {
        var files: [RenderedFile] = []
        for (language, strings) in [("en", ReportStrings.english), ("nl", ReportStrings.dutch), ("fr", ReportStrings.french)] {
            let (municipalities, respondents) = try grouped(Self.folder.appendingPathComponent("unbalanced.csv").path, language: language)
            let output = MemoryReportOutput()
            try ReportGeneration.render(municipalities: XCTUnwrap(municipalities.value), respondents: respondents,
                                        formats: language == "en" ? [.markdown, .csv, .json] : [.markdown], strings: strings, output: output)
            let shown = language == "en"
                ? ["summary.md", "municipalities/hasselt.md", "scores.csv", "scores-long.csv", "scores.json", "agreement.csv", "municipalities.csv",
                   "respondents/scores.csv", "respondents/scores-long.csv"]
                : ["summary.md", "municipalities/hasselt.md"]
            XCTAssertEqual(output.files.filter { $0.relativePath.hasPrefix("municipalities/") && $0.relativePath.hasSuffix(".md") }.count, 6,
                           "a report per municipality, none per respondent")
            files += output.files.filter { shown.contains($0.relativePath) }.map { file in
                RenderedFile(relativePath: language == "en" ? file.relativePath : "\(language)/\(file.relativePath)",
                             contents: RenderingTests.stable(file.contents))
            }
        }
        try GoldenFiles.assertEqual(files, prefix: "municipality-scores/")
    }

    func testAMeanOnABandEdgeTakesTheBandOfTheBoundaryRule() throws {
        // Totals 84.375 and 15.625 (alpha 87.5 and 12.5, beta 75 and 25): every mean is exactly 50,
        // which the upper-inclusive bands (0, 50] and (50, 100] put in the lower band.
        let path = Fixtures.write("""
            id,municipality,A1,A2,A3,B1,B2,B3,B4
            r1,Lier,4,2,yes,z,p,2,2
            r2,Lier,2,4,no,x,p,1,0

            """, name: "edge.csv")
        let municipalities = try XCTUnwrap(grouped(path).municipalities.value)
        var lier: ScoredRespondent?
        try municipalities.forEachRespondent { lier = $0.respondent }
        let score = try XCTUnwrap(lier).score
        XCTAssertEqual(score.exactTotal, Fraction(50, 1))
        XCTAssertEqual(score.bandID, "low")
        XCTAssertEqual(score.dimensions.map(\.exactScore), [Fraction(50, 1), Fraction(50, 1)])
        XCTAssertEqual(score.dimensions.map(\.bandID), ["low", "low"])
        XCTAssertEqual(municipalities.summary.municipalityScores?.members(of: "Lier")?.respondents, 2)
    }

    func testRespondentsWithoutAMunicipalityAreWarnedOfAsCompareWarnsOfThem() throws {
        let path = Fixtures.write("""
            id,municipality,A1,A2,A3,B1,B2,B3,B4
            r1,Lier,4,2,yes,z,p,2,2
            r2,,2,4,no,x,p,1,0

            """, name: "without.csv")
        let municipalities = try grouped(path).municipalities
        XCTAssertNotNil(municipalities.value)
        XCTAssertEqual(municipalities.diagnostics.map(\.message), [
            "1 respondent has no value in the column municipality given to --municipality-column and is in no municipality's scores"])
        let means = try XCTUnwrap(municipalities.value?.summary.municipalityScores?.means)
        XCTAssertEqual(means.withoutMunicipalityWarning(at: SourceLocation(file: "r.csv"), leftOutOf: .comparison, wording: .english)?.message,
                       "1 respondent has no value in the column municipality given to --municipality-column and is not compared")
    }

    func testAMunicipalityHasTheMeanCoverageAndFactorScoresAndNoAnswersOfItsOwn() throws {
        let municipalities = try XCTUnwrap(grouped(Self.folder.appendingPathComponent("unbalanced.csv").path).municipalities.value)
        var reported: [String: ScoredRespondent] = [:]
        try municipalities.forEachRespondent { reported[$0.respondent.id] = $0.respondent }
        let hasselt = try XCTUnwrap(reported["Hasselt"])
        // Two of its four respondents left B2 blank: beta's coverage is (1 + 3/4 + 1 + 3/4) / 4.
        XCTAssertEqual(hasselt.score.dimensions[1].exactCoverage, Fraction(7, 8))
        XCTAssertEqual(hasselt.score.dimensions[1].factors.map(\.exactScore), [Fraction(10, 1), Fraction(125, 6)], "f1: (0 + 0 + 40 + 0) / 4")
        XCTAssertEqual(hasselt.score.itemStatuses.filter { $0 != .scored }, [], "each question was answered by one of its respondents")
        XCTAssertEqual(hasselt.metadata, ["Hasselt"])
        XCTAssertEqual(municipalities.summary.respondentCount, 6)
        XCTAssertEqual(municipalities.summary.municipalityScores?.statistics.respondents, 15)
    }

    func testAMissingMunicipalityColumnIsAnErrorThatSuggestsTheName() throws {
        let result = try grouped(Self.folder.appendingPathComponent("balanced.csv").path, column: "municipalty").municipalities
        XCTAssertNil(result.value)
        let message = try XCTUnwrap(result.diagnostics.first { $0.severity == .error }?.message)
        XCTAssertTrue(message.contains("no metadata column \"municipalty\"") && message.contains("did you mean \"municipality\"?"), message)
    }
}

extension MunicipalityScoresTests {
    func testTheKoboToolboxFixtureHasTheColumnsOfTheFieldedQuestionnairesXLSForm() throws {
        let folder = RenderingTests.fixtureFolder.appendingPathComponent("municipalities/fielded")
        let questionnaire = try XCTUnwrap(Fixtures.load(String(contentsOf: folder.appendingPathComponent("questionnaire.json"), encoding: .utf8)).questionnaire)
        let fields = try FieldedExports.fields(ofXLSForm: TemplateRenderer(questionnaire: questionnaire, language: "en").xlsForm(languages: ["en"]))
        let header = FieldedExports(questionnaire: questionnaire, ids: [], metadata: [], answers: []).kobo(fields)
        let export = try String(contentsOf: folder.appendingPathComponent("kobo-export.csv"), encoding: .utf8)
        XCTAssertEqual(export.prefix { $0 != "\n" } + "\n", header, "reference.py named the columns as KoboToolbox names the form's")
        XCTAssertTrue(header.hasPrefix("start;end;municipality;role;alpha/A1;"), header)
    }
}
