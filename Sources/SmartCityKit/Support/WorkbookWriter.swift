/// Office Open XML workbooks (`.xlsx`, SpreadsheetML) of our own: sheets of text and number
/// cells, a bold frozen header row, column widths, drop-down lists (data validation) whose
/// values live on a hidden sheet, and inline strings (no shared-string table to keep in step).
/// The ZIP container deflates its entries; Excel and LibreOffice open it like any workbook.
/// `bytes()` builds a small workbook in memory; `WorkbookStream` writes a large one as its rows arrive.
struct WorkbookWriter {
    enum Cell: Equatable {
        case empty
        case text(String)
        case number(Double)
        /// A share (0-1) stored as it is and shown as a percentage (`0.4375` shows `43.75%`).
        case percent(Double)
        /// Text in bold (headers, labels).
        case heading(String)
    }

    /// A drop-down list on a cell: its values are offered, anything else is refused.
    struct DropDown {
        var cell: String
        var values: [String]
    }

    struct Sheet {
        var name: String
        var rows: [[Cell]]
        /// In characters, per column from A.
        var columnWidths: [Double] = []
        /// The first `frozenRows` rows stay in view when scrolling.
        var frozenRows = 0
        var dropDowns: [DropDown] = []
        var isHidden = false
        /// Every text cell wraps, and each row is as tall as its longest text (a form to print).
        var wrapsText = false
        /// How the sheet prints; nil leaves it to the spreadsheet program.
        var print: PrintSetup?
        /// Cells that may be edited in a protected sheet are not modelled: every sheet is editable.
    }

    /// A sheet printed on A4 portrait, as wide as one page (as many pages tall as it takes),
    /// with the rows `repeatedRows` (numbered from 1, a header) on every page.
    struct PrintSetup {
        var repeatedRows: ClosedRange<Int>?
    }

    var sheets: [Sheet]

    /// The workbook file.
    func bytes() -> [UInt8] {
        var sheets = self.sheets
        // Drop-down values go on a hidden sheet, one column per list, referenced by range.
        var lists = Sheet(name: "Lists", rows: [], isHidden: true)
        var listColumns = 0
        for index in sheets.indices {
            for (position, dropDown) in sheets[index].dropDowns.enumerated() {
                let column = Self.columnName(listColumns)
                listColumns += 1
                for (row, value) in dropDown.values.enumerated() {
                    while lists.rows.count <= row { lists.rows.append([]) }
                    while lists.rows[row].count < listColumns - 1 { lists.rows[row].append(.empty) }
                    lists.rows[row].append(.text(value))
                }
                sheets[index].dropDowns[position].values = ["Lists!$\(column)$1:$\(column)$\(max(1, dropDown.values.count))"]
            }
        }
        if listColumns > 0 { sheets.append(lists) }
        var archive: [UInt8] = []
        do {
            let stream = try WorkbookStream(sheets: sheets, temporaryFolder: nil)
            for (index, sheet) in sheets.enumerated() {
                for row in sheet.rows { try stream.append(row, to: index) }
            }
            try stream.write { archive += $0 }
        } catch {
            // In memory nothing is written to a file: nothing can fail.
            preconditionFailure("a workbook in memory failed: \(error)")
        }
        return archive
    }

    /// The parts of the package besides the sheets, by name, in the order they are archived.
    static func packageParts(_ sheets: [Sheet]) -> [(name: String, bytes: [UInt8])] {
        [("[Content_Types].xml", Array(contentTypes(sheets.count).utf8)),
         ("_rels/.rels", Array(rootRelationships.utf8)),
         ("xl/workbook.xml", Array(workbook(sheets).utf8)),
         ("xl/_rels/workbook.xml.rels", Array(workbookRelationships(sheets.count).utf8)),
         ("xl/styles.xml", Array(styles.utf8))]
    }

    /// A column's letters: 0 -> A, 25 -> Z, 26 -> AA.
    static func columnName(_ index: Int) -> String {
        var index = index, name = ""
        repeat {
            name = String(UnicodeScalar(UInt8(65 + index % 26))) + name
            index = index / 26 - 1
        } while index >= 0
        return name
    }

    private static func contentTypes(_ sheetCount: Int) -> String {
        let sheets = (1...max(sheetCount, 1)).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return Self.declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + sheets + "</Types>"
    }

