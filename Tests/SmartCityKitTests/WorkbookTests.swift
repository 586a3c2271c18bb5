import Foundation
import XCTest
@testable import SmartCityKit

/// The ZIP container and DEFLATE decoding behind `.xlsx` workbooks.
final class ZipArchiveTests: XCTestCase {
    private static let folder = RenderingTests.fixtureFolder.appendingPathComponent("xlsx")

    /// An archive written by Python's zipfile (zlib): stored, level 9, level 1 on noise, level 6
    /// on 143 KB of words (dynamic blocks, long distances), and an empty entry.
    func testEntriesDeflatedByZlibDecompressToTheirChecksums() throws {
        let archive = try Array(Data(contentsOf: Self.folder.appendingPathComponent("deflated.zip")))
        let entries = try ZipArchive.read(archive)
        let expected = try String(contentsOf: Self.folder.appendingPathComponent("expected-crc.txt"), encoding: .utf8)
        for line in expected.split(separator: "\n") {
            let parts = line.split(separator: " ")
            let bytes = try XCTUnwrap(entries[String(parts[0])], String(parts[0]))
            XCTAssertEqual(bytes.count, Int(parts[1]), String(parts[0]))
            XCTAssertEqual(CRC32.checksum(bytes), UInt32(parts[2]), String(parts[0]))
        }
        XCTAssertEqual(String(decoding: try XCTUnwrap(entries["stored.txt"]), as: UTF8.self), "plain stored entry\n")
    }

    func testWrittenArchivesReadBack() throws {
        let files: [(name: String, bytes: [UInt8])] = [("a.txt", Array("één, twee".utf8)), ("dir/b.xml", Array(repeating: 65, count: 1000)), ("empty", [])]
        let archive = ZipArchive.write(files)
        let entries = try ZipArchive.read(archive)
        for file in files { XCTAssertEqual(entries[file.name], file.bytes, file.name) }
        XCTAssertEqual(ZipArchive.write(files), archive, "the same files give the same bytes")
    }

    func testDamagedDataGivesAnErrorNotACrash() {
        XCTAssertThrowsError(try ZipArchive.read(Array("not a zip at all".utf8)))
        var archive = ZipArchive.write([("a.txt", Array("hello".utf8))])
        archive[30 + 5] ^= 0xFF
        XCTAssertThrowsError(try ZipArchive.read(archive)) { error in
            XCTAssertTrue("\(error)".contains("checksum"), "\(error)")
        }
        XCTAssertThrowsError(try Inflate.decompress([0x07]), "reserved block type")
        XCTAssertThrowsError(try Inflate.decompress([0x01, 0x05, 0x00, 0x00, 0x00]), "a stored length that does not match its complement")
        XCTAssertEqual(try Inflate.decompress([0x01, 0x02, 0x00, 0xFD, 0xFF, 0x68, 0x69]), Array("hi".utf8))
        XCTAssertThrowsError(try Inflate.decompress(Array(repeating: 0x00, count: 3)))
    }
}

/// Workbooks written by LibreOffice (converted headless from CSV) and by our own writer.
final class WorkbookReaderTests: XCTestCase {
    private static let folder = RenderingTests.fixtureFolder.appendingPathComponent("xlsx")

    private func sheets(_ name: String) throws -> [WorkbookReader.Sheet] {
        try WorkbookReader.read(Array(Data(contentsOf: Self.folder.appendingPathComponent(name))))
    }

    /// Shared strings, numbers, booleans, dates and empty cells, as LibreOffice Calc wrote them.
    func testCellsWrittenByLibreOfficeReadAsTheirText() throws {
        let sheet = try XCTUnwrap(try sheets("types.xlsx").first).table
        XCTAssertEqual(sheet[0], ["name", "count", "ratio", "flag", "day", "empty", "note"])
        XCTAssertEqual(sheet[1], ["Kempenrode", "12", "4.5", "yes", "2024-03-01", "", "é, ü — ok"])
        XCTAssertEqual(Array(sheet[2].prefix(5)), ["Bosvoorde", "0", "-1.25", "no", "2023-12-31"])
    }

