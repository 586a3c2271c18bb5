/// Reads the sheets of an `.xlsx` workbook as sparse rows of cell texts, as a spreadsheet program
/// stored them: shared and inline strings (rich text runs joined, phonetic runs left out),
/// numbers (written as a responses file would: `3`, `4.5`), percent-formatted numbers as the
/// percentage typed (`4%`), dates (`2024-03-01`, in the 1900 and 1904 date systems), booleans
/// (`yes`/`no`) and formulas by their cached values (errors as their text, `#N/A`).
///
/// Every part it reads goes through the strict `XMLTokenizer`; anything malformed - XML, a
/// reference, an index, a number - is a `Failure` naming the part, the line and column in it,
/// and the cell, never a partial read. `.xls`, `.ods` and encrypted workbooks get a message
/// saying what to save them as.
enum WorkbookReader {
    struct Sheet: Equatable {
        var name: String
        var isHidden: Bool
        /// The rows that hold text, top to bottom; empty rows and cells are not kept.
        var rows: [Row]

        /// The text of a cell (row as the spreadsheet shows it, column from 0); "" when empty.
        func text(row number: Int, column: Int) -> String {
            let index = rows.firstIndex(sortedBy: \.number, notBelow: number)
            return index < rows.count && rows[index].number == number ? rows[index].text(column: column) : ""
        }
    }

    /// A row that holds text: its number as the spreadsheet shows it (1 for the first), and its
    /// non-empty cells, left to right.
    struct Row: Equatable {
        var number: Int
        var cells: [Cell]

        /// One past the column of the last cell: the width of the row's text.
        var width: Int { (cells.last?.column ?? -1) + 1 }

        func text(column: Int) -> String {
            let index = cells.firstIndex(sortedBy: \.column, notBelow: column)
            return index < cells.count && cells[index].column == column ? cells[index].text : ""
        }

        /// The row's texts from column A, at least `width` of them ("" for empty cells): at most
        /// 16,384, and made for one row at a time.
        func fields(width: Int) -> [String] {
            var fields = [String](repeating: "", count: max(width, self.width))
            for cell in cells { fields[cell.column] = cell.text }
            return fields
        }
    }

    struct Cell: Equatable {
        /// From 0 (A) to 16,383 (XFD).
        var column: Int
        var text: String
    }

    /// Why a workbook cannot be read: saved in another format, lacking a sheet, or damaged - a
    /// part that is not well-formed XML or says what cannot be read, located by the part, line
    /// and column - all worded in the run's language where it is reported (`message(_:)`), as is why a ZIP
    /// container cannot be opened.
    struct Failure: Error, Equatable {
        enum Problem: Equatable {
            case legacyOrProtected, openDocument, noVisibleSheet
            case notAnXLSX(part: String)
            case missingSheet(String)
            case noSheetNamed(String, sheets: [String])
            case templateWithoutID(sheet: String)
            /// The ZIP container cannot be opened: (why).
            case unreadable(ZipArchive.Problem)
            /// A part that is not well-formed XML: (the part, where and what).
            case malformed(part: String, XMLTokenizer.Failure)
            /// What a well-formed part says that cannot be read: (the part, where, what).
            case damaged(part: String, line: Int, column: Int, WorkbookPartProblem)
        }

        var problem: Problem

        init(_ problem: Problem) { self.problem = problem }

        /// The problem in `wording`'s language.
        func message(_ wording: WorkbookWording) -> String {
            switch problem {
            case .legacyOrProtected: wording.legacyOrProtected
            case .openDocument: wording.openDocument
            case .noVisibleSheet: wording.noVisibleSheet
            case .notAnXLSX(let part): wording.notAnXLSX(part)
            case .missingSheet(let name): wording.missingSheet(name)
            case .noSheetNamed(let name, let sheets): wording.noSheetNamed(name, sheets.joined(separator: ", "))
            case .templateWithoutID(let sheet): wording.templateWithoutID(sheet)
            case .unreadable(let reason): wording.zip.unreadable(wording.zip.text(reason))
            case .malformed(let part, let failure):
                "\(part):\(failure.line):\(failure.column): " + wording.part.malformed(wording.part.text(failure.problem))
            case .damaged(let part, let line, let column, let damage): "\(part):\(line):\(column): " + wording.part.text(damage)
            }
        }

        /// The problem in English.
        var message: String { message(.english) }
    }

    /// Whether bytes start like a ZIP archive (an `.xlsx` or `.ods` file) or an OLE2 compound file
    /// (`.xls`, or an encrypted workbook).
    static func looksLikeWorkbook(_ prefix: some Collection<UInt8>) -> Bool {
        let start = Array(prefix.prefix(4))
        return start == [0x50, 0x4B, 0x03, 0x04] || start == [0xD0, 0xCF, 0x11, 0xE0]
    }