    private static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    private static let mainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let relationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    private static let rootRelationships = declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationshipNamespace)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"

    private static func workbook(_ sheets: [Sheet]) -> String {
        let entries = sheets.enumerated().map { index, sheet in
            "<sheet name=\"\(escapingMarkup(String(sheet.name.prefix(31))))\" sheetId=\"\(index + 1)\"\(sheet.isHidden ? " state=\"hidden\"" : "") r:id=\"rId\(index + 1)\"/>"
        }.joined()
        // Rows repeated on every printed page are the sheet's print titles, a defined name.
        let titles = sheets.enumerated().compactMap { index, sheet -> String? in
            guard let rows = sheet.print?.repeatedRows else { return nil }
            let name = String(sheet.name.prefix(31)).replacingOccurrences(of: "'", with: "''")
            return "<definedName name=\"_xlnm.Print_Titles\" localSheetId=\"\(index)\">'\(escapingMarkup(name))'!$\(rows.lowerBound):$\(rows.upperBound)</definedName>"
        }
        let names = titles.isEmpty ? "" : "<definedNames>\(titles.joined())</definedNames>"
        return Self.declaration + "<workbook xmlns=\"\(Self.mainNamespace)\" xmlns:r=\"\(Self.relationshipNamespace)\"><sheets>\(entries)</sheets>\(names)</workbook>"
    }

    private static func workbookRelationships(_ sheetCount: Int) -> String {
        let sheets = (1...max(sheetCount, 1)).map {
            "<Relationship Id=\"rId\($0)\" Type=\"\(relationshipNamespace)/worksheet\" Target=\"worksheets/sheet\($0).xml\"/>"
        }.joined()
        return Self.declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\(sheets)"
            + "<Relationship Id=\"rId\(sheetCount + 1)\" Type=\"\(Self.relationshipNamespace)/styles\" Target=\"styles.xml\"/></Relationships>"
    }

    /// Style 0: plain; 1: bold; 2: wrapped text (long questions); 3: a percentage with two
    /// decimals (built-in number format 10, `0.00%`).
    private static let styles = declaration + "<styleSheet xmlns=\"\(mainNamespace)\">"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\"><alignment wrapText=\"1\" vertical=\"top\"/></xf>"
        + "<xf numFmtId=\"10\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
        + "</styleSheet>"

    /// A worksheet's XML up to its first row: the frozen pane, the column widths.
    static func worksheetStart(_ sheet: Sheet) -> String {
        var xml = declaration + "<worksheet xmlns=\"\(mainNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"
        if sheet.print != nil { xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>" }
        if sheet.frozenRows > 0 {
            xml += "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"A\(sheet.frozenRows + 1)\" activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews>"
        }
        if !sheet.columnWidths.isEmpty {
            xml += "<cols>" + sheet.columnWidths.enumerated().map { index, width in
                "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(NumberFormat.plain(width))\" customWidth=\"1\"/>"
            }.joined() + "</cols>"
        }
        return xml + "<sheetData>"
    }

    /// A row's XML; `number` counts from 1. Written piece by piece: a large sheet has millions of cells.
    /// With `wrappingIn` (the columns' widths) every text cell wraps and the row is as tall as its longest text.
    static func appendRow(_ row: [Cell], number: Int, wrappingIn widths: [Double]? = nil, to xml: inout ByteBuffer) {
        let rowNumber = String(number)
        xml.append("<row r=\"")
        xml.append(rowNumber)
        if let widths {
            xml.append("\" ht=\"")
            xml.append(NumberFormat.plain(Self.height(of: row, widths: widths)))
            xml.append("\" customHeight=\"1")
        }
        xml.append("\">")
        for (columnIndex, cell) in row.enumerated() {
            func open(_ attributes: String) {
                xml.append("<c r=\"")
                xml.append(columnIndex < columnNames.count ? columnNames[columnIndex] : columnName(columnIndex))
                xml.append(rowNumber)
                xml.append(attributes)
            }
            switch cell {
            case .empty: continue
            case .number(let value) where value.isFinite:
                open("\"><v>")
                xml.append(NumberFormat.roundTrip(value))
                xml.append("</v></c>")
            case .percent(let share) where share.isFinite:
                open("\" s=\"3\"><v>")
                xml.append(NumberFormat.roundTrip(share))
                xml.append("</v></c>")
            case .number, .percent: continue
            case .text(let text):
                open(widths != nil || text.utf8.count > 60 && text.count > 60 ? "\" s=\"2\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" : "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">")
                xml.append(xmlText(text))
                xml.append("</t></is></c>")
            case .heading(let text):
                open("\" s=\"1\" t=\"inlineStr\"><is><t>")
                xml.append(xmlText(text))
                xml.append("</t></is></c>")
            }
        }
        xml.append("</row>")
    }

    /// A row's height in points when its text wraps in columns of these widths (in characters):
    /// 15 points a line (Calibri 11) for the cell of most lines, word-wrapped a character short of
    /// the width, as spreadsheet programs do not auto-fit rows on opening a file.
    static func height(of row: [Cell], widths: [Double]) -> Double {
        let lines = row.enumerated().map { column, cell -> Int in
            guard case .text(let text) = cell, !text.isEmpty else { return 1 }
            let width = max(Int(column < widths.count ? widths[column] : 8.43) - 1, 1)
            return text.components(separatedBy: "\n").map { wrapped($0, width: width).count }.reduce(0, +)
        }
        return Double(max(lines.max() ?? 1, 1)) * 15
    }

    /// The letters of the first 702 columns (A to ZZ), made once.
    private static let columnNames = (0..<702).map(columnName)

    /// A worksheet's XML after its last row: the drop-down lists.
    static func worksheetEnd(_ sheet: Sheet) -> String {
        var xml = "</sheetData>"
        if !sheet.dropDowns.isEmpty {
            xml += "<dataValidations count=\"\(sheet.dropDowns.count)\">" + sheet.dropDowns.map { dropDown in
                "<dataValidation type=\"list\" allowBlank=\"1\" showErrorMessage=\"1\" sqref=\"\(dropDown.cell)\"><formula1>\(xmlText(dropDown.values.first ?? ""))</formula1></dataValidation>"
            }.joined() + "</dataValidations>"
        }
        if sheet.print != nil {
            // A4 (paper size 9) portrait, one page wide and as many tall as it takes (0: no limit).
            xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
                + "<pageSetup paperSize=\"9\" orientation=\"portrait\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
        }
        return xml + "</worksheet>"
    }

    /// Text escaped for XML, without the control characters XML 1.0 forbids.
    static func xmlText(_ text: String) -> String {
        // Most cells (ids, labels) need nothing done: they are returned as they are.
        let plain = !text.utf8.contains { $0 < 0x20 || $0 == 0x7F || $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<")
            || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }
        if plain { return text }
        return escapingMarkup(String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\t" || $0 == "\n" || $0 == "\r" })))
    }
}
