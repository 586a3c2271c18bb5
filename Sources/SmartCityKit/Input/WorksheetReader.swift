/// The cells of one worksheet part (`xl/worksheets/sheet1.xml`) as sparse rows: only the cells
/// that hold text are kept, each with its column, so that memory follows the cells present - a
/// lone cell at XFD1048576 is one cell, not a million rows of 16,384 columns.
///
/// Cells are placed by their reference (`r="C7"`) or, without one, right after the previous cell
/// of the row (A for the first); rows by their number or right after the previous row. Rows go
/// down and cells go right, within Excel's limits; anything else is an error naming the part,
/// the line and column in it, and the cell.
struct WorksheetReader {
    typealias Failure = WorkbookReader.Failure
    typealias Row = WorkbookReader.Row
    typealias Placement = WorkbookPartProblem.Placement
    typealias Value = WorkbookPartProblem.Value

    /// The part's name in the archive, and the sheet's name (both for messages).
    let part: String
    package let sheet: String
    package let strings: [String]
    let styles: WorkbookStyles
    /// Days added to a date serial to count it from 1899-12-30 (1462 in the 1904 date system).
    let dateOffset: Double

    /// The rows that hold text, top to bottom.
    func read(_ xml: [UInt8]) throws(Failure) -> [Row] {
        var tokenizer = try WorkbookReader.tokenizer(xml, part: part)
        var rows: [Row] = []
        var depth = 0, sawSheetData = false
        while let event = try next(&tokenizer) {
            switch event {
            case .start("sheetData") where depth == 1:
                // A second one could restart the rows from the top.
                guard !sawSheetData else { throw failure(tokenizer, .secondSheetData) }
                sawSheetData = true
                try readSheetData(&tokenizer, into: &rows)
            case .start: depth += 1
            case .end: depth -= 1
            case .text: break
            }
        }
        return rows
    }

    private func readSheetData(_ tokenizer: inout XMLTokenizer, into rows: inout [Row]) throws(Failure) {
        var previous = 0
        while let event = try next(&tokenizer) {
            switch event {
            case .start("row"):
                let row = try readRow(&tokenizer, after: previous)
                previous = row.number
                if !row.cells.isEmpty { rows.append(row) }
            case .start: try skipElement(&tokenizer)
            case .end: return
            case .text: break
            }
        }
    }

    /// The row whose start tag was just read; `previous` is the number of the row before it.
    private func readRow(_ tokenizer: inout XMLTokenizer, after previous: Int) throws(Failure) -> Row {
        var number: Int?
        if let stated = tokenizer.attribute("r") {
            guard let row = CellReference.rowNumber(Substring(stated)) else {
                throw failure(tokenizer, .rowNumber(stated))
            }
            guard row > previous else { throw failure(tokenizer, .rowAbove(row, previous: previous)) }
            number = row
        }
        var cells: [WorkbookReader.Cell] = []
        var lastColumn = -1
        while let event = try next(&tokenizer) {
            switch event {
            case .start("c"):
                let offset = tokenizer.eventOffset
                let written = try reference(tokenizer)
                let text = try readCell(&tokenizer, at: written ?? CellReference(row: number ?? previous + 1, column: lastColumn + 1))
                let place: CellReference
                do { place = try cellPlace(written, row: &number, after: previous, lastColumn: lastColumn) } catch {
                    // A cell without a value is formatting only: where it says it stands is not held against it.
                    if text.isEmpty { continue }
                    throw failure(tokenizer, error, at: offset)
                }
                lastColumn = place.column
                if !text.isEmpty { cells.append(WorkbookReader.Cell(column: place.column, text: text)) }
            case .start: try skipElement(&tokenizer)
            case .end:
                let row = number ?? previous + 1
                guard row <= CellReference.maximumRow else { throw failure(tokenizer, .rowAfterLast) }
                return Row(number: row, cells: cells)
            case .text: break
            }
        }
        return Row(number: number ?? previous + 1, cells: cells)
    }

    /// The reference (`r`) of the cell whose start tag was just read: nil when it has none, an
    /// error when it names no cell within Excel's limits.
    private func reference(_ tokenizer: XMLTokenizer) throws(Failure) -> CellReference? {
        guard let written = tokenizer.attribute("r") else { return nil }
        guard let place = CellReference(written) else {
            throw failure(tokenizer, .cellReference(written))
        }
        return place
    }

    /// Where a cell stands: its reference, or the place after the previous cell. A row without a
    /// number takes it from its first cell's reference.
    private func cellPlace(_ written: CellReference?, row number: inout Int?, after previous: Int, lastColumn: Int) throws(Placement) -> CellReference {
        guard let place = written else {
            let row = number ?? previous + 1
            guard row <= CellReference.maximumRow else { throw .rowAfterLast }
            number = row
            guard lastColumn + 1 < CellReference.maximumColumn else { throw .cellAfterLastColumn(row: row) }
            return CellReference(row: row, column: lastColumn + 1)
        }
        if number == nil {
            guard lastColumn < 0, place.row > previous else {
                throw .cellInEarlierRow(place.name, previous: previous)
            }
            number = place.row
        }
        guard place.row == number else { throw .cellInAnotherRow(place.name, row: number ?? 0) }
        guard place.column > lastColumn else {
            throw .cellLeftOf(place.name, previous: CellReference(row: place.row, column: lastColumn).name)
        }
        return place
    }

