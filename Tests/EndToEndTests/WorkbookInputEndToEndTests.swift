import Foundation
import XCTest

/// Workbooks given where responses are read: told from text by their first bytes, read as their
/// sheet's rows also without a questionnaire, refused with the reason when they are not readable.
extension EndToEndTests {
    static let workbookFixtures = "Tests/SmartCityKitTests/Fixtures/xlsx/"

    /// The tool's template with an id, a name and ES01 filled in (saved again by Python's zipfile).
    func testImportOfAFilledTemplateWithoutAQuestionnaireGivesItsRows() throws {
        let imported = try run(["import", Self.workbookFixtures + "filled-template.xlsx"])
        XCTAssertEqual(imported.status, 0, imported.stderr)
        let lines = imported.stdout.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.count, 2, imported.stdout)
        let header = lines[0].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(Array(header.prefix(4)), ["id", "name", "ES01", "ES02"])
        XCTAssertEqual(header.last, "CO04[none]", "a multi question's option rows are its per-option columns")
        let cells = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(cells.count, header.count)
        XCTAssertEqual(Array(cells.prefix(4)), ["gent", "Gent", "3", ""])
        XCTAssertTrue(cells.dropFirst(3).allSatisfy(\.isEmpty), "only ES01 was answered")
        // With the questionnaire the same sheet is read, its answers typed.
        let typed = try run(["import", Self.workbookFixtures + "filled-template.xlsx", "-q", Self.questionnaire])
        XCTAssertEqual(typed.status, 0, typed.stderr)
        XCTAssertTrue(typed.stdout.split(separator: "\n").last?.hasPrefix("gent,Gent,3,") ?? false, typed.stdout)
    }

    /// Issue 23: `import BOOK.xlsx` read the ZIP bytes as CSV (`id,PK...`), exit 0.
    func testImportReadsTheToolsOwnTemplateAsAWorkbookWhateverItsName() throws {
        let folder = try temporaryFolder()
        let workbook = folder.appendingPathComponent("template.xlsx").path, renamed = folder.appendingPathComponent("template.csv").path
        XCTAssertEqual(try run(["template", Self.questionnaire, "--format", "xlsx", "-o", workbook]).status, 0)
        try FileManager.default.copyItem(atPath: workbook, toPath: renamed)
        for path in [workbook, renamed] {
            let unfilled = try run(["import", path])
            XCTAssertEqual(unfilled.status, 1, path)
            XCTAssertFalse(unfilled.stdout.contains("PK"), unfilled.stdout)
            XCTAssertEqual(unfilled.stderr, "\(path): error: is the questionnaire's workbook, but its municipality id (cell B1 of sheet \"Antwoorden\") is empty; fill in the id, the name and the answers, save, and score it again\n")
            let instructions = try run(["import", path, "--sheet", "Uitleg"])
            XCTAssertEqual(instructions.status, 0, instructions.stderr)
            XCTAssertEqual(instructions.stdout.split(separator: "\n").prefix(2), ["id,Digitale maturiteit van het lokaal bestuur (in de stijl van de I-monitor)",
                                                                                  "row-2,Vragenlijst: i-monitor 1.0.0"])
        }
        let mapped = try run(["map", Self.questionnaire, renamed])
        XCTAssertEqual(mapped.status, 1, "map reads the sheet too")
        XCTAssertTrue(mapped.stderr.contains("municipality id (cell B1 of sheet \"Antwoorden\") is empty"), mapped.stderr)
    }

    /// Files that start like a workbook but are not a readable one: an error naming what is
    /// wrong, exit 1, in import and in score.
    func testBrokenWorkbooksAreRefusedWithTheReason() throws {
        let folder = try temporaryFolder()
        let crafted: [(name: String, bytes: [UInt8], message: String)] = [
            ("zip-start.csv", Array("PK\u{3}\u{4}id,name\nm1,Kempenrode\nm2,Bosvoorde\n".utf8), "is not a readable workbook: it is not a ZIP archive (no central directory)"),
            ("ole2.csv", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "is an Excel 97-2003 (.xls) or password-protected workbook"),
            ("empty-archive.xlsx", [0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18), "is a ZIP archive but not an .xlsx workbook (no xl/workbook.xml)"),
        ]
        var paths: [(String, String)] = crafted.map { file in
            let url = folder.appendingPathComponent(file.name)
            XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: Data(file.bytes)))
            return (url.path, file.message)
        }
        paths += [("no-relationships.xlsx", "names a sheet \"Uitleg\" that it does not hold"), ("no-worksheets.xlsx", "has no sheet to read (its xl/workbook.xml lists no visible sheet)")]
            .map { (Self.workbookFixtures + $0.0, $0.1) }
        for (path, message) in paths {
            for arguments in [["import", path], ["score", Self.questionnaire, path, "--out", folder.appendingPathComponent("out").path, "--lang", "en"]] {
                let result = try run(arguments)
                XCTAssertEqual(result.status, 1, "\(arguments)")
                XCTAssertTrue(result.stderr.hasPrefix("\(path): error: \(message)"), result.stderr)
                XCTAssertEqual(result.stdout, "", "nothing imported")
            }
        }
    }
}
