import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads the sheets of an `.xlsx` workbook as rows of cell texts: shared and inline strings,
/// numbers (written as a responses file would: `3`, `4.5`), booleans (`yes`/`no`), dates
/// (`2024-03-01`, from the cell's number format) and formula results; empty cells are "".
/// `.xls`, `.ods` and encrypted workbooks get a message saying what to save them as.
enum WorkbookReader {
    struct Sheet: Equatable {
        var name: String
        var isHidden: Bool
        var rows: [[String]]
    }

    struct Failure: Error, Equatable {
        var message: String
    }

    /// Whether bytes start like a ZIP archive (an `.xlsx` or `.ods` file) or an OLE2 compound file
    /// (`.xls`, or an encrypted workbook).
    static func looksLikeWorkbook(_ prefix: some Collection<UInt8>) -> Bool {
        let start = Array(prefix.prefix(4))
        return start == [0x50, 0x4B, 0x03, 0x04] || start == [0xD0, 0xCF, 0x11, 0xE0]
    }

    static func read(_ bytes: [UInt8]) throws(Failure) -> [Sheet] {
        if Array(bytes.prefix(4)) == [0xD0, 0xCF, 0x11, 0xE0] {
            throw Failure(message: "is an Excel 97-2003 (.xls) or password-protected workbook; save it as an Excel Workbook (.xlsx) without a password, or as CSV UTF-8")
        }
        let entries: [String: [UInt8]]
        // Only the parts a sheet's cells can come from are inflated (not images, macros, ...).
        let isRead = { (name: String) in name == "mimetype" || name.hasPrefix("xl/") && (name.hasSuffix(".xml") || name.hasSuffix(".rels")) }
        do { entries = try ZipArchive.read(bytes, including: isRead) } catch { throw Failure(message: "is not a readable workbook: \(error.message)") }
        if let mimetype = entries["mimetype"], String(decoding: mimetype, as: UTF8.self).contains("opendocument") {
            throw Failure(message: "is an OpenDocument spreadsheet (.ods); save it as an Excel Workbook (.xlsx) or as CSV UTF-8")
        }
        guard let workbook = entries["xl/workbook.xml"] else { throw Failure(message: "is a ZIP archive but not an .xlsx workbook (no xl/workbook.xml)") }
        let targets = parse(entries["xl/_rels/workbook.xml.rels"] ?? []) { element, attributes, _ -> (String, String)? in
            element == "Relationship" ? attributes["Id"].flatMap { id in attributes["Target"].map { (id, $0) } } : nil
        }
        let relationships = Dictionary(targets, uniquingKeysWith: { first, _ in first })
        let declared = parse(workbook) { element, attributes, _ -> (name: String, hidden: Bool, id: String)? in
            guard element == "sheet", let name = attributes["name"], let id = attributes["r:id"] else { return nil }
            return (name, attributes["state"] == "hidden" || attributes["state"] == "veryHidden", id)
        }
        let strings = SharedStrings.read(entries["xl/sharedStrings.xml"] ?? [])
        let dateStyles = DateStyles.read(entries["xl/styles.xml"] ?? [])
        // Workbooks of old Excel for Mac count dates from 1904-01-01, 1462 days later.
        let date1904 = parse(workbook) { element, attributes, _ -> Bool? in
            element == "workbookPr" ? ["1", "true"].contains(attributes["date1904"] ?? "") : nil
        }.first ?? false
        return try declared.map { sheet throws(Failure) in
            guard let target = relationships[sheet.id] else { throw Failure(message: "names a sheet \"\(sheet.name)\" that it does not hold") }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            guard let xml = entries[path] else { throw Failure(message: "names a sheet \"\(sheet.name)\" that it does not hold") }
            return Sheet(name: sheet.name, isHidden: sheet.hidden,
                         rows: SheetCells.read(xml, strings: strings, dateStyles: dateStyles, dateOffset: date1904 ? 1462 : 0))
        }
    }

    /// The values `found` picks out of an XML document's start tags, in order.
    private static func parse<Value>(_ xml: [UInt8], _ found: @escaping (String, [String: String], Int) -> Value?) -> [Value] {
        parsed(xml, by: Collector(found)).values
    }

    /// The delegate after it has seen the whole document.
    private static func parsed<Delegate: NSObject & XMLParserDelegate>(_ xml: [UInt8], by delegate: Delegate) -> Delegate {
        let parser = XMLParser(data: Data(xml))
        parser.delegate = delegate
        _ = parser.parse()
        return delegate
    }

