import XCTest
@testable import SmartCityKit

/// Issue 28: what is said about a damaged part of a workbook - XML that is not well-formed, a
/// row or cell that stands where it cannot, a cell's value, type or style, a number format, a
/// sheet's declaration - in every language, located by the part, line and column as in English.
final class WorkbookPartWordingTests: XCTestCase {
    /// Every XML problem the tokenizer reports.
    private static let xmlProblems: [XMLTokenizer.Problem] = [
        .textOutsideRoot, .noRootElement, .cdataOutsideRoot, .endsInsideElement("row"), .endsInsideProcessingInstruction,
        .endsInsideComment, .endsInsideCDATA, .endsInsideTag("c"), .endsInsideAttributeValue("r"), .documentType, .markupDeclaration,
        .expectedEmptyTagClose("c"), .expectedSpace("row"), .secondRoot("worksheet"), .tooDeep(256), .repeatedAttribute("r"),
        .expectedEquals("r"), .expectedQuotedValue("t"), .expectedEndTagClose("v"), .endTagClosesNothing("sheetData"),
        .mismatchedEndTag("rows", open: "row"), .expectedName, .lessThanInAttribute, .bareAmpersand, .disallowedCharacterReference("#0"),
        .undefinedEntity("nbsp"), .controlCharacter(1), .invalidUTF8, .disallowedCharacter(0xFFFE), .endsEarly(.expectedName),
    ]

    /// Every problem of a well-formed part.
    private static let partProblems: [WorkbookPartProblem] = [
        .placement(.secondSheetData, sheet: "Blad1"), .placement(.rowNumber("0"), sheet: "Blad1"), .placement(.rowAbove(3, previous: 5), sheet: "Blad1"),
        .placement(.rowAfterLast, sheet: "Blad1"), .placement(.cellReference("A0"), sheet: "Blad1"), .placement(.cellAfterLastColumn(row: 4), sheet: "Blad1"),
        .placement(.cellInEarlierRow("B2", previous: 2), sheet: "Blad1"), .placement(.cellInAnotherRow("B3", row: 2), sheet: "Blad1"),
        .placement(.cellLeftOf("A2", previous: "C2"), sheet: "Blad1"),
        .cell("B2", sheet: "Blad1", .notANumber("veel")), .cell("B2", sheet: "Blad1", .notADate("1e300")), .cell("B2", sheet: "Blad1", .sharedString("9", count: 3)),
        .cell("B2", sheet: "Blad1", .notABoolean("2")), .cell("B2", sheet: "Blad1", .notAnISODate("2024-13-01")), .cell("B2", sheet: "Blad1", .unknownType("x")),
        .cell("B2", sheet: "Blad1", .undefinedStyle("7", defined: 2)), .numberFormatID("-1"), .sheetWithoutNameOrID,
    ]

    /// Every text, located as a user meets it, in one language.
    private static func texts(_ code: String) -> [String] {
        let wording = WorkbookWording.forLanguage(code)
        let failure = { (problem: XMLTokenizer.Problem) in XMLTokenizer.Failure(problem: problem, line: 2, column: 7, offset: 80) }
        return xmlProblems.map { WorkbookReader.Failure(.malformed(part: "xl/worksheets/sheet1.xml", failure($0))).message(wording) }
            + partProblems.map { WorkbookReader.Failure(.damaged(part: "xl/worksheets/sheet1.xml", line: 3, column: 9, $0)).message(wording) }
    }

    /// Words of the English texts that are neither Dutch nor French.
    private static let englishWords: Set<String> = [
        "the", "and", "not", "with", "for", "to", "row", "rows", "column", "sheet", "workbook", "which", "that", "has", "holds", "after",
        "save", "again", "damaged", "it", "its", "no", "or", "cell", "cells", "comes", "stands", "ends", "inside", "cut", "short",
        "expected", "allowed", "character", "attribute", "name", "value", "part", "program", "spreadsheet", "correct", "number",
        "shared", "string", "define", "defines", "nest", "deeper", "than", "levels", "appears", "twice", "one",
        "end", "closes", "match", "text", "outside", "root", "valid", "here", "write", "entity", "reference",
    ]

