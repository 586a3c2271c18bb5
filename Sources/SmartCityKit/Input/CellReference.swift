/// A cell's place in a sheet within Excel's limits (1,048,576 rows, 16,384 columns: A to XFD),
/// parsed from its reference (`B3`) with every step checked, so that no reference can overflow
/// or name a place a spreadsheet program cannot hold.
struct CellReference: Equatable {
    static let maximumRow = 1_048_576
    static let maximumColumn = 16_384

    /// The row as the spreadsheet shows it (1 for the first).
    package var row: Int
    /// The column from 0 (A) to 16,383 (XFD).
    var column: Int

    /// `B3` -> row 3, column 1; nil for anything else (`3B`, `$B$3`, `XFE1`, `A0`, `A1048577`).
    init?(_ reference: String) {
        var column = 0, letters = 0
        var rest = Substring(reference)
        while let first = rest.utf8.first, let letter = Self.letterValue(first) {
            letters += 1
            // Three letters reach XFD; a fourth is beyond Excel's columns (and checked before it can overflow).
            guard letters <= 3 else { return nil }
            column = column * 26 + letter
            rest = rest.dropFirst()
        }
        guard letters > 0, column <= Self.maximumColumn, let row = Self.rowNumber(rest) else { return nil }
        self.row = row
        self.column = column - 1
    }

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// A row number as written in `<row r="...">` and after a reference's letters: digits only,
    /// from 1 to 1,048,576.
    static func rowNumber(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 7, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              let row = Int(text), row >= 1, row <= maximumRow else { return nil }
        return row
    }

    /// `B3`.
    package var name: String { Self.columnName(column) + String(row) }

    /// A column's letters: 0 -> `A`, 27 -> `AB`.
    static func columnName(_ column: Int) -> String { WorkbookWriter.columnName(column) }

    /// A = 1 ... Z = 26 (upper or lower case).
    private static func letterValue(_ byte: UInt8) -> Int? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(byte - UInt8(ascii: "A")) + 1
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(byte - UInt8(ascii: "a")) + 1
        default: return nil
        }
    }
}
