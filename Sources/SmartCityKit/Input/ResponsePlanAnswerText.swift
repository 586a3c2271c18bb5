extension ResponsePlan {
    /// The cell a question's answer was read from, as read (`item-scores.csv` shows it beside
    /// the decoded answer): the text as it is, without the `'` that spreadsheet-safe CSV puts
    /// before a formula start. A JSON value is shown plain (`true`, `4`, a list's elements
    /// separated by `;`). A question read from one column per option gives its non-empty cells
    /// as `column=cell`, separated by `;`. Empty when the file has no such column. Made only when
    /// a run keeps answer texts: never for scores alone.
    func answerText<Cells: ResponseCells>(of question: Int, in cells: Cells) -> String {
        switch sources[question] {
        case .none: return ""
        case .cell(let column, _):
            guard column < cells.count else { return "" }
            if let value = cells.json(column) { return Self.plainText(of: value) }
            return cells.string(column)
        case .options(let columns, _, _):
            return columns.compactMap { option in
                guard option.column < cells.count else { return nil }
                let text = cells.string(option.column)
                return text.isEmpty ? nil : "\(columnNames[option.column])=\(text)"
            }.joined(separator: ";")
        }
    }

    /// A JSON answer as plain text: a list (a multi answer) as its elements separated by `;`.
    private static func plainText(of value: JSONNode.Value) -> String {
        switch value {
        case .null, .object: ""
        case .bool(let value): value ? "true" : "false"
        case .number(let value): NumberFormat.plain(value)
        case .string(let text): text
        case .array(let elements): elements.map { plainText(of: $0.value) }.joined(separator: ";")
        }
    }
}