    func testOtherSpreadsheetFormatsSayWhatToSaveAs() throws {
        XCTAssertThrowsError(try sheets("types.ods")) { error in
            XCTAssertTrue((error as? WorkbookReader.Failure)?.message.contains("OpenDocument spreadsheet (.ods)") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try WorkbookReader.read([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])) { error in
            XCTAssertTrue((error as? WorkbookReader.Failure)?.message.contains("(.xls) or password-protected") ?? false, "\(error)")
        }
    }

    func testOurWorkbooksReadBack() throws {
        let writer = WorkbookWriter(sheets: [
            .init(name: "Scores", rows: [[.heading("id"), .heading("total")], [.text("a & <b>"), .number(59.26)], [.empty, .number(-3)]],
                  columnWidths: [12, 8], frozenRows: 1, dropDowns: [.init(cell: "C2", values: ["yes", "no"])]),
        ])
        let sheets = try WorkbookReader.read(writer.bytes())
        XCTAssertEqual(sheets.map(\.name), ["Scores", "Lists"])
        XCTAssertEqual(sheets[0].table, [["id", "total"], ["a & <b>", "59.26"], ["", "-3"]])
        XCTAssertTrue(sheets[1].isHidden, "the drop-down values live on a hidden sheet")
        XCTAssertEqual(sheets[1].table, [["yes"], ["no"]])
    }

    func testReferencesAndDateSerials() {
        XCTAssertEqual(CellReference("B3"), CellReference(row: 3, column: 1))
        XCTAssertEqual(CellReference("AA10")?.column, 26)
        XCTAssertNil(CellReference("3B"))
        XCTAssertEqual(CellNumber.dateText(serial: 45352), "2024-03-01")
        XCTAssertEqual(CellNumber.dateText(serial: 45352.5), "2024-03-01 12:00")
        XCTAssertEqual(WorkbookWriter.columnName(0), "A")
        XCTAssertEqual(WorkbookWriter.columnName(27), "AB")
    }
}

/// Parts laid out the way Excel writes them (not written by Excel: no copy of it runs here):
/// namespace prefixes, rich-text and phonetic runs in shared strings, formulas with their cached
/// values, styles only on empty cells, built-in and custom date formats, the 1904 date system.
final class ExcelLayoutTests: XCTestCase {
    private func workbook(date1904: Bool) -> [UInt8] {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>"#),
            ("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#
                + #"<workbook xmlns="\#(main)" xmlns:r="\#(relationships)" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15">"#
                + #"<fileVersion appName="xl" lastEdited="7"/><workbookPr\#(date1904 ? #" date1904="1""# : "") defaultThemeVersion="166925"/>"#
                + #"<bookViews><workbookView xWindow="0" yWindow="0"/></bookViews><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="\#(relationships)/styles" Target="styles.xml"/><Relationship Id="rId1" Type="\#(relationships)/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/sharedStrings.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="\#(main)" count="6" uniqueCount="6">"#
                + #"<si><t>id</t></si><si><t>name</t></si><si><t>IM01</t></si><si><t>startdate</t></si>"#
                + #"<si><r><rPr><b/><sz val="11"/></rPr><t>Sint-</t></r><r><t xml:space="preserve">Niklaas </t></r><rPh sb="0" eb="4"><t>シント</t></rPh></si>"#
                + #"<si><t>ja</t></si></sst>"#),
            ("xl/styles.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="\#(main)"><numFmts count="1"><numFmt numFmtId="164" formatCode="d/mm/yyyy\ h:mm;@"/></numFmts>"#
                + #"<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" applyNumberFormat="1"/></cellXfs></styleSheet>"#),
            ("xl/worksheets/sheet1.xml", #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="\#(main)" xmlns:r="\#(relationships)"><dimension ref="A1:E3"/><sheetData>"#
                + #"<row r="1" spans="1:5"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" s="1"/></row>"#
                + #"<row r="2" spans="1:5"><c r="A2"><v>7</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" t="s"><v>5</v></c><c r="D2" s="2"><v>45352.5</v></c></row>"#
                + #"<row r="3" spans="1:5"><c r="A3"><f>A2+1</f><v>8</v></c><c r="B3" t="str"><f>"Aal"&amp;"st"</f><v>Aalst</v></c><c r="C3" t="b"><v>0</v></c><c r="D3" s="1"><v>45353</v></c></row>"#
                + #"</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>"#),
        ]
        return ZipArchive.write(parts.map { ($0.0, Array($0.1.utf8)) })
    }

    func testExcelsPartsReadAsTheirText() throws {
        let sheets = try WorkbookReader.read(workbook(date1904: false))
        XCTAssertEqual(sheets.map(\.name), ["Blad1"])
        XCTAssertEqual(sheets[0].table[0].prefix(4), ["id", "name", "IM01", "startdate"])
        XCTAssertEqual(sheets[0].table[1], ["7", "Sint-Niklaas ", "ja", "2024-03-01 12:00"], "rich-text runs joined, phonetic run left out, a custom date format")
        XCTAssertEqual(sheets[0].table[2], ["8", "Aalst", "no", "2024-03-02"], "formulas by their cached values, a boolean, a built-in date format")
    }

    func testThe1904DateSystemCountsFromItsOwnEpoch() throws {
        let sheets = try WorkbookReader.read(workbook(date1904: true))
        XCTAssertEqual(sheets[0].table[1][3], "2028-03-02 12:00", "45352.5 days after 1904-01-01")
        XCTAssertEqual(sheets[0].table[2][3], "2028-03-03")
    }
}

/// Workbooks as responses files: a plain sheet saved by LibreOffice, and the template filled in.
final class WorkbookResponsesTests: XCTestCase {
    private func scores(_ path: String, options: ReadingOptions = ReadingOptions()) throws -> [String: [Fraction?]] {
        var diagnostics: [Diagnostic] = []
        let run = ScoringRun(questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "q", sha256: ""), responsePaths: [path],
            language: "en", options: options)
            .score { diagnostics += $0 }
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map(\.description), [])
        var scores: [String: [Fraction?]] = [:]
        try run.forEachRespondent(namingFiles: false) { scores[$0.respondent.id] = $0.respondent.score.dimensions.map(\.exactScore) + [$0.respondent.score.exactTotal] }
        return scores
    }

