import Foundation
import XCTest
@testable import SmartCityKit

/// LimeSurvey exports the same responses in four heading styles (question codes, code and text,
/// abbreviated texts, full texts) and names its own columns in the interface language: every
/// style reads to the same typed answers, with the id, the completion and every column
/// accounted for, and `map` drafts a mapping with nothing left open but the free text.
final class LimeSurveyExportTests: XCTestCase {
    static let folder = ExportTests.folder.appendingPathComponent("limesurvey")
    static let styles = ["code.csv", "code-and-text.csv", "abbreviated.csv", "full-text-en.csv", "full-text-nl.csv", "full-text-fr.csv", "full-text-de.csv"]
    let questionnaire = Fixtures.iMonitor

    private func path(_ name: String) -> String { Self.folder.appendingPathComponent(name).path }

    private func answers(_ name: String) -> (ids: [String], answers: [[String: Answer]], diagnostics: [Diagnostic]) {
        let read = Fixtures.readResponses(path: path(name), questionnaire: questionnaire)
        let ids = ["ES01", "IM01", "IM04", "IM09", "CO01"]
        let indices = ids.map { id in questionnaire.questions.firstIndex { $0.id == id }! }
        let answers = read.rows.map { row in Dictionary(uniqueKeysWithValues: zip(ids, indices.map { row.answers[$0] })) }
        return (read.rows.map(\.respondentID), answers, read.diagnostics)
    }

    func testEveryHeadingStyleReadsToTheSameAnswers() {
        let expected: [[String: Answer]] = [
            ["ES01": .number(3), "IM01": .yesNo(true), "IM04": .choice(2), "IM09": .number(4), "CO01": .choices(OptionSelection([0, 2]))],
            ["ES01": .number(0), "IM01": .yesNo(false), "IM04": .choice(0), "IM09": .nonAnswer(.dontKnow), "CO01": .choices(OptionSelection([5]))],
            ["ES01": .number(5), "IM01": .yesNo(true), "IM04": .blank, "IM09": .number(2), "CO01": .choices(OptionSelection([1]))],
        ]
        for style in Self.styles {
            let read = answers(style)
            XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }.map(\.description), [], style)
            XCTAssertTrue(read.diagnostics.contains { $0.message.hasPrefix("read as an export of LimeSurvey") }, "\(style): \(read.diagnostics)")
            XCTAssertEqual(read.ids, ["1", "2", "3"], "\(style): the response id is the id")
            XCTAssertEqual(read.answers, expected, style)
            let warnings = read.diagnostics.filter { $0.severity == .warning }.map(\.message)
            XCTAssertEqual(warnings.count, 2, "\(style): the free-text column and the questions without a column, nothing else: \(warnings)")
            XCTAssertTrue(warnings.contains { $0.contains("is a free-text \"other\" or comment field") }, "\(style): \(warnings)")
        }
    }

    func testTheSubmissionDateInAnyLanguageMarksTheUnfinishedResponse() {
        for style in Self.styles {
            var settings = ScoringRun.Settings()
            settings.needsDigests = false
            let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: SourceFile(path: "q.json", sha256: ""), responsePaths: [path(style)],
                language: "en", options: ReadingOptions(), settings: settings)
                .score { _ in }
            XCTAssertEqual(run.summary.rankedCount, 2, "\(style): respondent 3 has no submission date")
            XCTAssertEqual(run.summary.incompleteCount, 1, style)
        }
    }

    func testTheDraftedMappingAccountsForEveryColumnAndProposesAnswerCodesInOptionOrder() throws {
        for style in Self.styles {
            let drafted = MappingDraft.draft(path: path(style), questionnaire: questionnaire, options: ReadingOptions())
            let text = try XCTUnwrap(drafted.value, style)
            let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            let columns = try XCTUnwrap(document["columns"] as? [String: String])
            let header = try XCTUnwrap(String(contentsOfFile: path(style), encoding: .utf8).split(separator: "\r\n").first)
            XCTAssertEqual(columns.count, header.components(separatedBy: "\",\"").count, "\(style): every column is in the draft")
            XCTAssertEqual(Set(columns.values).intersection(["ES01", "IM01", "IM04", "IM09"]).count, 4, "\(style): \(columns)")
            XCTAssertEqual(columns.values.filter { $0.hasPrefix("CO01[") }.count, 6, "\(style): one column per option")
            let unmapped = try XCTUnwrap(document["unmapped"] as? [[String: String]])
            XCTAssertEqual(unmapped.count, 1, "\(style): only the free text is left: \(unmapped)")
            XCTAssertEqual(document["from"] as? String, "limesurvey")
        }
        let drafted = try XCTUnwrap(MappingDraft.draft(path: path("code.csv"), questionnaire: questionnaire, options: ReadingOptions()).value)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(drafted.utf8)) as? [String: Any])
        let answers = try XCTUnwrap(document["answers"] as? [String: [String: String]])
        XCTAssertEqual(answers["ES01"], ["A1": "0", "A4": "3", "A6": "5"], "scale points in order: A1 is the first, 0")
        XCTAssertEqual(answers["IM04"], ["A1": "none", "A3": "integrated"])
        XCTAssertEqual(answers["IM09"], ["A2": "2", "A4": "4"])
    }

    func testAnswerCodesBeyondTheOptionsAreReportedNotGuessed() {
        let file = Fixtures.write("id,submitdate,lastpage,IM04\n1,2026-03-01,1,A4\n", name: "beyond.csv")
        let read = Fixtures.readResponses(path: file, questionnaire: questionnaire)
        XCTAssertTrue(read.diagnostics.contains { $0.severity == .error && $0.message.contains("unknown option \"A4\" for IM04") }, "\(read.diagnostics)")
    }
}

