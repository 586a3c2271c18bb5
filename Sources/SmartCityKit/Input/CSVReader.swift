import Foundation

/// One record of a CSV file.
struct CSVRecord: Sendable, Equatable {
    /// The fields, decoded as UTF-8.
    var fields: [String]
    /// The 1-based line on which the record starts (records may span lines inside quotes).
    var line: Int
    /// The positions of fields written as `""`: empty, but present (LimeSurvey tells "shown, not
    /// answered" from "not shown" this way).
    var quotedEmpty: [Int] = []
}

/// Where the bytes of a CSV file come from, one chunk at a time.
protocol ByteSource {
    /// The next chunk, or nil at the end.
    mutating func nextChunk() throws -> [UInt8]?
}

/// Bytes already in memory.
struct MemoryByteSource: ByteSource {
    private var bytes: [UInt8]?

    init(_ bytes: [UInt8]) { self.bytes = bytes }
    init(_ text: String) { self.bytes = Array(text.utf8) }

    /// The whole buffer once, then nil.
    mutating func nextChunk() throws -> [UInt8]? {
        defer { bytes = nil }
        return bytes
    }
}

/// A file read in fixed-size chunks (`-` is standard input; pipes and FIFOs work), hashed with
/// SHA-256 as it goes when asked. A file that cannot be opened or read throws `SmartCityError`,
/// located at the file, in the language of `wording`.
final class FileByteSource: ByteSource {
    private let path: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let chunkSize: Int
    private var hasher: SHA256?
    private var finished = false
    /// The first chunk, read by `peek()` and handed out again by the next `nextChunk()`.
    private var peeked: [UInt8]?
    /// The file's size in bytes when it is a regular file (not standard input or a pipe).
    let size: Int?
    /// The bytes read from the file so far (for progress: their share of `size`).
    private(set) var bytesRead = 0

    /// What is said when reading fails, in the run's language.
    private let wording: CSVWording

    init(path: String, chunkSize: Int = 1 << 20, hashing: Bool = true, wording: CSVWording) throws(SmartCityError) {
        func failure(_ errorNumber: Int32) -> SmartCityError { SmartCityError(UnreadableFile.diagnostic(path: path, errorNumber: errorNumber, wording: wording)) }
        self.path = path
        self.wording = wording
        if path == "-" {
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            size = nil
        } else {
            var status = stat()
            guard stat(path, &status) == 0 else { throw failure(errno) }
            guard status.st_mode & S_IFMT != S_IFDIR else { throw failure(EISDIR) }
            descriptor = Foundation.open(path, O_RDONLY)
            guard descriptor >= 0 else { throw failure(errno) }
            ownsDescriptor = true
            size = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : nil
        }
        self.chunkSize = chunkSize
        hasher = hashing ? SHA256() : nil
    }

    deinit { if ownsDescriptor { close(descriptor) } }

    /// The first chunk of the file, without consuming it (the next `nextChunk()` returns it
    /// again): what tells a workbook from text, also on standard input. Empty for an empty file.
    func peek() throws(SmartCityError) -> [UInt8] {
        if let peeked { return peeked }
        let first = try nextChunk() ?? []
        peeked = first
        return first
    }

    /// Everything not read yet, in one array (files read whole: workbooks, JSON).
    func readToEnd() throws(SmartCityError) -> [UInt8] {
        var bytes: [UInt8] = []
        while let chunk = try nextChunk() { bytes += chunk }
        return bytes
    }

    /// The next chunk of the file, hashed on the way.
    func nextChunk() throws(SmartCityError) -> [UInt8]? {
        if let first = peeked {
            peeked = nil
            return first.isEmpty ? nil : first
        }
        guard !finished else { return nil }
        var bytes = [UInt8](repeating: 0, count: chunkSize)
        var filled = 0
        while filled < chunkSize {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, chunkSize - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SmartCityError(UnreadableFile.diagnostic(path: path, errorNumber: errno, whileReading: true, wording: wording))
            }
            if count == 0 { finished = true; break }
            filled += count
        }
        guard filled > 0 else { return nil }
        bytesRead += filled
        bytes.removeLast(chunkSize - filled)
        hasher?.update(bytes)
        return bytes
    }

    /// The SHA-256 of everything read so far (the whole file once reading finished); empty
    /// when not hashing.
    func digest() -> String {
        guard var copy = hasher else { return "" }
        return copy.finalizeHex()
    }
}

/// Whole records of a CSV file in a block of bytes, for parsing in pieces.
struct CSVBlock {
    /// The bytes, ending at a record boundary.
    var bytes: [UInt8]
    /// Whether the file ends with this block.
    var isFinal: Bool
}