    func testASheetSavedByLibreOfficeScoresLikeItsCSV() throws {
        let workbook = RenderingTests.fixtureFolder.appendingPathComponent("xlsx/sample.xlsx").path
        let fromCSV = try scores(Fixtures.iMonitorFile("sample-responses.csv"))
        XCTAssertEqual(fromCSV.count, 12)
        XCTAssertEqual(try scores(workbook), fromCSV)
    }

    /// The template of every sample municipality filled in with its CSV answers (choices picked
    /// as the drop-down shows them, "3 — ..."; multi answers as yes on their options' rows).
    func testTheFilledTemplateScoresLikeTheCSVTwin() throws {
        let questionnaire = Fixtures.iMonitor
        let template = try WorkbookReader.read(TemplateRenderer(questionnaire: questionnaire, language: "nl").workbook())
        XCTAssertEqual(template.map(\.name), ["Uitleg", "Antwoorden", "Lists"])
        let csv = try String(contentsOfFile: Fixtures.iMonitorFile("sample-responses.csv"), encoding: .utf8)
        var reader = CSVReader(source: MemoryByteSource(Array(csv.utf8)))
        let header = try XCTUnwrap(try reader.next()).fields
        var expected: [String: [Fraction?]] = [:]
        let all = try scores(Fixtures.iMonitorFile("sample-responses.csv"))
        while let record = try reader.next() {
            let row = Dictionary(uniqueKeysWithValues: zip(header, record.fields))
            var rows = template[1].table
            rows[0] = ["id", row["id"]!]
            rows[1] = ["naam", row["name"]!]
            for index in 4..<rows.count {
                let id = rows[index][0]
                var cells = rows[index] + Array(repeating: "", count: max(0, 5 - rows[index].count))
                if let separator = id.firstIndex(of: ":") {
                    // Unanswered in the CSV: its option rows stay empty (all "nee" would answer "none of them").
                    let chosen = (row[String(id[..<separator])] ?? "").split(separator: ";").map(String.init)
                    cells[4] = chosen.isEmpty ? "" : chosen.contains(String(id[id.index(after: separator)...])) ? "ja" : "nee"
                } else if let value = row[id], !value.isEmpty {
                    let label = cells[4]
                    cells[4] = label.isEmpty ? "\(value) — gekozen" : value
                }
                rows[index] = cells
            }
            let filled = WorkbookWriter(sheets: [.init(name: "Antwoorden", rows: rows.map { $0.map { WorkbookWriter.Cell.text($0) } })])
            let path = Fixtures.write(bytes: filled.bytes(), name: "filled-\(row["id"]!).xlsx")
            let scored = try scores(path)
            XCTAssertEqual(scored.count, 1)
            XCTAssertEqual(scored[row["id"]!], all[row["id"]!], row["id"]!)
            expected[row["id"]!] = scored[row["id"]!]
        }
        XCTAssertEqual(expected.count, 12)
    }