    /// The words of a text in lower case, without element names (`<sheetData>`), references
    /// (`&amp;`), attributes (`r="A0"`), code points and file names.
    private static func words(_ text: String) -> [String] {
        text.replacingOccurrences(of: "</?[A-Za-z:]+>|&#?[A-Za-z0-9]+;|[A-Za-z]+=\"[^\"]*\"|U\\+[0-9A-F]+", with: " ", options: .regularExpression)
            .split(separator: " ").filter { !$0.contains(".") }
            .flatMap { $0.split { !$0.isLetter }.map { $0.lowercased() } }
    }

    func testEveryTextInEveryLanguageIsWordsNotSwiftValues() {
        XCTAssertEqual(Self.texts("en").count, Self.xmlProblems.count + Self.partProblems.count)
        for code in ["en", "nl", "fr"] {
            for text in Self.texts(code) {
                XCTAssertTrue(text.hasPrefix("xl/worksheets/sheet1.xml:2:7: ") || text.hasPrefix("xl/worksheets/sheet1.xml:3:9: "), "\(code): \(text)")
            }
        }
        WordingChecks(texts: Self.texts).assertWordsNotSwiftValues(["(message:", "Optional(", "nil", "Problem", "Failure", "Placement", "Value", "[\"", "\\("])
    }

    func testNoEnglishWordIsLeftInTheDutchAndFrenchTexts() {
        WordingChecks(texts: Self.texts).assertNoEnglishWordLeft(Self.englishWords, words: Self.words)
    }

    func testTheFrenchTextsSpaceHighPunctuationWithANarrowNoBreakSpace() {
        // The location (`sheet1.xml:2:7:`) and references (`&amp;`) are not French punctuation.
        WordingChecks(texts: Self.texts).assertFrenchSpacing(prose: { $0.replacingOccurrences(of: "^[^ ]+: |&#?[A-Za-z0-9]+;", with: "", options: .regularExpression) })
    }

    func testTheEnglishTextsReadAsBefore() throws {
        let cell = WorkbookReader.Failure(.damaged(part: "xl/worksheets/sheet1.xml", line: 2, column: 20, .cell("B1", sheet: "Blad1", .notABoolean("2"))))
        XCTAssertEqual(cell.message, "xl/worksheets/sheet1.xml:2:20: cell B1 of sheet \"Blad1\" is a boolean holding \"2\", neither 1 nor 0; "
                       + "correct the cell in the spreadsheet program and save the workbook again")
        let row = WorkbookReader.Failure(.damaged(part: "xl/worksheets/sheet1.xml", line: 2, column: 1, .placement(.rowAbove(2, previous: 3), sheet: "Blad1")))
        XCTAssertEqual(row.message, "xl/worksheets/sheet1.xml:2:1: row 2 comes after row 3; a sheet's rows go from top to bottom (sheet \"Blad1\"); "
                       + "correct or save the workbook again in the spreadsheet program")
        let empty = try XCTUnwrap(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet("") + "<")))
        XCTAssertTrue(empty.contains(": the document ends early (expected a name): it is cut short; the part is not well-formed XML, "), empty)
    }

    func testADamagedSheetIsLocatedInTheRunsLanguage() throws {
        let bytes = TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="1"><c r="A1" t="b"><v>2</v></c></row>"#))
        let dutch = try XCTUnwrap(Self.failure(bytes)).message(.dutch)
        XCTAssertTrue(dutch.hasPrefix("xl/worksheets/sheet1.xml:2:"), dutch)
        XCTAssertTrue(dutch.hasSuffix(": cel A1 van werkblad \"Blad1\" is een booleaanse waarde met \"2\", noch 1 noch 0; "
                                      + "verbeter de cel in het rekenbladprogramma en bewaar de werkmap opnieuw"), dutch)
        let cut = TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="1"><c r="A1"><v>1</v></c></row>"#).replacingOccurrences(of: "</row>", with: "</rij>"))
        let french = try XCTUnwrap(Self.failure(cut)).message(.french)
        XCTAssertTrue(french.contains(": la balise de fin </rij> ne correspond pas à l’élément ouvert <row>\u{202F}; la partie n’est pas du XML bien formé"), french)
    }

    /// The failure reading a workbook gives.
    private static func failure(_ bytes: [UInt8]) -> WorkbookReader.Failure? {
        do throws(WorkbookReader.Failure) {
            _ = try WorkbookReader.read(bytes)
            return nil
        } catch {
            return error
        }
    }
}
