/// Responses in an `.xlsx` workbook: the template of `smartcity template --format xlsx` filled
/// in (one row per question, turned into one respondent), or a plain sheet laid out like a
/// responses CSV (a header row, one respondent per row).
enum Workbook {
    /// Cell A3 of the template's answers sheet.
    static let templateMarker = "smartcity:template"
    /// Between a multi question's id and an option's code in the template's rows (`CO01:intermunicipal`).
    static let optionSeparator = ":"

    /// The rows of the sheet to read, as a responses file's header and rows (sparse, numbered as
    /// the spreadsheet shows them): the named sheet, or the template's answers sheet, or the first
    /// visible sheet. The template's answers are read back to codes by `labels` when given, else by
    /// the code before " — ".
    static func rows(of sheets: [WorkbookReader.Sheet], named name: String?, labels: WorkbookAnswerLabels? = nil) -> Swift.Result<[WorkbookReader.Row], WorkbookReader.Failure> {
        if let name {
            guard let sheet = sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                return .failure(.init(.noSheetNamed(name, sheets: sheets.filter { !$0.isHidden }.map(\.name))))
            }
            return isTemplate(sheet) ? filled(sheet, labels: labels) : .success(sheet.rows)
        }
        if let template = sheets.first(where: isTemplate) { return filled(template, labels: labels) }
        guard let first = sheets.first(where: { !$0.isHidden }) else { return .failure(.init(.noVisibleSheet)) }
        return .success(first.rows)
    }

    private static func isTemplate(_ sheet: WorkbookReader.Sheet) -> Bool {
        sheet.text(row: 3, column: 0) == templateMarker
    }

    /// A filled-in template as one respondent: a header row (`id`, `name`, then each question's
    /// id) and a row of values (the id and name cells B1 and B2, then each question's answer: its
    /// label read back to its code, or the code before " — "; a multi question's option rows as per-option columns `Q[code]`, so that
    /// options all answered no are an answer - none of them - not a blank). An empty id cell is an
    /// error that says where to write it.
    private static func filled(_ sheet: WorkbookReader.Sheet, labels: WorkbookAnswerLabels?) -> Swift.Result<[WorkbookReader.Row], WorkbookReader.Failure> {
        func cell(_ row: Int, _ column: Int) -> String { sheet.text(row: row, column: column).trimmingCharacters(in: .whitespaces) }
        var header = ["id", "name"], values = [cell(1, 1), cell(2, 1)]
        guard !values[0].isEmpty else {
            return .failure(.init(.templateWithoutID(sheet: sheet.name)))
        }
        for row in sheet.rows where row.number >= 5 {
            let id = row.text(column: 0).trimmingCharacters(in: .whitespaces), answer = row.text(column: 4).trimmingCharacters(in: .whitespaces)
            guard !id.isEmpty else { continue }
            if let separator = id.range(of: optionSeparator) {
                header.append("\(id[..<separator.lowerBound])[\(id[separator.upperBound...])]")
                values.append(answer)
            } else {
                header.append(id)
                values.append(labels?.answer(answer, question: id) ?? answer.components(separatedBy: " — ").first ?? answer)
            }
        }
        return .success([row(number: 1, header), row(number: 2, values)])
    }

    /// A row of the given texts from column A (empty texts are empty cells).
    private static func row(number: Int, _ texts: [String]) -> WorkbookReader.Row {
        WorkbookReader.Row(number: number, cells: texts.enumerated().filter { !$0.element.isEmpty }.map { WorkbookReader.Cell(column: $0.offset, text: $0.element) })
    }
}
