import XCTest
@testable import SmartCityKit

/// Small workbooks written part by part, for the reader's tests.
enum TestWorkbook {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// A worksheet part holding `rows` (the XML of its `<row>` elements).
    static func sheet(_ rows: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n<worksheet xmlns=\"\(main)\"><sheetData>\(rows)</sheetData></worksheet>"
    }

    /// A styles part whose cell styles have these number formats (custom ones as `(id, code)`).
    static func styles(_ formatIDs: [Int], custom: [(Int, String)] = []) -> String {
        let formats = custom.map { #"<numFmt numFmtId="\#($0.0)" formatCode="\#($0.1)"/>"# }.joined()
        return "<styleSheet xmlns=\"\(main)\"><numFmts count=\"\(custom.count)\">\(formats)</numFmts><cellXfs count=\"\(formatIDs.count)\">"
            + formatIDs.map { #"<xf numFmtId="\#($0)" fontId="0" applyNumberFormat="1"/>"# }.joined() + "</cellXfs></styleSheet>"
    }

    /// A workbook of one sheet "Blad1" with the given parts (each an XML text; nil leaves it out).
    static func bytes(sheet: String, strings: [String] = [], styles: String? = nil, date1904: Bool = false) -> [UInt8] {
        var parts: [(String, String)] = [
            ("[Content_Types].xml", #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#),
            ("_rels/.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><workbookPr\(date1904 ? #" date1904="1""# : "")/><sheets><sheet name=\"Blad1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="\#(relationships)/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="\#(relationships)/styles" Target="/xl/styles.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
        if !strings.isEmpty {
            parts.append(("xl/sharedStrings.xml", "<sst xmlns=\"\(main)\">" + strings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"))
        }
        if let styles { parts.append(("xl/styles.xml", styles)) }
        return ZipArchive.write(parts.map { ($0.0, Array($0.1.utf8)) })
    }

    /// The one sheet's rows as a dense table.
    static func table(sheet: String, strings: [String] = [], styles: String? = nil, date1904: Bool = false) throws -> [[String]] {
        try XCTUnwrap(try WorkbookReader.read(bytes(sheet: sheet, strings: strings, styles: styles, date1904: date1904)).first).table
    }

    /// The message of the failure reading the workbook gives (nil, and a test failure, when it reads).
    static func failure(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> String? {
        do {
            _ = try WorkbookReader.read(bytes)
            XCTFail("the workbook was read", file: file, line: line)
            return nil
        } catch {
            return error.message
        }
    }

    /// Twelve respondents of the i-monitor, one per row of the sheet's XML (row 1 the header).
    static func twelveRespondents() -> String {
        var rows = #"<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>CA01</t></is></c></row>"#
        for number in 2...13 {
            rows += "\n" + #"<row r="\#(number)"><c r="A\#(number)" t="inlineStr"><is><t>m\#(number)</t></is></c><c r="B\#(number)"><v>\#(number)</v></c></row>"#
        }
        return rows
    }
}

/// Crafted workbooks from issue 24: each gives an error naming the part and the cell (or a bounded
/// result), never a trap, unbounded memory or a partial read.
final class HostileWorkbookTests: XCTestCase {
    private let datedStyles = TestWorkbook.styles([0, 14])

    func testASharedStringIndexOfMinusOneIsAnErrorNamingTheCell() throws {
        let message = try XCTUnwrap(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="1"><c r="B1" t="s"><v>-1</v></c></row>"#), strings: ["a"])))
        XCTAssertTrue(message.hasPrefix("xl/worksheets/sheet1.xml:2:"), message)
        XCTAssertTrue(message.contains("cell B1 of sheet \"Blad1\" refers to shared string \"-1\", but the workbook has 1"), message)
        XCTAssertNotNil(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row><c t="s"><v>1</v></c></row>"#), strings: ["a"])), "one past the last")
        XCTAssertNotNil(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row><c t="s"><v>99999999999999999999</v></c></row>"#), strings: ["a"])))
    }

    func testADateFormattedValueOf1e300IsAnError() throws {
        let message = try XCTUnwrap(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="1"><c r="A1" s="1"><v>1e300</v></c></row>"#), styles: datedStyles)))
        XCTAssertTrue(message.contains("cell A1 of sheet \"Blad1\" holds 1e300 in a date format, which is no date"), message)
        XCTAssertNotNil(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row><c s="1"><v>-1</v></c></row>"#), styles: datedStyles)), "before 1900")
    }

    func testNaNAndInfinityAreNotNumbers() throws {
        for value in ["nan", "NaN", "inf", "-infinity", "1e999", "0x10", "1.2.3", "", " 1 2"] where !value.isEmpty {
            let message = TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="1"><c r="A1" s="1"><v>\#(value)</v></c></row>"#), styles: datedStyles))
            XCTAssertTrue(message?.contains("which is not a number") ?? false, "\(value): \(message ?? "")")
        }
        XCTAssertEqual(try TestWorkbook.table(sheet: TestWorkbook.sheet(#"<row r="1"><c r="A1"><v>1e300</v></c><c r="B1"><v>-0</v></c></row>"#)), [["1e300", "0"]],
                       "a large plain number is a number")
    }

    func testARowNumberOfIntMinIsAnError() throws {
        let message = try XCTUnwrap(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="-9223372036854775808"><c><v>1</v></c></row>"#))))
        XCTAssertTrue(message.contains("the row number r=\"-9223372036854775808\" is not a row between 1 and 1,048,576"), message)
    }

    func testAReferenceOfFifteenLettersIsAnError() throws {
        let message = try XCTUnwrap(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="1"><c r="ZZZZZZZZZZZZZZZ1"><v>1</v></c></row>"#))))
        XCTAssertTrue(message.contains("the cell reference r=\"ZZZZZZZZZZZZZZZ1\" is not a cell within Excel's limits (A1 to XFD1048576)"), message)
    }

    /// Once 8.7 GB: a cell beyond Excel's columns.
    func testAReferenceBeyondColumnXFDIsAnError() throws {
        for reference in ["ZZZZZZZ1", "XFE1", "A1048577", "A0"] {
            let message = TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row><c r="\#(reference)"><v>1</v></c></row>"#)))
            XCTAssertTrue(message?.contains("r=\"\(reference)\" is not a cell within Excel's limits") ?? false, "\(reference): \(message ?? "")")
        }
        var cells = ""
        for _ in 0...CellReference.maximumColumn { cells += "<c><v>1</v></c>" }
        XCTAssertTrue(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet("<row>\(cells)</row>")))?.contains("beyond Excel's last column") ?? false,
                      "cells without references past XFD")
    }

    /// Once 4.2 GB: a row far below the last.
    func testARowAt300000000IsAnError() throws {
        let message = try XCTUnwrap(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="300000000"><c><v>1</v></c></row>"#))))
        XCTAssertTrue(message.contains("r=\"300000000\" is not a row between 1 and 1,048,576"), message)
    }

    func testTheLastCellOfASheetIsOneCellNotAMillionRows() throws {
        let sheets = try WorkbookReader.read(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>"#)))
        XCTAssertEqual(sheets[0].rows, [WorkbookReader.Row(number: 1_048_576, cells: [WorkbookReader.Cell(column: 16_383, text: "7")])])
        XCTAssertEqual(sheets[0].text(row: 1_048_576, column: 16_383), "7")
    }

    /// Once 5 GB: 20,000 cells at column XFD keep one cell each, and responses made of them are
    /// read where they are.
    func testTwentyThousandCellsAtColumnXFDAreTwentyThousandCells() throws {
        var rows = #"<row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>CA01</t></is></c></row>"#
        for number in 2...20_001 { rows += #"<row r="\#(number)"><c r="XFD\#(number)"><v>1</v></c></row>"# }
        let bytes = TestWorkbook.bytes(sheet: TestWorkbook.sheet(rows))
        let sheet = try XCTUnwrap(try WorkbookReader.read(bytes).first)
        XCTAssertEqual(sheet.rows.count, 20_001)
        XCTAssertEqual(sheet.rows.map(\.cells.count).reduce(0, +), 20_002)
        let path = Fixtures.write(bytes: bytes, name: "xfd.xlsx")
        let read = Fixtures.readResponses(path: path, questionnaire: Fixtures.iMonitor)
        XCTAssertEqual(read.rows.count, 0, "\(read.diagnostics.prefix(3))")
        XCTAssertEqual(read.excluded.count, 20_000, "each row is wider than its header")
    }

    func testRowsThatGoUpAndCellsThatGoLeftAreErrors() throws {
        let upward = TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="5"><c><v>1</v></c></row><row r="3"><c><v>1</v></c></row>"#)))
        XCTAssertTrue(upward?.contains("row 3 comes after row 5") ?? false, upward ?? "")
        let leftward = TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="1"><c r="C1"><v>1</v></c><c r="B1"><v>2</v></c></row>"#)))
        XCTAssertTrue(leftward?.contains("cell B1 comes after cell C1") ?? false, leftward ?? "")
        let twice = TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="5"><c><v>1</v></c></row></sheetData><sheetData><row r="3"><c><v>1</v></c></row>"#)))
        XCTAssertTrue(twice?.contains("a second <sheetData>") ?? false, twice ?? "")
        let elsewhere = TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="1"><c r="B2"><v>1</v></c></row>"#)))
        XCTAssertTrue(elsewhere?.contains("cell B2 stands in row 1") ?? false, elsewhere ?? "")
    }

    func testUnknownCellTypesBooleansAndStylesAreErrors() throws {
        XCTAssertTrue(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row><c t="x"><v>1</v></c></row>"#)))?.contains("t=\"x\"") ?? false)
        XCTAssertTrue(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row><c t="b"><v>2</v></c></row>"#)))?.contains("neither 1 nor 0") ?? false)
        XCTAssertTrue(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row><c s="9"><v>2</v></c></row>"#), styles: datedStyles))?
            .contains("s=\"9\", which the workbook does not define (it defines 2)") ?? false)
        XCTAssertTrue(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row><c s="-1"><v>2</v></c></row>"#)))?.contains("s=\"-1\"") ?? false)
    }

    /// Once "Scored 6 respondents" of 12, exit 0: a sheet cut in half.
    func testASheetCutInHalfIsAnErrorAndNoRows() throws {
        let sheet = TestWorkbook.sheet(TestWorkbook.twelveRespondents())
        let cut = String(sheet.prefix(sheet.count / 2))
        let message = try XCTUnwrap(TestWorkbook.failure(TestWorkbook.bytes(sheet: cut)))
        XCTAssertTrue(message.hasPrefix("xl/worksheets/sheet1.xml:"), message)
        XCTAssertTrue(message.contains("cut short"), message)
        let read = Fixtures.readResponses(path: Fixtures.write(bytes: TestWorkbook.bytes(sheet: cut), name: "cut.xlsx"), questionnaire: Fixtures.iMonitor)
        XCTAssertEqual(read.rows.count, 0, "no partial read")
        XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }.count, 1)
        let whole = Fixtures.readResponses(path: Fixtures.write(bytes: TestWorkbook.bytes(sheet: sheet), name: "whole.xlsx"), questionnaire: Fixtures.iMonitor)
        XCTAssertEqual(whole.rows.count, 12, "the whole sheet reads")
    }

    /// Once "Scored 6 respondents" of 12, exit 0: an entity declaration (billion laughs) in row 8.
    func testAnEntityDeclarationInRow8IsAnErrorNamingThePartAndNoRows() throws {
        var lines = TestWorkbook.sheet(TestWorkbook.twelveRespondents()).components(separatedBy: "\n")
        lines[8] = #"<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">"# + lines[8]
        let message = try XCTUnwrap(TestWorkbook.failure(TestWorkbook.bytes(sheet: lines.joined(separator: "\n"))))
        XCTAssertTrue(message.hasPrefix("xl/worksheets/sheet1.xml:9:1: a markup declaration"), message)
        let laughs = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>"# + "\n"
            + "<worksheet xmlns=\"\(TestWorkbook.main)\"><sheetData>\(TestWorkbook.twelveRespondents().replacingOccurrences(of: "<t>m8</t>", with: "<t>&lol2;</t>"))</sheetData></worksheet>"
        let doctype = try XCTUnwrap(TestWorkbook.failure(TestWorkbook.bytes(sheet: laughs)))
        XCTAssertTrue(doctype.hasPrefix("xl/worksheets/sheet1.xml:1:22: a document type declaration (<!DOCTYPE>) is not allowed"), doctype)
        let read = Fixtures.readResponses(path: Fixtures.write(bytes: TestWorkbook.bytes(sheet: laughs), name: "laughs.xlsx"), questionnaire: Fixtures.iMonitor)
        XCTAssertEqual(read.rows.count, 0, "no partial read")
        XCTAssertTrue(read.diagnostics.first?.description.contains("laughs.xlsx: error: xl/worksheets/sheet1.xml:1:22:") ?? false, "\(read.diagnostics)")
    }

    func testMalformedSharedStringsStylesWorkbookAndRelationshipsAreErrorsNamingThePart() throws {
        let sheet = TestWorkbook.sheet(#"<row><c t="s"><v>0</v></c></row>"#)
        var parts = try ZipArchive.read(TestWorkbook.bytes(sheet: sheet, strings: ["a"], styles: datedStyles))
        for name in ["xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels"] {
            var broken = parts
            broken[name] = Array(parts[name]!.dropLast(3))
            let message = TestWorkbook.failure(ZipArchive.write(broken.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }))
            XCTAssertTrue(message?.hasPrefix(name + ":1:") ?? false, "\(name): \(message ?? "")")
        }
        parts["xl/sharedStrings.xml"] = Array("<sst><si><t>a&b;</t></si></sst>".utf8)
        XCTAssertTrue(TestWorkbook.failure(ZipArchive.write(parts.map { ($0.key, $0.value) }))?.contains("&b; is not defined") ?? false)
    }
}