/// A streaming RFC 4180 reader working on bytes: quoted fields with doubled quotes and line
/// breaks, CRLF, LF or CR line ends, a UTF-8 byte order mark, Excel's `sep=` hint, and a `,`,
/// `;`, tab or `|` delimiter detected from the header line. Reads a record at a time (headers,
/// small files) or a block of whole records at a time (large files, parsed in parallel).
/// Memory use does not depend on the file's length.
struct CSVReader<Source: ByteSource> {
    private var source: Source
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var started = false
    /// Line breaks before `start`.
    private var linesBefore = 0
    /// The delimiter in use; detected on the first record unless given.
    private(set) var delimiter: UInt8?
    /// Problems that did not stop reading, such as a quote inside an unquoted field.
    private(set) var warnings: [(line: Int, problem: CSVWarning)] = []
    /// The longest record accepted: a longer one is an error, not a reason to run out of memory.
    static var maximumRecordBytes: Int { 64 << 20 }

    /// The byte source, for what it learnt while reading (such as the encoding).
    var byteSource: Source { source }

    init(source: Source, delimiter: UInt8? = nil) {
        self.source = source
        self.delimiter = delimiter
    }

    /// Delimiters we recognise, in order of preference when counts tie.
    static var candidateDelimiters: [UInt8] { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")] }

    /// Reads one more chunk into the buffer; false at the end of the input.
    private mutating func readMore() throws -> Bool {
        guard !atEnd else { return false }
        while let chunk = try source.nextChunk() {
            if chunk.isEmpty { continue }
            if start > 0 && start >= buffer.count / 2 {
                buffer.removeFirst(start)
                start = 0
            }
            buffer += chunk
            return true
        }
        atEnd = true
        return false
    }

    /// The byte order mark, the `sep=` hint and the delimiter, before the first record.
    private mutating func begin() throws {
        started = true
        // A byte order mark or a `sep=` hint may straddle chunks: gather a few bytes first.
        while buffer.count - start < 11, try readMore() {}
        if buffer.count - start >= 3, buffer[start] == 0xEF, buffer[start + 1] == 0xBB, buffer[start + 2] == 0xBF { start += 3 }
        skipSeparatorHint()
        if delimiter == nil { try detectDelimiter() }
    }

    /// Excel may begin a CSV file with `sep=;` to name its delimiter: honour it and skip the line.
    private mutating func skipSeparatorHint() {
        let hint = Array("sep=".utf8)
        guard buffer.count - start >= 6, Array(buffer[start..<start + 4]).map({ $0 | 0x20 }) == hint else { return }
        let separator = buffer[start + 4]
        var end = start + 5
        if end < buffer.count, buffer[end] == 0x0D { end += 1 }
        guard end < buffer.count, buffer[end] == 0x0A || buffer[end - 1] == 0x0D else { return }
        if buffer[end] == 0x0A { end += 1 }
        delimiter = delimiter ?? separator
        start = end
        linesBefore += 1
    }

    /// Looks at the bytes up to the first line break outside quotes to choose the delimiter.
    private mutating func detectDelimiter() throws {
        var inQuotes = false
        var counts: [UInt8: Int] = [:]
        var index = start
        scan: while true {
            while index < buffer.count {
                let byte = buffer[index]
                index += 1
                if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
                else if !inQuotes && (byte == 0x0A || byte == 0x0D) { break scan }
                else if !inQuotes && Self.candidateDelimiters.contains(byte) { counts[byte, default: 0] += 1 }
            }
            guard index - start <= Self.maximumRecordBytes else {
                throw CSVSyntaxError(problem: .firstLineTooLong(megabytes: Self.maximumRecordBytes >> 20), line: linesBefore + 1)
            }
            guard try readMore() else { break }
        }
        // The most frequent candidate; the earliest in the list on ties; `,` when none occurs.
        let best = counts.values.max() ?? 0
        delimiter = Self.candidateDelimiters.first { best > 0 && counts[$0] == best } ?? UInt8(ascii: ",")
    }

    /// The end (relative to `start`) of the last whole record in the buffer, reading more until
    /// there is one (or `minimumBytes`); 0 at the end of the input.
    private mutating func wholeRecords(minimumBytes: Int) throws -> Int {
        while buffer.count - start < minimumBytes, try readMore() {}
        while true {
            let found = buffer.withUnsafeBufferPointer { all in
                RecordBoundaries.find(in: UnsafeBufferPointer(rebasing: all[start...]), delimiter: delimiter ?? UInt8(ascii: ","),
                                      targets: [], isFinal: atEnd).last
            }
            if found > 0 || atEnd { return found }
            guard buffer.count - start <= Self.maximumRecordBytes else {
                throw CSVSyntaxError(problem: .recordTooLong(megabytes: Self.maximumRecordBytes >> 20), line: linesBefore + 1)
            }
            // Twice as much before looking again: a long record is scanned a bounded number of times.
            let wanted = 2 * (buffer.count - start)
            while buffer.count - start < wanted, try readMore() {}
        }
    }

    /// The next record, or nil at the end of the input. Blank lines are skipped.
    mutating func next() throws -> CSVRecord? {
        if !started { try begin() }
        let end = try wholeRecords(minimumBytes: 1)
        guard end > 0 else { return nil }
        var parser = CSVBlockParser(delimiter: delimiter ?? UInt8(ascii: ","), position: start)
        var fields = RecordFields()
        let found: Bool
        do {
            found = try buffer.withUnsafeMutableBufferPointer { try parser.next($0, end: start + end, into: &fields) }
        } catch let error as CSVSyntaxError {
            throw error.shifted(by: linesBefore)
        }
        warnings += parser.warnings.map { ($0.line + linesBefore + 1, $0.problem) }
        defer {
            start = parser.position
            linesBefore += parser.line
        }
        guard found else { return nil }
        let texts = (0..<fields.count).map { String(decoding: buffer[fields.range($0)], as: UTF8.self) }
        let quotedEmpty = (0..<fields.count).filter { fields.isQuoted($0) && fields.range($0).isEmpty }
        return CSVRecord(fields: texts, line: linesBefore + fields.line + 1, quotedEmpty: quotedEmpty)
    }

    /// The rest of the input's next block of whole records, about `size` bytes (more when one
    /// record is longer); nil at the end. The first line of the block is `nextLine`.
    mutating func nextBlock(size: Int) throws -> CSVBlock? {
        if !started { try begin() }
        let end = try wholeRecords(minimumBytes: size)
        guard end > 0 else { return nil }
        let block = CSVBlock(bytes: Array(buffer[start..<start + end]), isFinal: atEnd && start + end == buffer.count)
        start += end
        return block
    }

    /// The number of the line the next record starts on (or would).
    var nextLine: Int { linesBefore + 1 }
}

/// An export's first records (its header rows and a few rows ahead), with the reader
/// positioned after them: how `import` and `map` start on an export, a CSV file or a workbook
/// (told apart by the file's first bytes) whose sheet is read as its rows.
struct CSVFileStart {
    var reader: Records
    var records: [CSVRecord]

