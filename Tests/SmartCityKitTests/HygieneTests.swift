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
        settings.keepsAnswerTexts = true
        return ScoringRun(questionnaire: input.questionnaire, questionnaireFile: SourceFile(path: "q.json", sha256: "0"), responsePaths: [input.responses],
            language: "en", options: ReadingOptions(), settings: settings)
            .score { _ in }
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

    func testQuestionnaireIDsAreNeutralisedInTheComparisonStatisticsTemplateAndGeneratedCSVs() throws {
        let input = try Self.hostileInput()
        let compared = ComparisonRun.compare(questionnaire: input.questionnaire, questionnaireFile: SourceFile(path: "q.json", sha256: "0"),
                                             responsePaths: [input.responses], language: "en", options: ReadingOptions(),
                                             settings: ComparisonRun.Settings()) { _ in }
        let comparison = try XCTUnwrap(compared.value)
        let files = try ComparisonCSVRenderer().render(comparison)
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
        let generated = ResponseGenerator(questionnaire: input.questionnaire, seed: 1).header()
        XCTAssertEqual(generated, "id,name,region,population,'+A1,A2,A3,B1,B2,B3,B4\n")
    }

    func testAFieldIsEncodedOnceWhateverItHolds() {
        var writer = CSVWriter()
        writer.row(["=x", "a,b", "-1e-05", "-2.5", "-inf", "plain", ""])
        XCTAssertEqual(writer.text, "'=x,\"a,b\",-1e-05,-2.5,'-inf,plain,\n", "negative numbers in any notation stay numbers")
    }

    func testControlCharactersAreEscapedForTheTerminal() {
        XCTAssertEqual(TerminalText.escaped("a\u{1B}[2Jb\u{07}c\u{7F}"), "a\\u{1B}[2Jb\\u{7}c\\u{7F}")
        XCTAssertEqual(TerminalText.escaped("\u{9B}31m \u{202E}txt.exe \u{2066}x\u{2069}"), "\\u{9B}31m \\u{202E}txt.exe \\u{2066}x\\u{2069}",
                       "C1 controls and bidirectional overrides")
        XCTAssertEqual(TerminalText.escaped("line\none\ttab\r"), "line\none\ttab\\u{D}", "a message keeps its line feeds and tabs")
        XCTAssertEqual(TerminalText.escaped("cell\nnext", keepingLineFeeds: false), "cell\\u{A}next", "a table cell stays on its line")
        XCTAssertEqual(TerminalText.escaped("Liège — €5 ✓"), "Liège — €5 ✓", "printable text is left alone")
    }

    func testACatalogSkipsFIFOsAndDevices() throws {
        let folder = Fixtures.temporaryDirectory()
        try Data(Fixtures.questionnaire.utf8).write(to: folder.appendingPathComponent("mini.json"))
        XCTAssertEqual(mkfifo(folder.appendingPathComponent("x.json").path, 0o600), 0)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("null.json").path, withDestinationPath: "/dev/null")
        let entries = QuestionnaireCatalog.entries(in: folder.path)
        XCTAssertEqual(entries.map { FilePath.name(of: $0.path) }, ["mini.json"], "a FIFO would block the listing, a device never be a questionnaire")
    }

    func testACatalogInAFolderNamedByASymbolicLinkListsItsTargetsQuestionnairesUnderTheLinksName() throws {
        let folder = Fixtures.temporaryDirectory()
        let real = folder.appendingPathComponent("real")
        try FileManager.default.createDirectory(at: real.appendingPathComponent("mini"), withIntermediateDirectories: true)
        try Data(Fixtures.questionnaire.utf8).write(to: real.appendingPathComponent("mini/questionnaire.json"))
        let link = folder.appendingPathComponent("Questionnaires").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real.path)
        let entries = QuestionnaireCatalog.entries(in: link)
        XCTAssertEqual(entries.map(\.path), [link + "/mini/questionnaire.json"], "a linked Questionnaires/ is searched, its paths named through the link")
        XCTAssertEqual(entries.first?.result.questionnaire?.id, "mini")
    }

    func testACatalogPassesOverMappingAndTargetsFilesButListsABrokenQuestionnaire() throws {
        let folder = Fixtures.temporaryDirectory()
        try Data(Fixtures.questionnaire.utf8).write(to: folder.appendingPathComponent("mini.json"))
        try Data(#"{"format": 1, "questionnaire": "mini", "columns": {}}"#.utf8).write(to: folder.appendingPathComponent("mapping.json"))
        try Data(#"{"targets": {"total": {"score": 60}}}"#.utf8).write(to: folder.appendingPathComponent("targets.json"))
        try Data(#"{"format": 1, "id": "broken", "dimensions": 3}"#.utf8).write(to: folder.appendingPathComponent("broken.json"))
        let entries = QuestionnaireCatalog.entries(in: folder.path)
        XCTAssertEqual(entries.map { FilePath.name(of: $0.path) }, ["broken.json", "mini.json"])
        XCTAssertNil(entries[0].result.questionnaire, "a questionnaire that does not load is still listed, as invalid")
    }

    func testADuplicateKeyIsRefusedWhereItStands() {
        XCTAssertThrowsError(try JSONParser.parse(Array("{\"a\": 1,\n  \"b\": {\"c\": 1, \"c\": 2}}".utf8))) { error in
            XCTAssertEqual(error as? JSONSyntaxError, JSONSyntaxError(problem: .duplicateMember("c", line: 2, column: 9), line: 2, column: 17))
            XCTAssertEqual((error as? JSONSyntaxError)?.message, "the member \"c\" appears twice in this object (first on line 2, column 9); keep one")
        }
        XCTAssertNoThrow(try JSONParser.parse(Array(#"[{"c": 1}, {"c": 2}]"#.utf8)), "the same key in two objects is no duplicate")
    }

    func testDuplicateKeysAreRefusedInTargetsMappingsAndResponses() throws {
        let targets = Fixtures.write(#"{"targets": {"alpha": {"score": 40}, "alpha": {"score": 90}}}"#, name: "targets.json")
        XCTAssertEqual(TargetsLoader.load(path: targets, questionnaire: Fixtures.mini).diagnostics.map(\.description), [
            "\(targets):1:38: error: invalid JSON: the member \"alpha\" appears twice in this object (first on line 1, column 14); keep one",
        ])
        let mapping = Fixtures.write(#"{"format": 1, "format": 1}"#, name: "map.json")
        XCTAssertEqual(ResponseMapping.load(path: mapping).diagnostics.map(\.description), [
            "\(mapping):1:15: error: invalid JSON: the member \"format\" appears twice in this object (first on line 1, column 2); keep one",
        ])
        let responses = Fixtures.write(#"[{"id": "a", "A1": 1, "A1": 5}]"#, name: "responses.json")
        XCTAssertEqual(Fixtures.readResponses(path: responses, questionnaire: Fixtures.mini).diagnostics.map(\.description), [
            "\(responses):1:23: error: invalid JSON: the member \"A1\" appears twice in this object (first on line 1, column 14); keep one",
        ])
    }

    func testIDsThatDifferOnlyInCaseOrNormalisationAreTwinsNotDuplicates() {
        var table = RespondentIDTable()
        XCTAssertEqual(table.insert("Gent", file: 0, row: 2), .new)
        XCTAssertEqual(table.insert("gent", file: 0, row: 3), .twin(id: "Gent", file: 0, row: 2))
        XCTAssertEqual(table.insert("GENT", file: 1, row: 4), .twin(id: "Gent", file: 0, row: 2))
        XCTAssertEqual(table.insert("Gent", file: 1, row: 5), .duplicate(file: 0, row: 2))
        XCTAssertEqual(table.insert("gent", file: 1, row: 6), .duplicate(file: 0, row: 3), "an exact duplicate is found past its twin")
        XCTAssertEqual(table.insert("Li\u{E8}ge", file: 0, row: 7), .new)
        XCTAssertEqual(table.insert("Lie\u{300}ge", file: 0, row: 8), .twin(id: "Li\u{E8}ge", file: 0, row: 7), "NFD beside NFC")
        XCTAssertEqual(table.insert("LIE\u{300}GE", file: 0, row: 9), .twin(id: "Li\u{E8}ge", file: 0, row: 7))
        XCTAssertEqual(table.insert("Liege", file: 0, row: 10), .new, "an accent is more than normalisation")
        XCTAssertEqual(table.insert("Gent2", file: 0, row: 11), .new)
    }

    func testABoundedTableFindsTwinsOfTheIDsItHolds() {
        var table = RespondentIDTable(limit: 1, overflow: IDRuns(runBytes: 64))
        XCTAssertEqual(table.insert("Gent", file: 0, row: 2), .new)
        XCTAssertEqual(table.insert("GENT", file: 0, row: 3), .twin(id: "Gent", file: 0, row: 2), "an id beyond the limit meets the held ones")
        XCTAssertEqual(table.insert("Gent", file: 0, row: 4), .duplicate(file: 0, row: 2))
    }

    func testTwinsBeyondABoundedTablesLimitAreFoundByTheMerge() throws {
        let runs = IDRuns(runBytes: 64)
        var table = RespondentIDTable(limit: 1, overflow: runs)
        for (row, id) in ["x", "Gent", "a", "GENT", "gent", "Gent", "Li\u{E8}ge", "Lie\u{300}ge"].enumerated() {
            _ = table.insert(id, file: 0, row: row + 2)
        }
        XCTAssertEqual(try runs.duplicates(), [
            IDRuns.Duplicate(id: "GENT", file: 0, row: 5, firstFile: 0, firstRow: 3, twinOf: "Gent"),
            IDRuns.Duplicate(id: "gent", file: 0, row: 6, firstFile: 0, firstRow: 3, twinOf: "Gent"),
            IDRuns.Duplicate(id: "Gent", file: 0, row: 7, firstFile: 0, firstRow: 3),
            IDRuns.Duplicate(id: "Lie\u{300}ge", file: 0, row: 9, firstFile: 0, firstRow: 8, twinOf: "Li\u{E8}ge"),
        ])
    }

    func testTwinIDsAreScoredApartWithAWarningNamingBothRows() throws {
        let responses = Fixtures.write("id,A1\nGent,4\ngent,2\nLi\u{E8}ge,3\nLie\u{300}ge,1\n", name: "responses.csv")
        let read = Fixtures.readResponses(path: responses, questionnaire: Fixtures.mini)
        XCTAssertEqual(read.rows.count, 4)
        XCTAssertEqual(read.diagnostics.filter { $0.message.contains("differs") }.map(\.description), [
            "\(responses):3:id: warning: respondent id \"gent\" differs from \"Gent\" (row 2) only in letter case; "
                + "both are kept as different municipalities. If they are one, write its id the same way in both rows",
            "\(responses):5:id: warning: respondent id \"Lie\u{300}ge\" differs from \"Li\u{E8}ge\" (row 4) only in how its accents are encoded "
                + "(Unicode NFD and NFC); both are kept as different municipalities. If they are one, write its id the same way in both rows",
        ])
    }

    func testIDsThatSlugAlikeGetFileNamesOfTheirOwn() {
        var names = UniqueFileNames()
        let ids = ["Gent", "gent", "GENT", "a/b", "a|b", "a b", "gent-2", "!!!"]
        XCTAssertEqual(ids.map { names.name(for: $0, fallback: "municipality-x") },
                       ["gent", "gent-2", "gent-3", "a-b", "a-b-2", "a-b-3", "gent-2-2", "municipality-x"])
    }

    func testEveryMunicipalityHasItsOwnRadarAndReportAndTheLinksFollow() throws {
        let rows = ["Gent,5,1", "gent,1,5", "GENT,3,3", "a/b,4,2", "a|b,2,4"].map { $0 + ",yes,z,p,3,2\n" }.joined()
        let responses = Fixtures.write("id,A1,A2,A3,B1,B2,B3,B4\n" + rows, name: "responses.csv")
        let compared = ComparisonRun.compare(questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q.json", sha256: "0"),
                                             responsePaths: [responses], language: "en", options: ReadingOptions(), settings: ComparisonRun.Settings()) { _ in }
        let comparison = try XCTUnwrap(compared.value)
        let radars = ComparisonChartRenderer().render(comparison, strings: .english, words: .english).map(\.path).filter { $0.contains("radar") }
        XCTAssertEqual(radars, ["charts/radar-gent.svg", "charts/radar-gent-2.svg", "charts/radar-gent-3.svg", "charts/radar-a-b.svg", "charts/radar-a-b-2.svg"])
        let run = ScoringRun(questionnaire: Fixtures.mini, questionnaireFile: SourceFile(path: "q.json", sha256: "0"), responsePaths: [responses],
            language: "en", options: ReadingOptions(), settings: ScoringRun.Settings())
            .score { _ in }
        let files = try ReportGeneration.renderInMemory(run, formats: [.markdown, .svg], strings: .english)
        let reports = files.map(\.relativePath).filter { $0.hasPrefix("municipalities/") && $0.hasSuffix(".md") }.sorted()
        XCTAssertEqual(reports, ["municipalities/a-b-2.md", "municipalities/a-b.md", "municipalities/gent-2.md", "municipalities/gent-3.md", "municipalities/gent.md"])
        let gent2 = try XCTUnwrap(files.first { $0.relativePath == "municipalities/gent-2.md" }).contents
        XCTAssertTrue(gent2.contains("gent") && gent2.contains("(gent-2.svg)"), gent2)
    }
}
