import Foundation

/// Reads a responses file (CSV streamed in chunks, or a JSON array of objects) row by row,
/// checking each against the questionnaire. Memory does not grow with the number of rows,
/// except for the set of respondent ids kept to detect duplicates.
public final class ResponseFileReader {
    private enum Records {
        case csv(FileByteSource)
        case json([[String]], digest: String)
    }

    /// Reads the CSV bytes of a file, decoded to UTF-8.
    typealias TextSource = DecodingByteSource<FileByteSource>

    public let path: String
    public private(set) var interpreter: ResponseInterpreter
    private var records: Records
    /// The CSV reader, kept outside `records` so that reading mutates it in place; nil once finished.
    private var csv: CSVReader<TextSource>?
    private var rowNumber = 1
    private var invalidUTF8 = false
    private var reportedWarnings = 0

    /// The layout found in the header.
    public var layout: ResponseLayout { interpreter.layout }

    /// Opens a file and reads its header; the diagnostics include the header's warnings.
    /// Returns nil (with errors) when the file cannot be read as responses at all.
    public static func open(
        path: String, questionnaire: Questionnaire, options: ReadingOptions
    ) -> (reader: ResponseFileReader?, diagnostics: [Diagnostic]) {
        let fileLocation = SourceLocation(file: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            return (nil, [.error(fileLocation, "no such file; check the path")])
        }
        let header: [String]
        let records: Records
        var csvReader: CSVReader<TextSource>?
        var encodingWarnings: [Diagnostic] = []
        if Self.isJSON(path: path) {
            switch FileInput.readAll(path: path) {
            case .failure(let diagnostic): return (nil, [diagnostic])
            case .success(let bytes):
                switch JSONResponseTable.read(bytes, path: path) {
                case .failure(let diagnostic): return (nil, [diagnostic])
                case .success(let table):
                    header = table.header
                    records = .json(table.rows, digest: SHA256.hex(of: bytes))
                }
            }
        } else {
            do {
                let source = try FileByteSource(path: path)
                var reader = CSVReader(source: TextSource(source))
                guard let first = try reader.next() else {
                    return (nil, [.error(fileLocation, "the file is empty; it needs a header row with \(options.idColumn) and the question codes, then one row per respondent")])
                }
                header = first.fields
                records = .csv(source)
                csvReader = reader
                if reader.byteSource.encoding == .windows1252 {
                    encodingWarnings.append(.warning(fileLocation,
                        "the file is not UTF-8; it was read as Windows-1252. If accented letters look wrong, save it as UTF-8 (\"CSV UTF-8\" in Excel)"))
                }
            } catch let error as CSVSyntaxError {
                return (nil, [.error(SourceLocation(file: path, position: .row(1)), error.message)])
            } catch {
                return (nil, [.error(fileLocation, "cannot be read; check its permissions")])
            }
        }
        let made = ResponseInterpreter.make(header: header, questionnaire: questionnaire, file: path, options: options)
        guard let interpreter = made.interpreter else { return (nil, encodingWarnings + made.diagnostics) }
        let reader = ResponseFileReader(path: path, interpreter: interpreter, records: records)
        reader.csv = csvReader
        return (reader, encodingWarnings + made.diagnostics)
    }

    private init(path: String, interpreter: ResponseInterpreter, records: Records) {
        self.path = path
        self.interpreter = interpreter
        self.records = records
    }

    /// Responses in JSON are recognised by the `.json` extension.
    static func isJSON(path: String) -> Bool {
        path.lowercased().hasSuffix(".json")
    }

    /// The next row's outcome and its diagnostics, or nil at the end of the file.
    public func next() -> (outcome: ResponseInterpreter.Outcome, diagnostics: [Diagnostic])? {
        switch records {
        case .json(let rows, _):
            guard rowNumber - 1 < rows.count else { return nil }
            let fields = rows[rowNumber - 1]
            rowNumber += 1
            return interpreter.interpret(fields, row: rowNumber, line: rowNumber)
        case .csv:
            guard csv != nil else { return nil }
            do {
                let record = try csv!.next()
                let warnings = csv!.warnings
                var diagnostics = warnings.dropFirst(reportedWarnings).map {
                    Diagnostic.warning(SourceLocation(file: path, position: .row(rowNumber + 1)), "line \($0.line): \($0.message)")
                }
                reportedWarnings = warnings.count
                guard let record else {
                    invalidUTF8 = csv!.byteSource.invalidUTF8Later
                    csv = nil
                    return nil
                }
                rowNumber += 1
                let result = interpreter.interpret(record.fields, row: rowNumber, line: record.line)
                diagnostics += result.1
                return (result.0, diagnostics)
            } catch {
                csv = nil
                let message = (error as? CSVSyntaxError)?.message ?? "reading failed: \(error)"
                rowNumber += 1
                return (.excluded(ExcludedRow(row: rowNumber, respondentID: nil, reason: .unreadable)),
                        [.error(SourceLocation(file: path, position: .row(rowNumber)), message + "; the rest of the file is not read")])
            }
        }
    }

    /// Warnings known only at the end: a header without rows, bytes that were not UTF-8 after
    /// the first chunk. Ask once `next()` returned nil.
    public var endDiagnostics: [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if rowNumber == 1 { diagnostics.append(.warning(SourceLocation(file: path), "the file has a header but no respondent rows")) }
        if invalidUTF8 {
            diagnostics.append(.warning(SourceLocation(file: path), "part of the file is not valid UTF-8; those characters were replaced. Save the file as UTF-8"))
        }
        return diagnostics
    }

    /// The SHA-256 of the file; complete once `next()` returned nil.
    public var sha256: String {
        switch records {
        case .csv(let source): return source.digest()
        case .json(_, let digest): return digest
        }
    }
}

/// A JSON responses file: an array of objects, turned into a header and rows of cells.
enum JSONResponseTable {
    struct Table {
        var header: [String]
        var rows: [[String]]
    }

    static func read(_ bytes: [UInt8], path: String) -> Result<Table, Diagnostic> {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes)
        } catch {
            return .failure(.error(SourceLocation(file: path, line: error.line, column: error.column), "invalid JSON: \(error.message)"))
        }
        guard case .array(let elements) = root.value else {
            return .failure(.error(SourceLocation(file: path, line: root.line, column: root.column),
                                   "expected an array of respondent objects, found \(root.typeName)"))
        }
        var header: [String] = []
        var columnOf: [String: Int] = [:]
        var objects: [[JSONNode.Member]] = []
        for element in elements {
            guard case .object(let members) = element.value else {
                return .failure(.error(SourceLocation(file: path, line: element.line, column: element.column),
                                       "expected an object per respondent, found \(element.typeName)"))
            }
            for member in members where columnOf[member.key] == nil {
                columnOf[member.key] = header.count
                header.append(member.key)
            }
            objects.append(members)
        }
        let rows = objects.map { members -> [String] in
            var cells = [String](repeating: "", count: header.count)
            for member in members { cells[columnOf[member.key]!] = cell(member.value) }
            return cells
        }
        return .success(Table(header: header, rows: rows))
    }

    /// A JSON value as the text a CSV cell would hold (arrays become `;`-separated codes).
    private static func cell(_ node: JSONNode) -> String {
        switch node.value {
        case .null: return ""
        case .bool(let value): return value ? "yes" : "no"
        case .number(let value): return NumberFormat.plain(value)
        case .string(let text): return text
        case .array(let elements): return elements.map(cell).joined(separator: ";")
        case .object: return "[object]"
        }
    }
}
