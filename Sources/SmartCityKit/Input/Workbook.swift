/// Responses in an `.xlsx` workbook: the template of `smartcity template --format xlsx` filled
/// in (one row per question, turned into one respondent), or a plain sheet laid out like a
/// responses CSV (a header row, one respondent per row).
enum Workbook {
    /// Cell A3 of the template's answers sheet.
    static let templateMarker = "smartcity:template"
    /// Between a multi question's id and an option's code in the template's rows (`CO01:intermunicipal`).
    static let optionSeparator = ":"

    /// The rows of the sheet to read, as a responses file's header and rows: the named sheet, or
    /// the template's answers sheet, or the first visible sheet.
    static func rows(of sheets: [WorkbookReader.Sheet], named name: String?) -> Swift.Result<[[String]], WorkbookReader.Failure> {
        if let name {
            guard let sheet = sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                return .failure(.init(message: "has no sheet named \"\(name)\"; its sheets are \(sheets.filter { !$0.isHidden }.map(\.name).joined(separator: ", "))"))
            }
            return filled(sheet)
        }
        if let template = sheets.first(where: isTemplate) { return filled(template) }
        guard let first = sheets.first(where: { !$0.isHidden }) else { return .failure(.init(message: "has no sheet to read (its xl/workbook.xml lists no visible sheet); unhide the sheet of responses, or save the workbook again as .xlsx")) }
        return .success(responses(of: first))
    }

    /// A sheet's responses; a template whose id cell is empty is an error that says where to write it.
    private static func filled(_ sheet: WorkbookReader.Sheet) -> Swift.Result<[[String]], WorkbookReader.Failure> {
        let rows = responses(of: sheet)
        if isTemplate(sheet), rows.count == 2, rows[1].first?.isEmpty ?? true {
            return .failure(.init(message: "is the questionnaire's workbook, but its municipality id (cell B1 of sheet \"\(sheet.name)\") is empty; fill in the id, the name and the answers, save, and score it again"))
        }
        return .success(rows)
    }

    private static func isTemplate(_ sheet: WorkbookReader.Sheet) -> Bool {
        sheet.rows.count > 3 && sheet.rows[2].first == templateMarker
    }

    /// A filled-in template as one respondent (the id and name cells, then each question's
    /// answer: the code before " — "; a multi question's option rows as per-option columns
    /// `Q[code]`, so that options all answered no are an answer - none of them - not a blank);
    /// any other sheet as it is.
    private static func responses(of sheet: WorkbookReader.Sheet) -> [[String]] {
        guard isTemplate(sheet) else { return sheet.rows }
        func cell(_ row: [String], _ column: Int) -> String { column < row.count ? row[column].trimmingCharacters(in: .whitespaces) : "" }
        var header = ["id", "name"], values = [cell(sheet.rows[0], 1), cell(sheet.rows[1], 1)]
        for row in sheet.rows.dropFirst(4) {
            let id = cell(row, 0), answer = cell(row, 4)
            guard !id.isEmpty else { continue }
            if let separator = id.range(of: optionSeparator) {
                header.append("\(id[..<separator.lowerBound])[\(id[separator.upperBound...])]")
            } else {
                header.append(id)
            }
            values.append(answer.components(separatedBy: " — ").first ?? answer)
        }
        return [header, values]
    }
}
