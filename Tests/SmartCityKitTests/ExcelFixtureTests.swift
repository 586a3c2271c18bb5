import Foundation
import XCTest
@testable import SmartCityKit

/// Workbooks that no one here wrote: the test files of xlsx2csv 0.8.6 (MIT; see
/// Tests/Fixtures/README.md), 11 of them saved by Microsoft Excel 2007-2013, each with the CSV
/// that xlsx2csv makes of it (with the options in its `test/run`). The cells WorkbookReader
/// returns equal those CSVs where the CSV holds the stored value; where it holds a display
/// format instead, the cell is listed below with the value the workbook stores, as we read it:
///
/// | file | cells | CSV shows | we read (the stored value) |
/// |---|---|---|---|
/// | datetime.xlsx | A1 | `2011-09-15 15:22:00` (`--dateformat`) | the date and time, `2011-09-15 15:22` |
/// | junk-small.xlsx | A1-D1 | `29-Mar-1940`, `25-Jul-2008`, `08-07-25`, `08-Apr-2009` | ISO dates |
/// | junk-small.xlsx, escape.xlsx | F1 | `FALSE` | a boolean, `no` |
/// | float.xlsx | A2-A5 | `0.10300` (format `0.00000`) | `0.103`, `0.276` |
/// | float2.xlsx | E1, F1, H1 | `0.003`, `61.2554358941478%`, `20.41` (formats) | `0.261493408061246%`, `61.2554358941478%` (percent formats, as typed), `20.4100614385744` (15 significant digits) |
/// | percentage.xlsx | A1-A4 | `1.23%`, `50%`, `1%`, `0.01%` | the percent typed, every digit: `1.234%`, `50%`, `0.5%`, `0.005%` |
/// | timeformat.xlsx | A1-A3, B1-B3 | `"03""-""08""-""2017"" ""14:35:00"` (its format's quotes), `14:40` | `2017-08-03 14:35`, `2017-08-03`; times of day to the second, `14:40:30` |
/// | hyperlinks*.xlsm | all | `<a href='...'>text</a>` (`--hyperlinks`) | the text |
///
/// Namespace prefixes, times of day and the digits of stored numbers are asserted in separate
/// tests, named after the behaviour.
final class ExcelFixtureTests: XCTestCase {
    static let folder = RenderingTests.fixtureFolder.appendingPathComponent("xlsx2csv")

    /// How xlsx2csv wrote a fixture's CSV (the options in its `test/run`).
    enum Layout {
        /// The first sheet only (the default).
        case firstSheet
        /// Every sheet (`-a`), each after a line `-------- N - name`.
        case allSheets
        /// `variousdelim`: every sheet, tab-separated, CR line ends, sheets after `! N - name`.
        case tabsAndCarriageReturns
    }

    /// A fixture and where its CSV differs from the stored values: cell (`A1` of the first
    /// sheet, or `Sheet!A1`) -> the value we read.
    struct Fixture {
        var file: String
        var layout: Layout = .firstSheet
        /// `-i`: xlsx2csv left empty rows out.
        var skipsEmptyRows = false
        /// `-e`: xlsx2csv wrote line breaks and tabs as `\n` and `\t`.
        var escapes = false
        /// `--hyperlinks`: xlsx2csv wrote links as HTML anchors.
        var hyperlinks = false
        var stored: [String: String] = [:]
        /// Cells tested in the separate tests below, named after the behaviour.
        var pending: Set<String> = []
    }

