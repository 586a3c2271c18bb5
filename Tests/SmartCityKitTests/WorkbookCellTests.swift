import XCTest
@testable import SmartCityKit

/// Cells as spreadsheet programs store them, read as the text a responses file would hold.
final class WorkbookCellTests: XCTestCase {
    private func table(_ rows: String, strings: [String] = [], styles: String? = nil, date1904: Bool = false) throws -> [[String]] {
        try TestWorkbook.table(sheet: TestWorkbook.sheet(rows), strings: strings, styles: styles, date1904: date1904)
    }

    func testSharedInlineAndRichTextStringsReadAsTheirText() throws {
        let rows = #"<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="inlineStr"><is><t>plain</t></is></c>"#
            + #"<c r="C1" t="inlineStr"><is><r><rPr><b/></rPr><t>Sint-</t></r><r><t xml:space="preserve">Niklaas </t></r><rPh sb="0" eb="1"><t>シ</t></rPh></is></c>"#
            + #"<c r="D1" t="inlineStr"><is><t>two_x000D_&#10;lines_x005F_x0041_</t></is></c></row>"#
        XCTAssertEqual(try table(rows, strings: ["zero", "one"]), [["one", "plain", "Sint-Niklaas ", "two\r\nlines_x0041_"]])
    }

    func testNumbersBooleansAndFormulasReadAsTheirCachedValues() throws {
        let rows = #"<row r="1"><c r="A1"><v>3</v></c><c r="B1"><v>4.5</v></c><c r="C1"><v>-1.25E-3</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c></row>"#
            + #"<row r="2"><c r="A2"><f>A1+1</f><v>4</v></c><c r="B2" t="str"><f>"Aal"&amp;"st"</f><v>Aalst</v></c><c r="C2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D2"><f>A1</f></c></row>"#
        XCTAssertEqual(try table(rows), [["3", "4.5", "-0.00125", "yes", "no"], ["4", "Aalst", "#DIV/0!"]], "a formula without a cached value is empty")
    }

    func testMissingReferencesContinueFromThePreviousCellAndRow() throws {
        let rows = #"<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row><c><v>7</v></c></row><row r="5"><c r="B5"><v>8</v></c><c><v>9</v></c></row><row><c r="C6"><v>10</v></c></row>"#
        XCTAssertEqual(try table(rows), [["1", "2", "", "", "5", "6"], ["7"], [], [], ["", "8", "9"], ["", "", "10"]])
    }

    func testSparseRowsAndColumnsKeepOnlyTheCellsWithText() throws {
        let rows = #"<row r="2" spans="1:9"><c r="A2" s="0"/><c r="C2"><v>1</v></c><c r="D2" t="inlineStr"><is><t></t></is></c><c r="I2" t="s"><v>0</v></c></row><row r="4"><c r="B4"/></row><row r="7"><c r="A7"><v>2</v></c></row>"#
        let sheet = try XCTUnwrap(try WorkbookReader.read(TestWorkbook.bytes(sheet: TestWorkbook.sheet(rows), strings: ["nine"])).first)
        XCTAssertEqual(sheet.rows.map(\.number), [2, 7], "rows without text are not kept")
        XCTAssertEqual(sheet.rows[0].cells, [WorkbookReader.Cell(column: 2, text: "1"), WorkbookReader.Cell(column: 8, text: "nine")])
        XCTAssertEqual(sheet.rows[0].fields(width: 3), ["", "", "1", "", "", "", "", "", "nine"], "as wide as its text when wider")
        XCTAssertEqual(sheet.rows[1].fields(width: 3), ["2", "", ""])
    }