    static func read(_ bytes: [UInt8]) throws(Failure) -> [Sheet] {
        if Array(bytes.prefix(4)) == [0xD0, 0xCF, 0x11, 0xE0] {
            throw Failure(.legacyOrProtected)
        }
        let parts = try WorkbookParts(archive: bytes)
        if let mimetype = parts["mimetype"], String(decoding: mimetype, as: UTF8.self).contains("opendocument") {
            throw Failure(.openDocument)
        }
        let workbookPart = try parts.relationships(of: "")
            .first { $0.type.hasSuffix("/officeDocument") }?.target ?? "xl/workbook.xml"
        guard let workbook = parts[workbookPart] else {
            throw Failure(.notAnXLSX(part: workbookPart))
        }
        let relationships = try parts.relationships(of: workbookPart)
        let declared = try declaredSheets(workbook, part: workbookPart)
        /// The part of the workbook's relationship of a type - or, without one, of its usual name
        /// beside the workbook part - if the archive holds it.
        func related(_ type: String, usually file: String) -> (name: String, bytes: [UInt8])? {
            let name = relationships.first { $0.type.hasSuffix("/" + type) }?.target
                ?? WorkbookParts.resolve(file, from: WorkbookParts.folder(of: workbookPart))
            return parts[name].map { (name, $0) }
        }
        let strings = try related("sharedStrings", usually: "sharedStrings.xml").map { part throws(Failure) in try WorkbookStrings.read(part.bytes, part: part.name) } ?? []
        let styles = try related("styles", usually: "styles.xml").map { part throws(Failure) in try WorkbookStyles.read(part.bytes, part: part.name) } ?? .none
        var sheets: [Sheet] = []
        for sheet in declared.sheets {
            guard let relation = relationships.first(where: { $0.id == sheet.id }), let xml = parts[relation.target] else {
                throw Failure(.missingSheet(sheet.name))
            }
            // Chart sheets and dialog sheets hold no cells.
            guard relation.type.hasSuffix("/worksheet") else { continue }
            let reader = WorksheetReader(part: relation.target, sheet: sheet.name, strings: strings, styles: styles,
                                         dateOffset: declared.date1904 ? 1462 : 0)
            sheets.append(Sheet(name: sheet.name, isHidden: sheet.hidden, rows: try reader.read(xml)))
        }
        return sheets
    }

    /// The sheets `xl/workbook.xml` declares (name, visibility, relationship id) and whether it
    /// counts dates from 1904-01-01 (old Excel for Mac), 1462 days after Excel's 1900 epoch.
    private static func declaredSheets(_ xml: [UInt8], part: String) throws(Failure) -> (sheets: [(name: String, hidden: Bool, id: String)], date1904: Bool) {
        var sheets: [(name: String, hidden: Bool, id: String)] = []
        var date1904 = false
        try tokenize(xml, part: part) { event, tokenizer throws(Failure) in
            switch event {
            case .start("sheet"):
                guard let name = tokenizer.attribute("name"), let id = tokenizer.attribute("id") else {
                    throw damaged(part, tokenizer, .sheetWithoutNameOrID, at: tokenizer.eventOffset)
                }
                sheets.append((name, ["hidden", "veryHidden"].contains(tokenizer.attribute("state") ?? ""), id))
            case .start("workbookPr"):
                date1904 = ["1", "true"].contains(tokenizer.attribute("date1904") ?? "")
            default: break
            }
        }
        return (sheets, date1904)
    }

    // MARK: - Reading parts with the tokenizer

    /// A tokenizer of a part; invalid UTF-8 is a failure naming the part.
    static func tokenizer(_ xml: [UInt8], part: String) throws(Failure) -> XMLTokenizer {
        do { return try XMLTokenizer(xml) } catch { throw malformed(part, error) }
    }

    /// The part's next event; malformed XML is a failure naming the part.
    static func next(_ tokenizer: inout XMLTokenizer, part: String) throws(Failure) -> XMLTokenizer.Event? {
        do { return try tokenizer.next() } catch { throw malformed(part, error) }
    }

    /// Hands every event of a part to `body`, with the tokenizer (for the attributes of a start tag).
    static func tokenize(_ xml: [UInt8], part: String, _ body: (XMLTokenizer.Event, XMLTokenizer) throws(Failure) -> Void) throws(Failure) {
        var tokenizer = try tokenizer(xml, part: part)
        while let event = try next(&tokenizer, part: part) { try body(event, tokenizer) }
    }

    /// XML of a part that is not well-formed.
    private static func malformed(_ part: String, _ failure: XMLTokenizer.Failure) -> Failure {
        Failure(.malformed(part: part, failure))
    }

    /// What a well-formed part says that cannot be read, at a byte offset of the part.
    static func damaged(_ part: String, _ tokenizer: XMLTokenizer, _ problem: WorkbookPartProblem, at offset: Int) -> Failure {
        let (line, column) = tokenizer.location(of: offset)
        return Failure(.damaged(part: part, line: line, column: column, problem))
    }
}

extension Array {
    /// In an array sorted by `key`, the index of the first element whose key is not below
    /// `value` (`count` when there is none): a binary search.
    fileprivate func firstIndex(sortedBy key: (Element) -> Int, notBelow value: Int) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if key(self[middle]) < value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