    func testAMultiQuestionWithEveryOptionAnsweredNoIsAnsweredNoneNotBlank() throws {
        let questionnaire = Fixtures.iMonitor
        var rows = try WorkbookReader.read(TemplateRenderer(questionnaire: questionnaire, language: "en").workbook())[1].table
        rows[0] = ["id", "north"]
        for index in 4..<rows.count {
            rows[index] += Array(repeating: "", count: max(0, 5 - rows[index].count))
            if rows[index][0].hasPrefix("CO01:") { rows[index][4] = "no" }
            if rows[index][0] == "CO02:province" { rows[index][4] = "yes" }
        }
        let filled = WorkbookWriter(sheets: [.init(name: "Answers", rows: rows.map { $0.map { WorkbookWriter.Cell.text($0) } })])
        let path = Fixtures.write(bytes: filled.bytes(), name: "none-chosen.xlsx")
        let read = Fixtures.readResponses(path: path, questionnaire: questionnaire)
        XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        let index = { (id: String) in questionnaire.questions.firstIndex { $0.id == id }! }
        XCTAssertEqual(read.rows.first?.answers[index("CO01")], .choices(OptionSelection()), "every option answered no: none of them")
        XCTAssertEqual(read.rows.first?.answers[index("CO02")], .choices(OptionSelection([2])), "province alone")
        XCTAssertEqual(read.rows.first?.answers[index("CO03")], .blank, "no option row answered: unanswered")
        // Written back in our own format (assess takes a workbook's answers over to CSV) and read again.
        let co01 = questionnaire.questions[index("CO01")]
        XCTAssertEqual(co01.canonicalText(of: .choices(OptionSelection()), nonAnswers: questionnaire.nonAnswers), ";")
        let decoder = AnswerDecoder(question: co01, nonAnswers: questionnaire.nonAnswers, dialect: nil, labelAnswers: [:])
        XCTAssertEqual(AnswerDecoder.withBytes(";") { decoder.decode($0, problem: { _ in }) }, .choices(OptionSelection()))
    }

    func testAMissingSheetNamesTheSheetsThere() throws {
        let workbook = RenderingTests.fixtureFolder.appendingPathComponent("xlsx/sample.xlsx").path
        var options = ReadingOptions()
        options.sheet = "Blad9"
        let opened = ResponseSource.open(path: workbook, questionnaire: Fixtures.iMonitor, options: options)
        XCTAssertNil(opened.value)
        XCTAssertTrue(opened.diagnostics.first?.message.contains("has no sheet named \"Blad9\"; its sheets are") ?? false, "\(opened.diagnostics)")
    }
}

/// `score --format xlsx`: the scores as a workbook in the report language.
final class ScoresWorkbookTests: XCTestCase {
    func testTheWorkbookHoldsTheScoresAsNumbersAndTheSummary() throws {
        let (run, _) = RenderingTests.report(language: "nl")
        let output = MemoryReportOutput()
        try ReportGeneration.render(run, formats: [.xlsx], strings: .dutch, output: output)
        let sheets = try WorkbookReader.read(try XCTUnwrap(output.binaryFiles[ScoresWorkbook.file]))
        XCTAssertEqual(sheets.map(\.name), ["Scores", "Scores per dimensie", "Samenvatting"])
        let wide = sheets[0].table
        XCTAssertEqual(wide[0].first, "Id")
        XCTAssertEqual(wide.count, 1 + run.summary.respondentCount)
        var totals: [String: String] = [:]
        try run.forEachRespondent { totals[$0.respondent.id] = $0.respondent.score.exactTotal.map { NumberFormat.roundTrip(ScoresTable.rounded($0)) } ?? "" }
        let totalColumn = try XCTUnwrap(wide[0].firstIndex(of: "Totaalscore"))
        for row in wide.dropFirst() { XCTAssertEqual(row[totalColumn], totals[row[0]], "\(row[0]): the total as a number, rounded as scores.csv writes it") }
        XCTAssertEqual(wide[0].last, "Rang", "the columns of scores.csv, in its order")
        XCTAssertEqual(wide[0][wide[0].count - 2], "Dekking (%)")
        XCTAssertEqual(sheets[1].table.count, 1 + run.summary.respondentCount * Fixtures.mini.dimensions.count)
        XCTAssertTrue(sheets[2].table.contains { $0.first == "Laag" }, "the type distribution in Dutch")
    }

