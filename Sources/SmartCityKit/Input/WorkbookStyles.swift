/// How each cell style of a workbook shows numbers, from `xl/styles.xml`: a cell's `s` is an
/// index into `<cellXfs>`, whose `<xf numFmtId>` names a built-in format or a `<numFmt>` code.
struct WorkbookStyles: Equatable {
    /// How a number format shows a number.
    enum Shape: Equatable {
        case plain, date, percent
    }

    /// The shape of each style, by index.
    var shapes: [Shape]

    /// No styles part: every number plain.
    static let none = WorkbookStyles(shapes: [])

    /// The shape of style `index`; style 0 is plain when the workbook defines no styles. Nil for
    /// an index the workbook does not define.
    func shape(ofStyle index: Int) -> Shape? {
        if shapes.isEmpty && index == 0 { return .plain }
        return shapes.indices.contains(index) ? shapes[index] : nil
    }

    /// Reads the styles part (`part` names it in errors).
    static func read(_ xml: [UInt8], part: String) throws(WorkbookReader.Failure) -> WorkbookStyles {
        var customFormats: [Int: Shape] = [:]
        var styleFormats: [Int] = []
        var elements: [String] = []
        try WorkbookReader.tokenize(xml, part: part) { event, tokenizer throws(WorkbookReader.Failure) in
            switch event {
            case .start(let name):
                if name == "numFmt", elements.last == "numFmts" {
                    let id = try formatID(tokenizer, part: part)
                    customFormats[id] = shape(ofFormatCode: tokenizer.attribute("formatCode") ?? "")
                } else if name == "xf", elements.last == "cellXfs" {
                    styleFormats.append(try formatID(tokenizer, part: part))
                }
                elements.append(name)
            case .end: elements.removeLast()
            case .text: break
            }
        }
        // Custom formats may follow the styles that use them; a format id that is neither built in
        // nor defined shows numbers as they are (as Excel does with "General").
        return WorkbookStyles(shapes: styleFormats.map { customFormats[$0] ?? builtInShape($0) })
    }

    /// The `numFmtId` of a `<numFmt>` or `<xf>`: 0 (General) when absent.
    private static func formatID(_ tokenizer: XMLTokenizer, part: String) throws(WorkbookReader.Failure) -> Int {
        guard let text = tokenizer.attribute("numFmtId") else { return 0 }
        guard text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }), let id = Int(text) else {
            throw WorkbookReader.damaged(part, tokenizer, .numberFormatID(text), at: tokenizer.eventOffset)
        }
        return id
    }

    /// Excel's built-in formats: 9 and 10 are `0%` and `0.00%`; 14-22 and 45-47 dates and times;
    /// 27-36 and 50-58 the East Asian date formats.
    static func builtInShape(_ id: Int) -> Shape {
        switch id {
        case 9, 10: return .percent
        case 14...22, 27...36, 45...47, 50...58: return .date
        default: return .plain
        }
    }

    /// A format code's shape: a date with day, month, year, hour or second parts, a percentage
    /// with `%` - each outside quotes, brackets (`[Red]`, `[$-413]`) and escapes (`\d`, `_)`, `*-`).
    static func shape(ofFormatCode code: String) -> Shape {
        var quoted = false, bracketed = false, escaped = false
        var percent = false
        for character in code.lowercased() {
            if escaped { escaped = false; continue }
            if quoted { quoted = character != "\""; continue }
            if bracketed { bracketed = character != "]"; continue }
            switch character {
            case "\"": quoted = true
            case "[": bracketed = true
            case "\\", "_", "*": escaped = true
            case "d", "m", "y", "h", "s": return .date
            case "%": percent = true
            default: break
            }
        }
        return percent ? .percent : .plain
    }
}
