import Foundation

/// Reading input files, with failures turned into diagnostics.
enum FileInput {
    /// The whole file (questionnaires and other small files); why not, in `wording`.
    static func readAll(path: String, wording: FileSystemWording = .english) throws(SmartCityError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SmartCityError(.error(SourceLocation(file: path), wording.missingInput))
        }
        if isDirectory.boolValue {
            throw SmartCityError(.error(SourceLocation(file: path), wording.folderAsInput))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SmartCityError(.error(SourceLocation(file: path), wording.unreadableInput))
        }
        return [UInt8](data)
    }
}

/// A responses file opened and told apart by its first bytes, whatever its name: a ZIP or OLE2
/// signature is a workbook (so is a file named `.xlsx`, `.xlsm`, `.xls` or `.ods`, which then
/// must be one), anything else is text (CSV, or JSON by its extension).
enum InputFile {
    /// A spreadsheet workbook, read whole.
    case workbook([UInt8])
    /// Text, positioned at its start.
    case text(FileByteSource)

    /// Opens `path` (`-` is standard input), hashing what is read when asked; why it cannot be
    /// opened or read in the language of `wording`.
    package static func open(path: String, hashing: Bool, wording: CSVWording) throws(SmartCityError) -> InputFile {
        let file = try FileByteSource(path: path, hashing: hashing, wording: wording)
        let isNamedWorkbook = [".xlsx", ".xlsm", ".xls", ".ods"].contains { path.lowercased().hasSuffix($0) }
        // Peeks only when the name does not say (a named workbook need not look like one).
        let isWorkbook = isNamedWorkbook ? true : WorkbookReader.looksLikeWorkbook(try file.peek())
        if isWorkbook { return .workbook(try file.readToEnd()) }
        return .text(file)
    }

    /// The rows of a workbook's sheet to read: `name`, or the template's answers, or the first
    /// visible sheet (`Workbook.rows`, the template's answers read back to codes by `labels`);
    /// an error at the workbook's `path` naming what is wrong in it, in the language of `wording`.
    static func sheetRows(_ bytes: [UInt8], named name: String?, labels: WorkbookAnswerLabels? = nil, path: String,
                          wording: WorkbookWording) throws(SmartCityError) -> [WorkbookReader.Row] {
        do throws(WorkbookReader.Failure) {
            return try Workbook.rows(of: try WorkbookReader.read(bytes), named: name, labels: labels).get()
        } catch {
            throw SmartCityError(.error(SourceLocation(file: path), error.message(wording)))
        }
    }
}