    func testPastASheetsRowsTheWorkbookListsTheFirstRespondentsAndPointsToScoresCSV() throws {
        let (run, _) = RenderingTests.report(language: "en")
        XCTAssertGreaterThan(run.summary.respondentCount, 2)
        let workbook = try ScoresWorkbook(summary: run.summary, strings: .english, temporaryFolder: Fixtures.temporaryDirectory().path, rowLimit: 3)
        try run.forEachBatch(namingFiles: false) { try workbook.add(workbook.rows(of: $0)) }
        var bytes: [UInt8] = []
        try workbook.write { bytes += $0 }
        let sheets = try WorkbookReader.read(bytes)
        XCTAssertEqual(sheets.map(\.name), ["Scores", "Summary"], "no sheet per dimension: it would not fit either")
        XCTAssertEqual(sheets[0].rows.count, 3, "the header and the first two respondents")
        XCTAssertEqual(sheets[1].table[1], [ReportStrings.english.scoresSheetCut])
        XCTAssertTrue(ReportStrings.english.scoresSheetCut.contains("scores.csv"))
    }

    func testXLSXAloneGetsScoresCSVWithAWarningOnlyWhenTheSheetCannotHoldEveryone() {
        let cut = ScoresWorkbook.formats([.xlsx], respondentCount: 1_048_576, language: "en")
        XCTAssertEqual(cut.value, [.xlsx, .csv])
        XCTAssertEqual(cut.diagnostics.map(\.description), ["scores.xlsx: warning: a sheet holds 1048575 respondents and there are 1048576: it lists the first 1048575, "
            + "and scores.csv, written as well, holds them all; add csv to --format to say so yourself"])
        let fits = ScoresWorkbook.formats([.xlsx], respondentCount: 1_048_575, language: "en")
        XCTAssertEqual(fits.value, [.xlsx])
        XCTAssertEqual(fits.diagnostics, [])
        let both = ScoresWorkbook.formats([.csv, .xlsx], respondentCount: 2_000_000, language: "en")
        XCTAssertEqual(both.value, [.csv, .xlsx], "csv asked for: nothing to add or say")
        XCTAssertEqual(both.diagnostics, [])
    }

