/// A workbook written as its rows arrive: each sheet's XML is deflated, in batches, into an
/// entry staged in a temporary file, and `write` puts the package parts and the sheets into the
/// archive at the end. Memory stays flat in the number of rows; the temporary files hold the
/// compressed sheets (about a tenth of their XML).
final class WorkbookStream {
    /// The sheets' names and layouts (their `rows` are not used: rows come through `append`).
    private let sheets: [WorkbookWriter.Sheet]
    private let entries: [StagedZipEntry]
    private var buffers: [ByteBuffer]
    private(set) var rowCounts: [Int]
    /// XML kept per sheet before it is deflated.
    private static let batchSize = 1 << 18

    /// A workbook of these sheets, staged in `temporaryFolder` (in memory when nil).
    init(sheets: [WorkbookWriter.Sheet], temporaryFolder: String?) throws {
        self.sheets = sheets
        entries = try sheets.map { _ in try StagedZipEntry(temporaryFolder: temporaryFolder) }
        buffers = sheets.map { sheet in
            var buffer = ByteBuffer(capacity: Self.batchSize + 4096)
            buffer.append(WorkbookWriter.worksheetStart(sheet))
            return buffer
        }
        rowCounts = sheets.map { _ in 0 }
    }

    /// Adds a row at the end of a sheet (by its position among the sheets).
    func append(_ row: [WorkbookWriter.Cell], to sheet: Int) throws {
        rowCounts[sheet] += 1
        WorkbookWriter.appendRow(row, number: rowCounts[sheet], wrappingIn: sheets[sheet].wrapsText ? sheets[sheet].columnWidths : nil, to: &buffers[sheet])
        if buffers[sheet].count >= Self.batchSize { try flush(sheet) }
    }

    /// Adds rows already written as XML (`WorkbookWriter.appendRow`, numbered from the sheet's
    /// next row on) at the end of a sheet.
    func appendRendered(_ xml: ByteBuffer, rowCount: Int, to sheet: Int) throws {
        rowCounts[sheet] += rowCount
        buffers[sheet].append(xml)
        if buffers[sheet].count >= Self.batchSize { try flush(sheet) }
    }

    private func flush(_ sheet: Int) throws {
        try entries[sheet].write(buffers[sheet].bytes)
        buffers[sheet].removeAll()
    }

    /// Ends the sheets and writes the whole archive through `sink`, in pieces.
    package func write(to sink: @escaping ZipStreamWriter.Sink) throws {
        let zip = ZipStreamWriter(sink: sink)
        for (name, bytes) in WorkbookWriter.packageParts(sheets) { try zip.add(name, bytes: bytes) }
        for (index, sheet) in sheets.enumerated() {
            buffers[index].append(WorkbookWriter.worksheetEnd(sheet))
            try flush(index)
            try zip.add("xl/worksheets/sheet\(index + 1).xml", entries[index])
        }
        try zip.finish()
    }
}