    static let fixtures: [Fixture] = [
        Fixture(file: "datetime.xlsx", stored: ["A1": "2011-09-15 15:22"]),
        Fixture(file: "empty_row.xlsx"),
        Fixture(file: "escape.xlsx", escapes: true, stored: ["F1": "no"]),
        Fixture(file: "float.xlsx", stored: ["A2": "0.103", "A3": "0.276", "A4": "0.103", "A5": "0.276"]),
        Fixture(file: "float2.xlsx", pending: ["E1", "F1", "H1"]),
        Fixture(file: "formatted_inline_string.xlsx"),
        Fixture(file: "hyperlinks.xlsm", hyperlinks: true),
        Fixture(file: "hyperlinks_continous.xlsm", hyperlinks: true),
        Fixture(file: "input-weird.xlsx"),
        Fixture(file: "junk-small.xlsx", stored: ["A1": "1940-03-29", "B1": "2008-07-25", "C1": "2008-07-25", "D1": "2009-04-08", "F1": "no"]),
        Fixture(file: "last-column-empty.xlsx"),
        Fixture(file: "no_cell_ids.xlsx"),
        Fixture(file: "percentage.xlsx", stored: ["A1": "1.234%", "A2": "50%", "A3": "0.5%", "A4": "0.005%"]),
        Fixture(file: "sheets.xlsx", layout: .allSheets),
        Fixture(file: "sheets_order.xlsx", layout: .allSheets),
        Fixture(file: "skip_empty_lines.xlsx", skipsEmptyRows: true),
        Fixture(file: "timeformat.xlsx", stored: ["A1": "2017-08-03 14:35", "A2": "2017-08-03", "A3": "2017-08-03 15:40"], pending: ["B1", "B2", "B3"]),
        Fixture(file: "twolettercolumns.xlsx"),
        Fixture(file: "utf8.xlsx"),
        Fixture(file: "variousdelim.xlsx", layout: .tabsAndCarriageReturns),
        Fixture(file: "xlsx2csv-test-file.xlsx"),
    ]