    /// Records one at a time: a CSV file as it streams, or a workbook sheet's rows.
    enum Records {
        case csv(CSVReader<DecodingByteSource<FileByteSource>>)
        /// The sheet's rows (sparse), the header's width every row is read to, and the index of the next one.
        case sheet([WorkbookReader.Row], width: Int, next: Int)

        /// The next record (a sheet row's line is its row number), nil at the end.
        mutating func next() throws -> CSVRecord? {
            switch self {
            case .csv(var reader):
                defer { self = .csv(reader) }
                return try reader.next()
            case .sheet(let rows, let width, let next):
                guard next < rows.count else { return nil }
                self = .sheet(rows, width: width, next: next + 1)
                return CSVRecord(fields: rows[next].fields(width: width), line: rows[next].number)
            }
        }
    }

    /// Opens `path` and reads up to `count` records (of the workbook sheet `Workbook.rows`
    /// picks, `sheet` or the default); a located error when it cannot, or is empty, in the
    /// language of `wording` and `workbookWording` (`map` drafts a data file: English).
    static func read(path: String, count: Int, sheet: String? = nil, wording: CSVWording = .english,
                     workbookWording: WorkbookWording = .english) -> Checked<CSVFileStart> {
        let location = SourceLocation(file: path)
        do {
            var reader: Records
            switch try InputFile.open(path: path, hashing: false, wording: wording) {
            case .workbook(let bytes):
                let rows = try InputFile.sheetRows(bytes, named: sheet, path: path, wording: workbookWording)
                reader = .sheet(rows, width: rows.first?.width ?? 0, next: 0)
            case .text(let file):
                reader = .csv(CSVReader(source: DecodingByteSource(file)))
            }
            var records: [CSVRecord] = []
            while records.count < count, let record = try reader.next() { records.append(record) }
            guard !records.isEmpty else { return .failure(.error(location, wording.emptyFile)) }
            return Checked(CSVFileStart(reader: reader, records: records))
        } catch let error as SmartCityError {
            return Checked(error)
        } catch let error as CSVSyntaxError {
            return .failure(.error(location, error.message(wording)))
        } catch {
            return .failure(UnreadableFile.diagnostic(for: error, path: path, wording: wording))
        }
    }
}