    /// The text of the cell whose start tag was just read, as the spreadsheet shows its value.
    private func readCell(_ tokenizer: inout XMLTokenizer, at place: CellReference) throws(Failure) -> String {
        let offset = tokenizer.eventOffset
        let type = tokenizer.attribute("t") ?? "n"
        let style = tokenizer.attribute("s")
        var value: String?, inline: String?
        while let event = try next(&tokenizer) {
            switch event {
            case .start("v"): value = (value ?? "") + (try elementText(&tokenizer))
            case .start("is"): inline = try WorkbookStrings.text(&tokenizer, part: part)
            case .start: try skipElement(&tokenizer)
            case .end:
                do throws(Value) {
                    return try text(type: type, style: style, value: value, inline: inline)
                } catch {
                    throw WorkbookReader.damaged(part, tokenizer, .cell(place.name, sheet: sheet, error), at: offset)
                }
            case .text: break
            }
        }
        return ""
    }

    /// A cell's text by its type (`t`): a number as its style shows it, a shared or inline
    /// string, a boolean as yes/no, a formula's cached string or error, an ISO 8601 date.
    private func text(type: String, style: String?, value: String?, inline: String?) throws(Value) -> String {
        switch type {
        case "n":
            let numeral = (value ?? "").trimmingSpaces
            if numeral.isEmpty { return "" }
            guard let number = CellNumber(Substring(numeral)) else { throw .notANumber(numeral) }
            switch try shape(ofStyle: style) {
            case .plain: return number.plainText
            case .percent: return number.percentText
            case .date:
                guard let date = number.dateText(dateOffset: dateOffset) else {
                    throw .notADate(numeral)
                }
                return date
            }
        case "s":
            let index = (value ?? "").trimmingSpaces
            guard index.utf8.count <= 9, !index.isEmpty, index.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
                  let position = Int(index), position < strings.count else {
                throw .sharedString(index, count: strings.count)
            }
            return strings[position]
        case "inlineStr": return inline ?? WorkbookStrings.unescaped(value ?? "")
        case "b":
            switch (value ?? "").trimmingSpaces {
            case "1", "true": return "yes"
            case "0", "false": return "no"
            case "": return ""
            case let other: throw .notABoolean(other)
            }
        case "str", "e": return WorkbookStrings.unescaped(value ?? "")
        case "d":
            let written = (value ?? "").trimmingSpaces
            if written.isEmpty { return "" }
            guard let date = Self.isoDateText(written) else { throw .notAnISODate(written) }
            return date
        default:
            throw .unknownType(type)
        }
    }

    /// How the style `s` shows numbers; an error for a style the workbook does not define.
    private func shape(ofStyle written: String?) throws(Value) -> WorkbookStyles.Shape {
        let text = written?.trimmingSpaces ?? "0"
        guard text.utf8.count <= 9, !text.isEmpty, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let index = Int(text), let shape = styles.shape(ofStyle: index) else {
            throw .undefinedStyle(text, defined: max(1, styles.shapes.count))
        }
        return shape
    }

    /// An ISO 8601 date or date-time (`2024-03-01`, `2024-03-01T12:30:00Z`) in the form of a
    /// date-formatted number: `2024-03-01`, `2024-03-01 12:30`.
    static func isoDateText(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= bytes.count, bytes[range].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
            return bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        guard bytes.count >= 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              number(0..<4) != nil, let month = number(5..<7), let day = number(8..<10), (1...12).contains(month), (1...31).contains(day) else { return nil }
        let date = String(decoding: bytes[0..<10], as: UTF8.self)
        if bytes.count == 10 { return date }
        guard bytes[10] == UInt8(ascii: "T"), bytes.count >= 16, bytes[13] == UInt8(ascii: ":"),
              let hour = number(11..<13), let minute = number(14..<16), hour < 24, minute < 60 else { return nil }
        return hour == 0 && minute == 0 ? date : "\(date) \(String(decoding: bytes[11..<16], as: UTF8.self))"
    }

    /// The text inside the element whose start tag was just read (nested elements skipped).
    private func elementText(_ tokenizer: inout XMLTokenizer) throws(Failure) -> String {
        var text = ""
        while let event = try next(&tokenizer) {
            switch event {
            case .text(let piece): text += piece
            case .start: try skipElement(&tokenizer)
            case .end: return text
            }
        }
        return text
    }

    /// Reads past the end of the element whose start tag was just read.
    private func skipElement(_ tokenizer: inout XMLTokenizer) throws(Failure) {
        var depth = 0
        while let event = try next(&tokenizer) {
            switch event {
            case .start: depth += 1
            case .end: if depth == 0 { return } else { depth -= 1 }
            case .text: break
            }
        }
    }

    private func next(_ tokenizer: inout XMLTokenizer) throws(Failure) -> XMLTokenizer.Event? {
        try WorkbookReader.next(&tokenizer, part: part)
    }

    /// A row or cell that cannot stand where it does, at the tag just read (or at `offset`), in this sheet.
    private func failure(_ tokenizer: XMLTokenizer, _ placement: Placement, at offset: Int? = nil) -> Failure {
        WorkbookReader.damaged(part, tokenizer, .placement(placement, sheet: sheet), at: offset ?? tokenizer.eventOffset)
    }
}
