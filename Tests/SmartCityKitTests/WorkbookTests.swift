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
        let sheet = try XCTUnwrap(try sheets("types.xlsx").first)
        XCTAssertEqual(sheet.rows[0], ["name", "count", "ratio", "flag", "day", "empty", "note"])
        XCTAssertEqual(sheet.rows[1], ["Kempenrode", "12", "4.5", "yes", "2024-03-01", "", "é, ü — ok"])
        XCTAssertEqual(Array(sheet.rows[2].prefix(5)), ["Bosvoorde", "0", "-1.25", "no", "2023-12-31"])
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
        XCTAssertEqual(sheets[0].rows, [["id", "total"], ["a & <b>", "59.26"], ["", "-3"]])
        XCTAssertTrue(sheets[1].isHidden, "the drop-down values live on a hidden sheet")
        XCTAssertEqual(sheets[1].rows, [["yes"], ["no"]])
    }

    func testReferencesAndDateSerials() {
        XCTAssertEqual(WorkbookReader.position(of: "B3")?.row, 2)
        XCTAssertEqual(WorkbookReader.position(of: "AA10")?.column, 26)
        XCTAssertNil(WorkbookReader.position(of: "3B"))
        XCTAssertEqual(WorkbookReader.dateText(serial: 45352), "2024-03-01")
        XCTAssertEqual(WorkbookReader.dateText(serial: 45352.5), "2024-03-01 12:00")
        XCTAssertEqual(WorkbookWriter.columnName(0), "A")
        XCTAssertEqual(WorkbookWriter.columnName(27), "AB")
    }
}