    /// As in xlsx2csv's `skip_empty_lines.xlsx`: row 3 holds an empty, styled cell that says A4.
    func testACellWithoutAValueIsNotHeldToWhereItSaysItStands() throws {
        let rows = #"<row r="3"><c r="A4" s="0"><v></v></c></row><row r="4"><c r="A4"><v>3</v></c><c r="A4"/><c r="B4"><v>4</v></c></row>"#
        XCTAssertEqual(try table(rows), [[], [], [], ["3", "4"]])
        XCTAssertNotNil(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row r="3"><c r="A4"><v>1</v></c></row>"#))), "with a value it is")
    }

    func testEveryPartMayUseANamespacePrefix() throws {
        let x = #"xmlns:x="\#(TestWorkbook.main)""#
        let parts: [(String, String)] = [
            ("xl/workbook.xml", #"<x:workbook \#(x) xmlns:r="\#(TestWorkbook.relationships)"><x:workbookPr date1904="true"/><x:sheets><x:sheet name="Blad1" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\#(TestWorkbook.relationships)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/sharedStrings.xml", #"<x:sst \#(x)><x:si><x:t>ja</x:t></x:si><x:si><x:r><x:t>ne</x:t></x:r><x:r><x:t>e</x:t></x:r></x:si></x:sst>"#),
            ("xl/styles.xml", #"<x:styleSheet \#(x)><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="9"/></x:cellXfs></x:styleSheet>"#),
            ("xl/worksheets/sheet1.xml", #"<x:worksheet \#(x)><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c s="1"><x:v>0</x:v></x:c><x:c s="2"><x:v>0.5</x:v></x:c><x:c t="inlineStr"><x:is><x:t>i</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>"#),
        ]
        let sheets = try WorkbookReader.read(ZipArchive.write(parts.map { ($0.0, Array($0.1.utf8)) }))
        XCTAssertEqual(sheets.map(\.table), [[["ja", "nee", "1904-01-01", "50%", "i"]]])
    }

    func testDatesInThe1900DateSystemIncludingItsLeapDay() throws {
        let rows = #"<row r="1"><c s="1"><v>45352</v></c><c s="1"><v>45352.75</v></c><c s="1"><v>1</v></c><c s="1"><v>59</v></c><c s="1"><v>60</v></c><c s="1"><v>61</v></c><c s="1"><v>2958465</v></c></row>"#
        XCTAssertEqual(try table(rows, styles: TestWorkbook.styles([0, 14])),
                       [["2024-03-01", "2024-03-01 18:00", "1900-01-01", "1900-02-28", "1900-02-29", "1900-03-01", "9999-12-31"]])
    }

    /// A serial below 1 is a time of day, to the second (`timeformat.xlsx`, saved by Excel, holds 14:40:59).
    func testTimesOfDayReadToTheSecondWithoutADate() throws {
        let rows = #"<row r="1"><c s="1"><v>0.61179398148148145</v></c><c s="1"><v>0.6076388888888888</v></c><c s="1"><v>42950.999999999</v></c></row>"#
        XCTAssertEqual(try table(rows, styles: TestWorkbook.styles([0, 20])), [["14:40:59", "14:35", "2017-08-04"]])
    }

    func testDatesInThe1904DateSystemCountFrom1904() throws {
        let rows = #"<row r="1"><c s="1"><v>0</v></c><c s="1"><v>43890</v></c><c s="2"><v>1.5</v></c></row>"#
        XCTAssertEqual(try table(rows, styles: TestWorkbook.styles([0, 14, 164], custom: [(164, #"d/mm/yyyy\ h:mm;@"#)]), date1904: true),
                       [["1904-01-01", "2024-03-01", "1904-01-02 12:00"]])
        XCTAssertNotNil(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row><c s="1"><v>2957004</v></c></row>"#), styles: TestWorkbook.styles([0, 14]), date1904: true)),
                        "after 9999-12-31 in the 1904 system")
    }

    func testISODateCellsReadAsDates() throws {
        XCTAssertEqual(try table(#"<row><c t="d"><v>2024-03-01T00:00:00</v></c><c t="d"><v>2024-03-01T12:30:00Z</v></c><c t="d"><v>2024-03-01</v></c></row>"#),
                       [["2024-03-01", "2024-03-01 12:30", "2024-03-01"]])
        XCTAssertTrue(TestWorkbook.failure(TestWorkbook.bytes(sheet: TestWorkbook.sheet(#"<row><c t="d"><v>yesterday</v></c></row>"#)))?.contains("not an ISO 8601 date") ?? false)
    }

    /// Built-in formats 9 (`0%`) and 10 (`0.00%`), and custom codes with `%` outside quotes:
    /// the percent typed, multiplied by 100 on the decimal digits.
    func testPercentFormattedNumbersReadAsThePercentTyped() throws {
        let styles = TestWorkbook.styles([0, 9, 10, 164, 165], custom: [(164, "0.0%"), (165, #"0 &quot;%&quot;"#)])
        let rows = #"<row r="1"><c s="1"><v>0.04</v></c><c s="2"><v>0.035000000000000003</v></c><c s="3"><v>1.4999999999999999E-2</v></c><c s="1"><v>1</v></c><c s="1"><v>-0.5</v></c><c s="1"><v>0</v></c></row>"#
            + #"<row r="2"><c s="1"><v>1E-7</v></c><c s="1"><v>123456.789</v></c><c s="4"><v>0.04</v></c><c s="1"><v>1e300</v></c><c s="2"><v>0.999999999999999999</v></c></row>"#
        XCTAssertEqual(try table(rows, styles: styles), [["4%", "3.5%", "1.5%", "100%", "-50%", "0%"],
                                                         ["0.00001%", "12345678.9%", "0.04", "1e302%", "100%"]],
                       "a % inside quotes is text, not a percent format")
    }

    func testFormatCodesAreClassifiedOutsideQuotesBracketsAndEscapes() {
        XCTAssertEqual(WorkbookStyles.shape(ofFormatCode: "0%"), .percent)
        XCTAssertEqual(WorkbookStyles.shape(ofFormatCode: #"#,##0.00\%"#), .plain, "an escaped %")
        XCTAssertEqual(WorkbookStyles.shape(ofFormatCode: #"[Red]0.0%;[Blue]-0.0%"#), .percent)
        XCTAssertEqual(WorkbookStyles.shape(ofFormatCode: "[$-413]d mmmm yyyy"), .date)
        XCTAssertEqual(WorkbookStyles.shape(ofFormatCode: #"0 "days""#), .plain)
        XCTAssertEqual(WorkbookStyles.shape(ofFormatCode: "General"), .plain)
        XCTAssertEqual(WorkbookStyles.builtInShape(10), .percent)
        XCTAssertEqual(WorkbookStyles.builtInShape(22), .date)
        XCTAssertEqual(WorkbookStyles.builtInShape(4), .plain)
    }
}

/// The percent rule: a percent-formatted cell answers a number question whose unit is a
/// percentage as the percent typed (4 % -> 4), like a CSV cell `4%`; any other question refuses it.
final class PercentAnswerTests: XCTestCase {
    private func decoder(_ id: String) -> AnswerDecoder {
        let questionnaire = Fixtures.iMonitor
        let question = questionnaire.questions.first { $0.id == id }!
        return AnswerDecoder(question: question, nonAnswers: questionnaire.nonAnswers, dialect: nil, labelAnswers: [:])
    }

    private func decode(_ id: String, _ text: String) -> (Answer, [String]) {
        var problems: [String] = []
        let answer = AnswerDecoder.withBytes(text) { decoder(id).decode($0, problem: { problems.append($0) }) }
        return (answer, problems)
    }

    func testAPercentCellForAPercentQuestionReadsAsTheTypedPercent() {
        XCTAssertEqual(decode("CA03", "4%").0, .number(4))
        XCTAssertEqual(decode("CA03", "1.5 %").0, .number(1.5))
        XCTAssertEqual(decode("CA03", "2,5\u{00A0}%").0, .number(2.5))
        XCTAssertEqual(decode("CA03", "4").0, .number(4), "without % as before")
        let (answer, problems) = decode("CA03", "400%")
        XCTAssertEqual(answer, .invalid)
        XCTAssertTrue(problems.first?.hasPrefix("400% is out of range for CA03; use a number from 0 to 100") ?? false, "\(problems)")
    }

    func testAPercentCellForAQuestionThatIsNotAPercentageIsRefusedWithTheFix() {
        let (answer, problems) = decode("CA01", "4%")
        XCTAssertEqual(answer, .invalid)
        XCTAssertTrue(problems.first?.hasPrefix("\"4%\" is a percentage, but CA01 does not take one (its unit is FTE); write the number itself (in a spreadsheet, format the cell as a number, not as a percentage)") ?? false, "\(problems)")
    }

    func testAPercentFormattedWorkbookCellScoresLikeTheCSVCellOfTheSamePercent() throws {
        let styles = TestWorkbook.styles([0, 9])
        let header = #"<row r="1"><c t="inlineStr"><is><t>id</t></is></c><c t="inlineStr"><is><t>CA03</t></is></c><c t="inlineStr"><is><t>CA01</t></is></c></row>"#
        let rows = header + #"<row r="2"><c t="inlineStr"><is><t>m1</t></is></c><c s="1"><v>0.04</v></c><c><v>3</v></c></row>"#
            + #"<row r="3"><c t="inlineStr"><is><t>m2</t></is></c><c s="1"><v>1.4999999999999999E-2</v></c><c s="1"><v>0.03</v></c></row>"#
        let workbook = Fixtures.readResponses(path: Fixtures.write(bytes: TestWorkbook.bytes(sheet: TestWorkbook.sheet(rows), styles: styles), name: "percent.xlsx"),
                                              questionnaire: Fixtures.iMonitor)
        let csv = Fixtures.readResponses(path: Fixtures.write("id,CA03,CA01\nm1,4%,3\nm2,1.5%,3%\n", name: "percent.csv"), questionnaire: Fixtures.iMonitor)
        let index = { (id: String) in Fixtures.iMonitor.questions.firstIndex { $0.id == id }! }
        for read in [workbook, csv] {
            XCTAssertEqual(read.rows.map { $0.answers[index("CA03")] }, [.number(4), .number(1.5)], "1.5 %, not 1.4999999999999998")
            XCTAssertEqual(read.rows.map { $0.answers[index("CA01")] }, [.number(3), .invalid])
        }
        let refused = try XCTUnwrap(workbook.diagnostics.first { $0.severity == .error })
        XCTAssertEqual(refused.location.position, csv.diagnostics.first { $0.severity == .error }?.location.position, "the same cell")
        XCTAssertTrue(refused.description.contains("percent.xlsx:3:CA01: error: \"3%\" is a percentage, but CA01 does not take one"), refused.description)
    }
}