    /// Every workbook and macro workbook of the package, and every CSV, is a fixture here.
    func testEveryWorkbookOfThePackageIsAFixture() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path)
        let workbooks = Set(files.filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".xlsm") })
        XCTAssertEqual(workbooks.count, 22)
        XCTAssertEqual(workbooks, Set(Self.fixtures.map(\.file) + ["namespace.xlsx"]))
        XCTAssertEqual(Set(files.filter { $0.hasSuffix(".csv") }), Set(workbooks.map { ($0 as NSString).deletingPathExtension + ".csv" }))
    }

    func testCellsEqualTheCSVOfXlsx2csvOrTheStoredValue() throws {
        for fixture in Self.fixtures {
            let expected = try expectedSheets(fixture)
            let read = try sheets(fixture.file)
            XCTAssertEqual(read.count >= expected.count, true, fixture.file)
            for (index, sheet) in expected.enumerated() where index < read.count {
                if let name = sheet.name { XCTAssertEqual(read[index].name, name, fixture.file) }
                var rows = read[index].table
                if fixture.skipsEmptyRows { rows.removeAll { $0.allSatisfy(\.isEmpty) } }
                compare(rows, with: sheet.rows, fixture: fixture, sheet: index == 0 ? nil : read[index].name)
            }
        }
    }

    /// The nine Excel-saved workbooks and the two macro workbooks say so in docProps/app.xml,
    /// and are read through the hardened ZIP reader (no entry refused, no limit reached).
    func testTheExcelSavedFixturesAreWhatTheirAppXMLSays() throws {
        let excel = ["datetime.xlsx", "float.xlsx", "input-weird.xlsx", "last-column-empty.xlsx", "sheets.xlsx", "skip_empty_lines.xlsx", "utf8.xlsx",
                     "variousdelim.xlsx", "xlsx2csv-test-file.xlsx", "hyperlinks.xlsm", "hyperlinks_continous.xlsm"]
        for file in excel {
            let entries = try ZipArchive.read(Array(try Data(contentsOf: Self.folder.appendingPathComponent(file))))
            let app = String(decoding: try XCTUnwrap(entries["docProps/app.xml"], file), as: UTF8.self)
            XCTAssertTrue(app.contains("<Application>Microsoft Excel</Application>"), file)
            XCTAssertTrue(["12.", "14.", "15."].contains { app.contains("<AppVersion>\($0)") }, "Excel 2007-2013: \(file)")
        }
    }

    // MARK: - Behaviours of the XML rewrite (expected to fail until it lands)

    /// namespace.xlsx writes every element with a prefix (`<s:workbook xmlns:s=...>`).
    func testNamespacePrefixedWorkbookReadsLikeItsCSV() throws {
        let fixture = Fixture(file: "namespace.xlsx")
        let read = try sheets(fixture.file)
        XCTAssertEqual(read.first?.name, "Data")
        compare(read.first?.table ?? [], with: try expectedSheets(fixture)[0].rows, fixture: fixture, sheet: nil)
    }

    /// A time-of-day format (`hh:mm:ss`) reads as the time it shows, not as a date on 1899-12-30
    /// and not rounded to the minute (xlsx2csv writes `14:40`, `11:30`, `00:01`).
    func testTimeOnlyCellsReadAsTimesOfDay() throws {
        let rows = try sheets("timeformat.xlsx")[0].table
        XCTAssertEqual(rows.map { $0.count > 1 ? $0[1] : "" }, ["14:40:30", "11:30", "00:01:59"])
    }

    /// A number reads with every digit it is stored with (0.00261493408061246), not rounded to
    /// nine decimals; xlsx2csv shows E1 and H1 in their formats (`0.003`, `20.41`) and F1 whole.
    func testNumbersKeepTheFifteenDigitsASpreadsheetStores() throws {
        let row = try sheets("float2.xlsx")[0].table[0]
        XCTAssertEqual(row[4], "0.261493408061246%", "percent-formatted: the percent typed")
        XCTAssertEqual(row[5], "61.2554358941478%", "as xlsx2csv shows it")
        XCTAssertEqual(row[7], "20.4100614385744")
    }

    // MARK: - Reading the fixtures

    private func sheets(_ file: String) throws -> [WorkbookReader.Sheet] {
        try WorkbookReader.read(Array(try Data(contentsOf: Self.folder.appendingPathComponent(file))))
    }

    /// Rows compared after dropping trailing empty cells and rows (xlsx2csv pads rows to the
    /// widest); a cell listed as stored or pending is compared with the stored value, or not here.
    private func compare(_ actual: [[String]], with expected: [[String]], fixture: Fixture, sheet: String?, line: UInt = #line) {
        let actual = trimmed(actual), expected = trimmed(expected)
        XCTAssertEqual(actual.count, expected.count, "rows of \(fixture.file) \(sheet ?? "")", line: line)
        for row in 0..<min(actual.count, expected.count) {
            for column in 0..<max(actual[row].count, expected[row].count) {
                let reference = (sheet.map { $0 + "!" } ?? "") + Self.columnName(column) + String(row + 1)
                if fixture.pending.contains(reference) { continue }
                let want = fixture.stored[reference] ?? (column < expected[row].count ? expected[row][column] : "")
                let got = column < actual[row].count ? actual[row][column] : ""
                XCTAssertEqual(got, want, "\(fixture.file) \(reference)", line: line)
            }
        }
    }

    private func trimmed(_ rows: [[String]]) -> [[String]] {
        var rows = rows.map { row in Array(row.prefix(through: row.lastIndex { !$0.isEmpty } ?? -1)) }
        while rows.last?.isEmpty == true { rows.removeLast() }
        return rows
    }

    static func columnName(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : columnName(index / 26 - 1) + columnName(index % 26)
    }

    /// The sheets of the fixture's CSV: their names when xlsx2csv wrote them, and their rows.
    private func expectedSheets(_ fixture: Fixture) throws -> [(name: String?, rows: [[String]])] {
        let bytes = Array(try Data(contentsOf: Self.folder.appendingPathComponent((fixture.file as NSString).deletingPathExtension + ".csv")))
        var records: [[String]] = []
        if case .tabsAndCarriageReturns = fixture.layout {
            records = String(decoding: bytes, as: UTF8.self).split(separator: "\r").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        } else {
            var reader = CSVReader(source: MemoryByteSource(bytes), delimiter: UInt8(ascii: ","))
            while let record = try reader.next() {
                // The reader skips blank lines; they are empty rows of the sheet.
                records += Array(repeating: [], count: max(0, record.line - 1 - records.count))
                records.append(record.fields.map { cell(of: $0, fixture) })
            }
        }
        let marker: String? = switch fixture.layout {
        case .firstSheet: nil
        case .allSheets: "-------- "
        case .tabsAndCarriageReturns: "! "
        }
        guard let marker else { return [(nil, records)] }
        var sheets: [(name: String?, rows: [[String]])] = []
        for record in records {
            if record.count == 1, record[0].hasPrefix(marker), let dash = record[0].range(of: " - ") {
                sheets.append((String(record[0][dash.upperBound...]), []))
            } else if !sheets.isEmpty {
                sheets[sheets.count - 1].rows.append(record)
            }
        }
        return sheets
    }

    /// A CSV cell as the value it stands for: `\n` and `\t` unescaped (`-e`), an HTML anchor
    /// as its text (`--hyperlinks`).
    private func cell(of text: String, _ fixture: Fixture) -> String {
        var text = text
        if fixture.escapes { text = text.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\t", with: "\t") }
        if fixture.hyperlinks, text.hasPrefix("<a href="), let open = text.firstIndex(of: ">"), text.hasSuffix("</a>") {
            text = String(text[text.index(after: open)..<text.index(text.endIndex, offsetBy: -4)])
        }
        return text
    }
}
