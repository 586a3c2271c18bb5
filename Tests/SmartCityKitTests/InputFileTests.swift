import Foundation
import XCTest
@testable import SmartCityKit

/// A responses file is a workbook or text by its first bytes, whatever its name.
final class InputFileTests: XCTestCase {
    /// A plain sheet laid out like the mini responses CSV.
    private let workbook = WorkbookWriter(sheets: [.init(name: "Antwoorden", rows: [
        ["id", "A1", "A3"].map { WorkbookWriter.Cell.text($0) },
        ["m1", "4", "yes"].map { WorkbookWriter.Cell.text($0) },
    ])]).bytes()

    func testPeekedBytesAreReadAgain() throws {
        let path = Fixtures.write("id,A1\nm1,3\n", name: "r.csv")
        let file = try FileByteSource(path: path, hashing: true, wording: .english)
        XCTAssertEqual(try file.peek(), Array("id,A1\nm1,3\n".utf8))
        XCTAssertEqual(try file.peek(), Array("id,A1\nm1,3\n".utf8), "peeking twice reads nothing more")
        XCTAssertEqual(try file.readToEnd(), Array("id,A1\nm1,3\n".utf8))
        XCTAssertEqual(file.digest(), SHA256.hex(of: Array("id,A1\nm1,3\n".utf8)), "hashed once")
        let empty = try FileByteSource(path: Fixtures.write("", name: "e.csv"), hashing: false, wording: .english)
        XCTAssertEqual(try empty.peek(), [])
        XCTAssertNil(try empty.nextChunk())
    }

    func testAWorkbookIsToldByItsFirstBytesWhateverItsName() throws {
        for name in ["answers.csv", "answers.txt", "answers", "answers.xlsx"] {
            guard case .workbook(let bytes) = try InputFile.open(path: Fixtures.write(bytes: workbook, name: name), hashing: false, wording: .english) else {
                return XCTFail("\(name) is a workbook")
            }
            XCTAssertEqual(bytes, workbook)
        }
        guard case .text = try InputFile.open(path: Fixtures.write("id,A1\n", name: "r.csv"), hashing: false, wording: .english) else { return XCTFail("CSV is text") }
        // Named as a workbook, text is still read as one: and refused as not a readable workbook.
        guard case .workbook = try InputFile.open(path: Fixtures.write("id,A1\n", name: "r.xlsx"), hashing: false, wording: .english) else { return XCTFail("by name") }
    }

    func testAWorkbookNamedCSVIsScoredAsItsSheet() {
        let path = Fixtures.write(bytes: workbook, name: "responses.csv")
        let read = Fixtures.readResponses(path: path, questionnaire: Fixtures.mini)
        XCTAssertEqual(read.diagnostics.filter { $0.severity == .error }.map(\.description), [])
        XCTAssertEqual(read.rows.map(\.respondentID), ["m1"])
        XCTAssertEqual(read.rows.first?.answers.prefix(3), [.number(4), .blank, .yesNo(true)])
    }

    /// `import` and `map` start on an export through CSVFileStart: a workbook gives its sheet's rows.
    func testTheStartOfAWorkbookExportIsItsSheetsRows() throws {
        let opened = CSVFileStart.read(path: Fixtures.write(bytes: workbook, name: "export.dat"), count: 3)
        var start = try XCTUnwrap(opened.value, opened.diagnostics.description)
        XCTAssertEqual(start.records, [CSVRecord(fields: ["id", "A1", "A3"], line: 1), CSVRecord(fields: ["m1", "4", "yes"], line: 2)])
        XCTAssertNil(try start.reader.next())
        let broken = CSVFileStart.read(path: Fixtures.write(bytes: [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 40), name: "export.csv"), count: 3)
        XCTAssertNil(broken.value)
        XCTAssertEqual(broken.diagnostics.map(\.message), ["is not a readable workbook: it is not a ZIP archive (no central directory); save the workbook as .xlsx"])
    }
}
