import Foundation
import XCTest
@testable import SmartCityKit

/// The answer workbook (`template --format xlsx`) as a person fills it in and prints it: drop-downs
/// of labels in its language that read back to codes, and a print set-up that fits the page.
final class PrintedFormTests: XCTestCase {
    private func answersSheet(_ language: String) throws -> (answers: WorkbookReader.Sheet, lists: WorkbookReader.Sheet) {
        let sheets = try WorkbookReader.read(TemplateRenderer(questionnaire: Fixtures.iMonitor, language: language).workbook())
        return (sheets[1], try XCTUnwrap(sheets.first { $0.name == "Lists" }))
    }

    func testTheDropDownsOfferLabelsInTheWorkbooksLanguageNotCodes() throws {
        let (_, lists) = try answersSheet("nl")
        let offered = Set(lists.rows.flatMap { $0.cells.map(\.text) })
        let questionnaire = Fixtures.iMonitor
        let choices = questionnaire.questions.compactMap { question -> [Option]? in
            if case .choice(let options) = question.kind { return options } else { return nil }
        }.flatMap { $0 }
        XCTAssertFalse(choices.isEmpty)
        for option in choices {
            XCTAssertTrue(offered.contains(option.label.text(in: "nl", fallback: "en")), option.code)
            XCTAssertFalse(offered.contains { $0.hasPrefix(option.code + " — ") }, "\(option.code) offered by its code")
        }
        for nonAnswer in questionnaire.nonAnswers { XCTAssertTrue(offered.contains(nonAnswer.label.text(in: "nl", fallback: "en")), nonAnswer.code) }
        XCTAssertTrue(offered.contains("ja"))
    }

    /// Every answer picked as the drop-down shows it (a label, or a scale's `3 — label`) reads
    /// back to its code; codes typed in as older workbooks offered them (`manual — handmatig`) too.
    func testLabelsPickedFromTheDropDownsReadBackToCodesAndSoDoOlderWorkbooksCodes() throws {
        let questionnaire = Fixtures.iMonitor
        let labels = WorkbookAnswerLabels(questionnaire: questionnaire)
        for language in ["nl", "fr", "en"] {
            let template = TemplateRenderer(questionnaire: questionnaire, language: language)
            for question in questionnaire.questions {
                let text = { (label: LocalizedText) in label.text(in: language, fallback: questionnaire.defaultLanguage) }
                switch question.kind {
                case .choice(let options):
                    for option in options {
                        XCTAssertEqual(labels.answer(text(option.label), question: question.id), option.code, "\(language) \(question.id)")
                        XCTAssertEqual(labels.answer("\(option.code) — \(text(option.label))", question: question.id), option.code)
                    }
                case .likert(let scale, _), .level(let scale):
                    for point in scale.points {
                        XCTAssertEqual(labels.answer("\(NumberFormat.plain(point.value)) — \(text(point.label))", question: question.id), NumberFormat.plain(point.value))
                    }
                case .yesNo:
                    XCTAssertEqual(labels.answer(text(YesNoAnswer.noLabel), question: question.id), "no")
                case .multi, .number: break
                }
                for nonAnswer in questionnaire.nonAnswers {
                    XCTAssertEqual(labels.answer(text(nonAnswer.label), question: question.id), nonAnswer.code, "\(language) \(question.id)")
                    XCTAssertEqual(labels.answer("\(nonAnswer.code) — \(text(nonAnswer.label))", question: question.id), nonAnswer.code)
                }
            }
            XCTAssertEqual(template.strings.answersSheet.isEmpty, false)
        }
    }

