/// A spreadsheet's limit on a sheet's rows (Excel's and Calc's 1,048,576), shared by the
/// workbooks of `score` and `compare`: a sheet beyond it lists its first rows, the workbook says
/// where they all are, and that CSV file is written too (`formats`), with a warning when it was
/// not asked for.
struct SheetRowLimit: Sendable {
    /// Rows an Excel sheet holds, the header included.
    static let excel = 1_048_576

    /// Rows a sheet holds, the header included; lowered by tests only.
    var rows = SheetRowLimit.excel

    /// What a sheet's rows are, for the warning.
    enum Unit: Sendable { case respondents, rows }

    /// Whether `count` rows under a header are more than a sheet holds.
    func cuts(_ count: Int) -> Bool { count > rows - 1 }

    /// The formats to write: with the workbook's format, the CSV one too when a sheet lists only
    /// the first `capacity` of `count` `unit` (a warning in `wording`'s language says so); as they are otherwise.
    static func formats<Format: Equatable>(_ formats: [Format], workbook: Format, csv: Format, workbookFile: String, csvFile: String,
                                           count: Int, capacity: Int, unit: Unit, wording: SheetRowLimitWording) -> Checked<[Format]> {
        guard formats.contains(workbook), !formats.contains(csv), count > capacity else { return Checked(formats) }
        let warning = Diagnostic.warning(SourceLocation(file: workbookFile), wording.cut(capacity, unit, count, csvFile))
        return Checked(formats + [csv], [warning])
    }
}
