import Foundation
import XCTest
@testable import SmartCityKit

final class ResponseReadingTests: XCTestCase {
    let questionnaire = Fixtures.mini
    let header = "id,name,A1,A2,A3,B1,B2,B3,B4\n"

    private func read(_ text: String, name: String = "r.csv", options: ReadingOptions = ReadingOptions())
        -> (rows: [ResponseRow], excluded: [ExcludedRow], diagnostics: [String])
    {
        let path = Fixtures.write(text, name: name)
        let (rows, excluded, diagnostics) = Fixtures.readResponses(path: path, questionnaire: questionnaire, options: options)
        let folder = (path as NSString).deletingLastPathComponent + "/"
        return (rows, excluded, diagnostics.map { $0.description.replacingOccurrences(of: folder, with: "") })
    }

    func testReadsEveryQuestionTypeAndKeepsMetadata() {
        let result = read(header + "m1,Aalst,4,2,ja,y,p;q,\"1,5\",1\n")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.rows.count, 1)
        let row = result.rows[0]
        XCTAssertEqual(row.respondentID, "m1")
        XCTAssertEqual(row.row, 2)
        XCTAssertEqual(row.metadata, ["Aalst"])
        XCTAssertEqual(row.answers, [.number(4), .number(2), .yesNo(true), .choice(1), .choices(OptionSelection([0, 1])), .number(1.5), .number(1)])
    }

    func testIDsAndMetadataWrittenSpreadsheetSafeReadBackAsTheyWere() {
        // Enough rows for both the rows read with the header and those read in blocks.
        let rows = (1...60).map { "\(CSVWriter.text("=m\($0)")),\(CSVWriter.text("+32 \($0)")),4,2,ja,y,p,1,1\n" }
        XCTAssertTrue(rows[0].hasPrefix("'=m1,'+32 1,"), "written with the guard")
        let result = read(header + rows.joined() + "'quoted',-3,4,2,ja,y,p,1,1\n")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.rows.map(\.respondentID), (1...60).map { "=m\($0)" } + ["'quoted'"])
        XCTAssertEqual(result.rows.map(\.metadata), (1...60).map { ["+32 \($0)"] } + [["-3"]], "an apostrophe before anything else stays")
    }

    func testNonAnswersAndBlanks() {
        let result = read(header + "m1,,DK,na,,y,,,\n")
        XCTAssertEqual(result.diagnostics, [])
        XCTAssertEqual(result.rows[0].answers, [.nonAnswer(.dontKnow), .nonAnswer(.notApplicable), .blank, .choice(1), .blank, .blank, .blank])
    }

    func testCellErrorsAreLocatedAndLeaveTheRestScored() {
        let result = read(header + "m1,A,7,x,maybe,w,p;s,-1,2\n")
        XCTAssertEqual(result.diagnostics, [
            #"r.csv:2:A1: error: 7 is not on the scale of A1; use one of 1, 2, 3, 4, 5, or "dk" / "na", or leave the cell empty. The answer is not scored."#,
            #"r.csv:2:A2: error: "x" is not a number; A2 takes one of 1, 2, 3, 4, 5, or "dk" / "na", or leave the cell empty. The answer is not scored."#,
            #"r.csv:2:A3: error: "maybe" is not a yes/no answer for A3; use yes or no (also 1/0, ja/nee, oui/non), or "dk" / "na", or leave the cell empty. The answer is not scored."#,
            #"r.csv:2:B1: error: unknown option "w" for B1; use one of x, y, z, or "dk" / "na", or leave the cell empty. The answer is not scored."#,
            #"r.csv:2:B2: error: unknown option "s" for B2; list codes of p, q, r separated by ';', or "dk" / "na", or leave the cell empty. The answer is not scored."#,
            #"r.csv:2:B3: error: -1 is out of range for B3; use a number from 0 to 10, or "dk" / "na", or leave the cell empty. The answer is not scored."#,
        ])
        XCTAssertEqual(result.rows.count, 1, "the row is still scored where it can be")
        XCTAssertEqual(result.rows[0].answers.last, .number(2))
    }

    func testDuplicateIDsWrongFieldCountsAndMissingIDs() {
        let result = read(header + "m1,,1,1,yes,x,p,0,0\nm1,,1,1,yes,x,p,0,0\nm2,,1\n,,1,1,yes,x,p,0,0\n")
        XCTAssertEqual(result.diagnostics, [
            #"r.csv:3:id: error: duplicate respondent id "m1" (first on row 2); ids must be unique. The row is left out."#,
            "r.csv:4: error: row 4 (line 4) has 3 fields but the header has 9; check for a missing or extra delimiter or an unquoted delimiter inside a value. The row is left out.",
            "r.csv:5:id: error: the respondent id is empty; give every row a unique id. The row is left out.",
        ])
        XCTAssertEqual(result.rows.map(\.respondentID), ["m1"])
        XCTAssertEqual(result.excluded.map(\.row), [3, 4, 5])
        XCTAssertEqual(result.excluded[1].reason, .wrongFieldCount(found: 3, expected: 9))
        XCTAssertEqual(result.excluded[2].reason, .missingID)
        guard case .duplicateID(_, let firstRow) = result.excluded[0].reason else { return XCTFail("expected a duplicate") }
        XCTAssertEqual(firstRow, 2)
    }

    func testHeaderProblems() {
        let unknown = read("id,name,a1,Q9,A2[x],region,A1,A2,A3,B1,B2,B3,B4\nm1,,,,,,1,1,yes,x,p,0,0\n")
        XCTAssertEqual(unknown.diagnostics, [
            #"r.csv:1:a1: warning: unknown column "a1"; did you mean the question "A1"? Under this name it is not scored"#,
            #"r.csv:1:A2[x]: error: A2 is a likert question, not a multi question; name the column A2"#,
        ])
        let missingID = read("name,A1\nx,1\n")
        XCTAssertEqual(missingID.diagnostics, [
            #"r.csv:1:id: error: no "id" column in the header; add a column with a unique id per respondent or name it with --id-column"#
        ])
        XCTAssertEqual(read("gemeente,A1\nx,1\n", options: ReadingOptions(idColumn: "gemeente")).rows.map(\.respondentID), ["x"])
        XCTAssertEqual(read("").diagnostics, [
            "r.csv: error: the file is empty; it needs a header row with id and the question codes, then one row per respondent"
        ])
        let headerOnly = ResponseChecker.check(path: Fixtures.write("id,A1\n", name: "h.csv"), questionnaire: questionnaire, options: ReadingOptions())
        XCTAssertEqual(headerOnly.value, 0)
        XCTAssertEqual(headerOnly.diagnostics.map(\.message).last, "the file has a header but no respondent rows")
        let partial = read("id,A1\nm,3\n")
        XCTAssertEqual(partial.diagnostics, ["r.csv:1:id: warning: no column for questions A2, A3, B1, B2, B3, B4; they count as unanswered"])
        XCTAssertEqual(partial.rows[0].answers[0], .number(3))
    }

    func testLookalikeColumnIsReportedAsUnknown() {
        let result = read("id,A9,A1\nm,1,2\n")
        XCTAssertTrue(result.diagnostics.contains(#"r.csv:1:A9: warning: unknown column "A9": it looks like a question code but mini has no such question; it is not scored"#), "\(result.diagnostics)")
    }

    func testACodeColumnWrittenWithoutItsLeadingZeroNamesTheQuestionMeant() {
        let i = QuestionnaireLoader.load(path: Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor/questionnaire.json").path).questionnaire!
        let path = Fixtures.write("id,ES01,ES2,ES-03,ES99\nm,1,2,3,4\n", name: "z.csv")
        let result = ResponseChecker.check(path: path, questionnaire: i, options: ReadingOptions())
        let messages = result.diagnostics.map(\.message)
        XCTAssertTrue(messages.contains(#"unknown column "ES2"; did you mean the question "ES02"? Under this name it is not scored"#), "\(messages)")
        XCTAssertTrue(messages.contains(#"unknown column "ES-03"; did you mean the question "ES03"? Under this name it is not scored"#), "\(messages)")
        XCTAssertTrue(messages.contains(#"unknown column "ES99": it looks like a question code but i-monitor has no such question; it is not scored"#),
                      "no question has the number 99: \(messages)")
        XCTAssertEqual(QuestionCode.intended(by: "ES1", among: ["ES02", "ES03"]), nil, "a question with a column of its own is not the one meant")
        let one = ResponseChecker.check(path: Fixtures.write("id,A1,A2,A3,B1,B2,B3\nm,,,,,,\n", name: "one.csv"), questionnaire: questionnaire, options: ReadingOptions())
        XCTAssertEqual(one.diagnostics.map(\.message), ["no column for question B4; it counts as unanswered"])
    }

    func testPerOptionColumnsForMultiQuestions() {
        let result = read("id,B2[p],B2[q],B2[r]\nm1,1,,Y\nm2,0,0,0\nm3,,,\nm4,dk,,\nm5,2,,\n")
        XCTAssertEqual(result.rows.map { $0.answers[4] }, [.choices(OptionSelection([0, 2])), .choices(OptionSelection()), .blank, .nonAnswer(.dontKnow), .invalid])
        XCTAssertTrue(result.diagnostics.contains(#"r.csv:6:B2[p]: error: "2" does not say whether option p was chosen; use 1 (or Y, yes, p) for chosen and 0 or empty for not chosen. The answer is not scored."#), "\(result.diagnostics)")
        let both = read("id,B2,B2[p]\nm1,p,1\n")
        XCTAssertTrue(both.diagnostics.contains("r.csv:1:B2: error: B2 has both a single column and per-option columns B2[...]; keep one form"), "\(both.diagnostics)")
    }

    func testSemicolonFileWithDecimalCommasReadsLikeItsCommaTwin() {
        let comma = read("id,B3,A1\nm,\"2,5\",3\n").rows[0].answers
        let semicolon = read("id;B3;A1\r\nm;2,5;3\r\n").rows[0].answers
        XCTAssertEqual(comma, semicolon)
        XCTAssertEqual(semicolon[5], .number(2.5))
    }

    func testJSONResponses() {
        let json = #"[{"id": "m1", "name": "Aalst", "A1": 4, "A3": true, "B2": ["p", "q"], "B3": null}, {"id": "m2", "A1": "dk"}]"#
        let result = read(json, name: "r.json")
        XCTAssertEqual(result.rows.map(\.respondentID), ["m1", "m2"])
        XCTAssertEqual(result.rows[0].answers[0], .number(4))
        XCTAssertEqual(result.rows[0].answers[2], .yesNo(true))
        XCTAssertEqual(result.rows[0].answers[4], .choices(OptionSelection([0, 1])))
        XCTAssertEqual(result.rows[0].answers[5], .blank)
        XCTAssertEqual(result.rows[1].answers[0], .nonAnswer(.dontKnow))
        XCTAssertEqual(result.rows[0].metadata, ["Aalst"])
        XCTAssertEqual(read(#"{"id": 1}"#, name: "r.json").diagnostics, ["r.json:1:1: error: expected an array of respondent objects, found an object"])
    }

    func testWindows1252WithSemicolonsAndDecimalCommasScoresLikeItsUTF8Twin() {
        let text = "id;name;A1;B3\r\nm1;Liège;4;2,5\r\nm2;Sint-Géry;2;1,5\r\n"
        let utf8 = read(text)
        let latin = Array(text.unicodeScalars.map { UInt8($0.value) })  // é and è are one byte in Windows-1252
        let path = Fixtures.write(bytes: latin, name: "cp1252.csv")
        let questionnaire = self.questionnaire
        let (rows, _, diagnostics) = Fixtures.readResponses(path: path, questionnaire: questionnaire)
        XCTAssertEqual(diagnostics.first?.message,
                       "the file is not UTF-8; it was read as Windows-1252. If accented letters look wrong, save it as UTF-8 (\"CSV UTF-8\" in Excel)")
        XCTAssertEqual(rows.map(\.metadata), [["Liège"], ["Sint-Géry"]])
        XCTAssertEqual(rows.map(\.answers), utf8.rows.map(\.answers))
        let engine = ScoringEngine(questionnaire: questionnaire)
        XCTAssertEqual(rows.map { engine.score($0.answers) }, utf8.rows.map { engine.score($0.answers) })
    }

    func testUTF16WithByteOrderMark() {
        let text = "id\tname\tA1\nm1\tŁódź 🚲\t5\n"
        for littleEndian in [true, false] {
            var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
            for unit in text.utf16 {
                bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
            }
            let path = Fixtures.write(bytes: bytes, name: "utf16.csv")
            guard let row = Fixtures.readResponses(path: path, questionnaire: questionnaire).rows.first else { return XCTFail("a row") }
            XCTAssertEqual(row.metadata, ["Łódź 🚲"])
            XCTAssertEqual(row.answers[0], .number(5))
        }
    }

    func testDecodingAcrossChunkBoundaries() throws {
        let text = "id,name\nm,Ærøskøbing 🚲 ééé\n"
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        for bytes in [Array(text.utf8), utf16] {
            for size in 1...5 {
                var source = DecodingByteSource(TrickleByteSource(bytes: bytes, size: size))
                var output: [UInt8] = []
                while let chunk = try source.nextChunk() { output += chunk }
                XCTAssertEqual(String(decoding: output, as: UTF8.self).replacingOccurrences(of: "\u{FEFF}", with: ""), text, "chunk size \(size)")
            }
        }
    }

    func testRowsOfEmptyCellsAreSkipped() {
        let result = read("id;A1\r\nm1;3\r\n;\r\n ; \r\nm2;4\r\n;\r\n")
        XCTAssertEqual(result.diagnostics.filter { $0.contains(": error: ") }, [])
        XCTAssertEqual(result.rows.map(\.respondentID), ["m1", "m2"])
        XCTAssertEqual(result.rows.map(\.row), [2, 5], "rows keep their spreadsheet numbers")
    }

    func testControlCharactersAreReportedAndNeutralised() throws {
        let result = read(header + "m1,Aa\u{0}lst,4,2,ja,y,p,1,1\n")
        XCTAssertEqual(result.diagnostics, ["r.csv:2:name: warning: the cell holds a control character (such as NUL); the reports show it as \u{FFFD}"])
        XCTAssertEqual(MarkdownDocumentWriter.escape("Aa\u{0}lst"), "Aa\u{FFFD}lst")
        XCTAssertEqual(CSVWriter.text("Aa\u{0}lst"), "Aa\u{FFFD}lst")
    }

    func testAFileWithNoQuestionColumnIsAnError() {
        let result = read("id,name,colour\nm1,Aalst,blue\n")
        XCTAssertEqual(result.diagnostics.filter { $0.contains(": error: ") }, [
            "r.csv:1:id: error: no column matches a question of mini, so nothing can be scored; name the columns by question id (A1, A2, A3, ...), or draft a mapping with `smartcity map`"
        ])
        XCTAssertEqual(result.rows.count, 0)
    }
}