    /// The Dutch template filled in by picking, for every question, the first answer its drop-down
    /// offers, scores as the same answers written as codes.
    func testAWorkbookFilledFromTheDropDownsScoresLikeTheCodes() throws {
        let questionnaire = Fixtures.iMonitor
        let sheets = try WorkbookReader.read(TemplateRenderer(questionnaire: questionnaire, language: "nl").workbook())
        let lists = try XCTUnwrap(sheets.first { $0.name == "Lists" })
        var byLabel = sheets[1].table, byCode = sheets[1].table
        byLabel[0] = ["id", "north"]
        byCode[0] = ["id", "north"]
        var column = 0
        for index in 4..<byLabel.count where !byLabel[index][0].contains(":") {
            let question = try XCTUnwrap(questionnaire.questions.first { $0.id == byLabel[index][0] })
            if case .number = question.kind { continue }
            let first = lists.text(row: 1, column: column)
            column += 1
            let code: String
            switch question.kind {
            case .choice(let options): code = options[0].code
            case .likert(let scale, _), .level(let scale): code = NumberFormat.plain(scale.points[0].value)
            case .yesNo: code = "yes"
            case .multi, .number: continue
            }
            byLabel[index] += Array(repeating: "", count: max(0, 5 - byLabel[index].count))
            byCode[index] += Array(repeating: "", count: max(0, 5 - byCode[index].count))
            byLabel[index][4] = first
            byCode[index][4] = code
        }
        func read(_ rows: [[String]], _ name: String) -> [Answer]? {
            let filled = WorkbookWriter(sheets: [.init(name: "Antwoorden", rows: rows.map { $0.map { WorkbookWriter.Cell.text($0) } })])
            let read = Fixtures.readResponses(path: Fixtures.write(bytes: filled.bytes(), name: name), questionnaire: questionnaire)
            XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }.map(\.description), [])
            return read.rows.first?.answers
        }
        let labelled = try XCTUnwrap(read(byLabel, "labels.xlsx")), coded = try XCTUnwrap(read(byCode, "codes.xlsx"))
        XCTAssertEqual(labelled, coded)
        XCTAssertGreaterThan(labelled.filter { if case .blank = $0 { false } else { true } }.count, 10)
    }

    func testTheAnswersSheetPrintsOnA4OnePageWideWithItsHeaderRowOnEveryPage() throws {
        let parts = try WorkbookParts(archive: TemplateRenderer(questionnaire: Fixtures.iMonitor, language: "nl").workbook())
        let workbook = String(decoding: try XCTUnwrap(parts["xl/workbook.xml"]), as: UTF8.self)
        XCTAssertTrue(workbook.contains("<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"1\">'Antwoorden'!$4:$4</definedName>"), workbook)
        let sheet = String(decoding: try XCTUnwrap(parts["xl/worksheets/sheet2.xml"]), as: UTF8.self)
        XCTAssertTrue(sheet.contains("<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"))
        XCTAssertTrue(sheet.contains("<pageSetup paperSize=\"9\" orientation=\"portrait\" fitToWidth=\"1\" fitToHeight=\"0\"/>"))
        // A long question wraps, and its row is tall enough for its lines.
        XCTAssertTrue(sheet.contains("customHeight=\"1\""))
        XCTAssertFalse(sheet.contains("<c r=\"C5\" t=\"inlineStr\">"), "every text cell wraps")
    }

    func testTheRowHeightFollowsTheLinesOfTheLongestText() {
        let row: [WorkbookWriter.Cell] = [.text("Q1"), .text(String(repeating: "word ", count: 30)), .empty]
        // 30 words of 4 letters in a column of 50: 10 to a line of at most 49 characters, 3 lines.
        XCTAssertEqual(WorkbookWriter.height(of: row, widths: [10, 50]), 45)
        XCTAssertEqual(WorkbookWriter.height(of: [.text("short")], widths: [10]), 15)
        XCTAssertEqual(WorkbookWriter.height(of: [.text("one\ntwo\nthree")], widths: [20]), 45)
    }

    /// Printed by LibreOffice (skipped without it): A4 portrait pages, one page wide - the blank
    /// Dutch workbook used to print on 8 pages with the answer column alone on the last.
    func testLibreOfficePrintsTheBlankWorkbookOnA4PortraitOnePageWide() throws {
        guard let soffice = ExternalProgram.find(["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"]) else {
            throw XCTSkip("LibreOffice (soffice) is not installed; the workbook's printing is not checked")
        }
        let folder = Fixtures.temporaryDirectory()
        let workbook = folder.appendingPathComponent("vragenlijst.xlsx")
        try Data(TemplateRenderer(questionnaire: Fixtures.iMonitor, language: "nl").workbook()).write(to: workbook)
        let (status, errors) = try ExternalProgram.run(soffice, ["-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--convert-to", "pdf",
                                                        "--outdir", folder.path, workbook.path], temporaryFolder: folder)
        XCTAssertEqual(status, 0, errors)
        let pdf = try PDFPages(Data(contentsOf: folder.appendingPathComponent("vragenlijst.pdf")))
        // The instructions on one page, the answers on a few: one page wide, not two or three.
        XCTAssertGreaterThanOrEqual(pdf.count, 2)
        XCTAssertLessThanOrEqual(pdf.count, 5, "\(pdf.count) pages")
        for size in pdf.mediaBoxes { XCTAssertEqual(size.width, 595, accuracy: 2); XCTAssertEqual(size.height, 842, accuracy: 2) }
    }
}