/// Mapping files: codes a tool writes for non-answers in every question, and drafts that start
/// from a mapping the user already edited.
final class MappingFileTests: XCTestCase {
    let questionnaire = Fixtures.iMonitor

    func testToolWideNonAnswerCodesApplyToEveryQuestionAndOptionColumn() throws {
        let export = Fixtures.write("""
            id,submitdate,lastpage,IM04,IM09,CO01[SQ001],CO01[SQ002]
            1,2026-03-01,3,WN,NVT,NVT,
            2,2026-03-01,3,A2,A5,Y,
            """, name: "nvt.csv")
        let mapping = Fixtures.write(#"{"format": 1, "from": "limesurvey", "nonAnswers": {"NVT": "not-applicable", "WN": "dont-know"}}"#, name: "nvt-mapping.json")
        let loaded = ResponseMapping.load(path: mapping)
        XCTAssertEqual(loaded.diagnostics, [])
        let read = Fixtures.readResponses(path: export, questionnaire: questionnaire, options: ReadingOptions(mapping: loaded.value))
        XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        let index = { (id: String) in self.questionnaire.questions.firstIndex { $0.id == id }! }
        XCTAssertEqual(read.rows.map { $0.answers[index("IM04")] }, [.nonAnswer(.dontKnow), .choice(1)])
        XCTAssertEqual(read.rows.map { $0.answers[index("IM09")] }, [.nonAnswer(.notApplicable), .number(5)])
        XCTAssertEqual(read.rows.map { $0.answers[index("CO01")] }, [.nonAnswer(.notApplicable), .choices(OptionSelection([0]))])
    }

    func testANonAnswerOfUnknownKindIsALocatedError() {
        let mapping = Fixtures.write(#"{"format": 1, "nonAnswers": {"NVT": "n/a"}}"#, name: "bad-nvt.json")
        let loaded = ResponseMapping.load(path: mapping)
        XCTAssertNil(loaded.value)
        XCTAssertEqual(loaded.diagnostics.map(\.description), [
            #"\#(mapping):1:37: error: nonAnswers.NVT: "n/a" is not a kind of non-answer; use "dont-know" or "not-applicable""#,
        ])
    }

    func testADraftFromAnExistingMappingKeepsEveryDecisionAndDraftsOnlyWhatIsOpen() throws {
        let export = LimeSurveyExportTests.folder.appendingPathComponent("code.csv").path
        // The user moved IM09's column to IM10, relabelled one answer, and mapped a column of another wave.
        let edited = Fixtures.write(#"""
            {"format": 1, "from": "limesurvey", "questionnaire": "i-monitor",
             "columns": {"IM09": "IM10", "CO01[other]": "metadata", "Q99": "ignore"},
             "answers": {"IM04": {"A3": "manual"}},
             "nonAnswers": {"NVT": "not-applicable"}}
            """#, name: "edited.json")
        let existing = ResponseMapping.load(path: edited)
        XCTAssertEqual(existing.diagnostics, [])
        let drafted = MappingDraft.draft(path: export, questionnaire: questionnaire, options: ReadingOptions(mapping: existing.value), existingFile: edited)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try XCTUnwrap(drafted.value).utf8)) as? [String: Any])
        let columns = try XCTUnwrap(document["columns"] as? [String: String])
        XCTAssertEqual(columns["IM09"], "IM10", "the user's decision stays")
        XCTAssertEqual(columns["CO01[other]"], "metadata")
        XCTAssertEqual(columns["Q99"], "ignore", "a decision about a column this export lacks stays too")
        XCTAssertEqual(columns["ES01"], "ES01", "what was open is drafted")
        let answers = try XCTUnwrap(document["answers"] as? [String: [String: String]])
        XCTAssertEqual(answers["IM04"], ["A1": "none", "A3": "manual"], "the relabelled answer stays; A1 is drafted")
        XCTAssertEqual(answers["IM10"], ["A2": "2", "A4": "4"], "answers drafted for the question the user chose")
        XCTAssertEqual(document["nonAnswers"] as? [String: String], ["NVT": "not-applicable"])
        XCTAssertEqual((document["unmapped"] as? [Any])?.count, 0)
        let note = try XCTUnwrap(drafted.diagnostics.first { $0.location.file == edited })
        XCTAssertEqual(note.message, "kept the mapping's 3 column decisions, 1 answer label and 1 non-answer code; drafted 15 new columns (\"id\", \"submitdate\", \"lastpage\", ...) and 6 new answer labels; 0 still open under unmapped")
    }
}

/// `map` and `validate` plan an export's columns the same way: what the draft lists as
/// unmapped is exactly what validate warns about, and nothing else is reported per column.
final class MapValidateAgreementTests: XCTestCase {
    func testTheDraftAndValidateAgreeOnEveryColumnOfEveryFixtureExport() throws {
        let questionnaire = Fixtures.iMonitor
        let files = try FileManager.default.contentsOfDirectory(atPath: ExportTests.folder.path).filter { $0.hasSuffix(".csv") }.map { ExportTests.folder.appendingPathComponent($0).path }
            + LimeSurveyExportTests.styles.map { LimeSurveyExportTests.folder.appendingPathComponent($0).path }
        XCTAssertGreaterThan(files.count, 12)
        for path in files {
            let drafted = MappingDraft.draft(path: path, questionnaire: questionnaire, options: ReadingOptions())
            let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try XCTUnwrap(drafted.value, path).utf8)) as? [String: Any])
            let unmapped = Set((document["unmapped"] as? [[String: String]] ?? []).filter { $0["answer"] == nil }.compactMap { $0["column"] })
            let checked = ResponseChecker.check(path: path, questionnaire: questionnaire, options: ReadingOptions())
            // Warnings about columns: "column "X" ..." or "N columns ("X", "Y", ...): each ...", located at the first.
            var warned = 0
            var located = Set<String>()
            for diagnostic in checked.diagnostics where diagnostic.message.hasPrefix("column \"") || diagnostic.message.range(of: #"^\d+ columns \("#, options: .regularExpression) != nil {
                warned += diagnostic.message.hasPrefix("column \"") ? 1 : Int(diagnostic.message.prefix { $0.isNumber }) ?? 0
                if case .cell(_, let column) = diagnostic.location.position { located.insert(column) }
            }
            XCTAssertEqual(warned, unmapped.count, "\(path): validate warns about as many columns as the draft leaves unmapped: \(unmapped)")
            XCTAssertTrue(located.isSubset(of: unmapped), "\(path): \(located) not among \(unmapped)")
            XCTAssertEqual(checked.diagnostics.filter { $0.severity == .error }.map(\.description), [], path)
        }
    }
}
