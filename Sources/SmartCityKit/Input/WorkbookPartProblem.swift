/// What is wrong in a well-formed part of a workbook: where a row or cell stands, what a cell
/// holds, a style's number format, a sheet's declaration. A typed value, worded in the run's
/// language by `WorkbookPartWording` and located by `WorkbookReader.Failure` (part, line, column).
enum WorkbookPartProblem: Equatable, Sendable {
    /// A row or cell that does not stand where a sheet's rows and cells can, in a sheet.
    case placement(Placement, sheet: String)
    /// A cell whose value cannot be read: (its reference, its sheet, why).
    case cell(String, sheet: String, Value)
    /// A `numFmtId` that is no number: (as written).
    case numberFormatID(String)
    /// A `<sheet>` of `xl/workbook.xml` without its name or relationship id.
    case sheetWithoutNameOrID

    /// Where a row or cell stands, when a sheet cannot hold it there.
    enum Placement: Error, Equatable, Sendable {
        /// A second `<sheetData>`.
        case secondSheetData
        /// A row number outside 1 to 1,048,576: (as written).
        case rowNumber(String)
        /// A row above the one before it: (its number, the previous row's).
        case rowAbove(Int, previous: Int)
        /// A row after Excel's last.
        case rowAfterLast
        /// A cell reference outside A1 to XFD1048576: (as written).
        case cellReference(String)
        /// A cell after column XFD: (its row).
        case cellAfterLastColumn(row: Int)
        /// The first cell of a row without a number, in a row that cannot be its row: (the cell, the previous row).
        case cellInEarlierRow(String, previous: Int)
        /// A cell in another row than its own: (the cell, the row).
        case cellInAnotherRow(String, row: Int)
        /// A cell left of the one before it: (the cell, the cell before).
        case cellLeftOf(String, previous: String)
    }

    /// Why a cell's value cannot be read.
    enum Value: Error, Equatable, Sendable {
        /// A number cell holding no number: (what it holds).
        case notANumber(String)
        /// A date-formatted number outside the dates a spreadsheet shows: (the number).
        case notADate(String)
        /// A shared string index the workbook has not: (the index, the count of shared strings).
        case sharedString(String, count: Int)
        /// A boolean neither 1 nor 0: (what it holds).
        case notABoolean(String)
        /// A date cell holding no ISO 8601 date: (what it holds).
        case notAnISODate(String)
        /// A type SpreadsheetML has not: (the type).
        case unknownType(String)
        /// A style the workbook does not define: (the style, how many it defines).
        case undefinedStyle(String, defined: Int)
    }
}