    private final class Collector<Value>: NSObject, XMLParserDelegate {
        var values: [Value] = []
        let found: (String, [String: String], Int) -> Value?
        init(_ found: @escaping (String, [String: String], Int) -> Value?) { self.found = found }
        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            if let value = found(element, attributes, values.count) { values.append(value) }
        }
    }

    /// `xl/sharedStrings.xml`: the text of each `<si>`, rich-text runs joined (phonetic runs left out).
    private final class SharedStrings: NSObject, XMLParserDelegate {
        var strings: [String] = []
        private var current = "", inText = false, inPhonetic = false

        static func read(_ xml: [UInt8]) -> [String] { parsed(xml, by: SharedStrings()).strings }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            switch element {
            case "si": current = ""
            case "t": inText = true
            case "rPh": inPhonetic = true
            default: break
            }
        }
        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch element {
            case "si": strings.append(current)
            case "t": inText = false
            case "rPh": inPhonetic = false
            default: break
            }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { if inText && !inPhonetic { current += string } }
    }

    /// Which cell styles (`s`) format numbers as dates, from `xl/styles.xml`.
    private final class DateStyles: NSObject, XMLParserDelegate {
        var dateStyles = Set<Int>()
        private var customDateFormats = Set<Int>(), inCellFormats = false, styleIndex = 0

        static func read(_ xml: [UInt8]) -> Set<Int> { parsed(xml, by: DateStyles()).dateStyles }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            switch element {
            case "numFmt":
                if let id = attributes["numFmtId"].flatMap(Int.init), let code = attributes["formatCode"], Self.isDateFormat(code) { customDateFormats.insert(id) }
            case "cellXfs": inCellFormats = true
            case "xf" where inCellFormats:
                let format = attributes["numFmtId"].flatMap(Int.init) ?? 0
                if (14...22).contains(format) || (45...47).contains(format) || customDateFormats.contains(format) { dateStyles.insert(styleIndex) }
                styleIndex += 1
            default: break
            }
        }
        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            if element == "cellXfs" { inCellFormats = false }
        }

        /// A format code with day, month or year parts outside quotes and brackets.
        static func isDateFormat(_ code: String) -> Bool {
            var quoted = false, bracketed = false
            for character in code.lowercased() {
                switch character {
                case "\"": quoted.toggle()
                case "[": bracketed = true
                case "]": bracketed = false
                case "d", "m", "y": if !quoted && !bracketed { return true }
                default: break
                }
            }
            return false
        }
    }

    /// A worksheet's cells as rows of text, placed by their references (`C7`).
    private final class SheetCells: NSObject, XMLParserDelegate {
        var rows: [[String]] = []
        private let strings: [String], dateStyles: Set<Int>
        /// Days added to a date serial to count it from 1899-12-30 (1462 in the 1904 date system).
        private let dateOffset: Double
        private var row = -1, column = -1, type = "", style = 0, value = "", inlineText = "", inValue = false, inInlineText = false

        init(strings: [String], dateStyles: Set<Int>, dateOffset: Double) {
            self.strings = strings
            self.dateStyles = dateStyles
            self.dateOffset = dateOffset
        }

        static func read(_ xml: [UInt8], strings: [String], dateStyles: Set<Int>, dateOffset: Double) -> [[String]] {
            parsed(xml, by: SheetCells(strings: strings, dateStyles: dateStyles, dateOffset: dateOffset)).rows
        }

        func parser(_ parser: XMLParser, didStartElement element: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String]) {
            switch element {
            case "row":
                row = attributes["r"].flatMap(Int.init).map { $0 - 1 } ?? row + 1
                column = -1
            case "c":
                let reference = attributes["r"].flatMap(WorkbookReader.position(of:))
                if let reference { row = reference.row; column = reference.column } else { column += 1 }
                type = attributes["t"] ?? "n"
                style = attributes["s"].flatMap(Int.init) ?? 0
                value = ""
                inlineText = ""
            case "v": inValue = true
            case "t": inInlineText = true
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement element: String, namespaceURI: String?, qualifiedName: String?) {
            switch element {
            case "v": inValue = false
            case "t": inInlineText = false
            case "c":
                guard row >= 0, column >= 0 else { return }
                let text: String
                switch type {
                case "s": text = Int(value).flatMap { $0 < strings.count ? strings[$0] : nil } ?? ""
                case "inlineStr": text = inlineText
                case "b": text = value == "1" ? "yes" : value == "0" ? "no" : value
                case "str", "e": text = value
                default:
                    if let number = Double(value) {
                        text = dateStyles.contains(style) ? WorkbookReader.dateText(serial: number + dateOffset) : NumberFormat.plain(number)
                    } else {
                        text = value
                    }
                }
                while rows.count <= row { rows.append([]) }
                while rows[row].count <= column { rows[row].append("") }
                rows[row][column] = text
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if inValue { value += string } else if inInlineText { inlineText += string }
        }
    }

    /// A cell reference's 0-based row and column: `B3` -> (2, 1).
    static func position(of reference: String) -> (row: Int, column: Int)? {
        var column = 0, digits = ""
        for character in reference.uppercased() {
            if let ascii = character.asciiValue, (65...90).contains(ascii), digits.isEmpty {
                column = column * 26 + Int(ascii - 64)
            } else if character.isNumber {
                digits.append(character)
            } else {
                return nil
            }
        }
        guard column > 0, let row = Int(digits), row > 0 else { return nil }
        return (row - 1, column - 1)
    }

    /// An Excel date serial (days since 1899-12-30) as `yyyy-MM-dd`, with `HH:mm` when it has a time.
    static func dateText(serial: Double) -> String {
        let totalMinutes = Int((serial * 1440).rounded())
        let days = totalMinutes / 1440, minutes = totalMinutes % 1440
        // Days from 1970-01-01, then the civil date (Howard Hinnant's algorithm).
        let z = days - 25569 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPrime = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPrime + 2) / 5 + 1
        let month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let date = "\(year)-\(two(month))-\(two(day))"
        return minutes == 0 ? date : "\(date) \(two(minutes / 60)):\(two(minutes % 60))"
    }
}