    func testAWorkbookStagedInTemporaryFilesEqualsTheOneBuiltInMemory() throws {
        let sheets = [WorkbookWriter.Sheet(name: "A", rows: (1...3_000).map { [.text("row \($0)"), .number(Double($0)), .percent(0.5)] }, frozenRows: 1),
                      WorkbookWriter.Sheet(name: "B", rows: [[.heading("x")]])]
        let stream = try WorkbookStream(sheets: sheets, temporaryFolder: Fixtures.temporaryDirectory().path)
        for row in sheets[0].rows { try stream.append(row, to: 0) }
        try stream.append([.heading("x")], to: 1)
        var bytes: [UInt8] = []
        try stream.write { bytes += $0 }
        XCTAssertEqual(bytes, WorkbookWriter(sheets: sheets).bytes())
        XCTAssertEqual(try WorkbookReader.read(bytes)[0].table[2999], ["row 3000", "3000", "50%"])
    }
}

/// `compare --format xlsx`.
final class ComparisonWorkbookTests: XCTestCase {
    func testTheComparisonWorkbookHoldsStandingsRanksGroupsAndChanges() throws {
        var settings = ComparisonRun.Settings()
        settings.earlierWaves = [WaveSource(label: "2023", paths: [Fixtures.iMonitorFile("sample-responses.csv")])]
        settings.currentWave = "2024"
        settings.grouping = PeerGrouping(column: "area")
        let comparison = try XCTUnwrap(ComparisonRun.compare(
            questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "q", sha256: ""),
            responsePaths: [Fixtures.iMonitorFile("sample-responses-2024.csv")], language: "en", options: ReadingOptions(), settings: settings) { _ in }.value)
        let output = MemoryReportOutput()
        try ComparisonRun.write(comparison, formats: [.xlsx], strings: .english, output: output)
        let sheets = try WorkbookReader.read(try XCTUnwrap(output.binaryFiles[ComparisonWorkbook.file]))
        XCTAssertEqual(sheets.map(\.name), ["Side by side", "Ranks per dimension", "Peer groups", "Change"])
        XCTAssertEqual(sheets[0].table.count, 1 + comparison.respondents.count * comparison.measures.count)
        XCTAssertEqual(sheets[1].table.count, 1 + comparison.respondents.count)
        XCTAssertEqual(sheets[1].table[1][0], "1", "the first row is rank 1, as a number")
        XCTAssertEqual(sheets[3].table.count, 1 + 11, "eleven municipalities took part in both waves")
    }

    func testPastASheetsRowsTheComparisonWorkbookListsTheFirstRowsAndSaysWhichCSVHoldsThemAll() throws {
        let comparison = try XCTUnwrap(ComparisonRun.compare(
            questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "q", sha256: ""),
            responsePaths: [Fixtures.iMonitorFile("sample-responses-2024.csv")], language: "en", options: ReadingOptions(),
            settings: ComparisonRun.Settings()) { _ in }.value)
        XCTAssertGreaterThan(comparison.respondents.count, 4)
        var bytes: [UInt8] = []
        try ComparisonWorkbook(comparison: comparison, strings: .english, words: .english, rowLimit: SheetRowLimit(rows: 5))
            .write(temporaryFolder: nil) { bytes += $0 }
        let sheets = try WorkbookReader.read(bytes)
        XCTAssertEqual(sheets[0].table.count, 5, "the header, three rows and the note")
        XCTAssertEqual(sheets[0].table[4], [ComparisonStrings.english.sheetCut(3, ComparisonCSVRenderer.tidyFile)])
        XCTAssertEqual(sheets[1].table.count, 5)
        XCTAssertEqual(sheets[1].table[4], [ComparisonStrings.english.sheetCut(3, ComparisonCSVRenderer.ranksFile)])
        XCTAssertEqual(sheets[1].table[1][0], "1", "the first rows are the first ranks")
    }

    func testComparisonXLSXAloneGetsTheCSVFilesWithAWarningOnlyWhenASheetCannotHoldEveryRow() throws {
        let comparison = try XCTUnwrap(ComparisonRun.compare(
            questionnaire: Fixtures.iMonitor, questionnaireFile: SourceFile(path: "q", sha256: ""),
            responsePaths: [Fixtures.iMonitorFile("sample-responses-2024.csv")], language: "en", options: ReadingOptions(),
            settings: ComparisonRun.Settings()) { _ in }.value)
        let rows = comparison.respondents.count * comparison.measures.count
        let cut = ComparisonRun.formats([.xlsx], of: comparison, rowLimit: SheetRowLimit(rows: rows))
        XCTAssertEqual(cut.value, [.xlsx, .csv])
        XCTAssertEqual(cut.diagnostics.map(\.description), ["comparison.xlsx: warning: a sheet holds \(rows - 2) rows and there are \(rows): it lists the first \(rows - 2), "
            + "and comparison.csv, written as well, holds them all; add csv to --format to say so yourself"])
        let fits = ComparisonRun.formats([.xlsx], of: comparison, rowLimit: SheetRowLimit(rows: rows + 1))
        XCTAssertEqual(fits.value, [.xlsx])
        XCTAssertEqual(fits.diagnostics, [])
        XCTAssertEqual(ComparisonRun.formats([.xlsx, .csv], of: comparison, rowLimit: SheetRowLimit(rows: 3)).value, [.xlsx, .csv])
    }
}
