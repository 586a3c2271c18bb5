import Foundation

/// One record of a CSV file.
public struct CSVRecord: Sendable, Equatable {
    /// The fields, decoded as UTF-8.
    public var fields: [String]
    /// The 1-based line on which the record starts (records may span lines inside quotes).
    public var line: Int
    /// The positions of fields written as `""`: empty, but present (LimeSurvey tells "shown, not
    /// answered" from "not shown" this way).
    public var quotedEmpty: [Int] = []
}

/// A CSV syntax problem that stops reading (an unterminated quoted field).
public struct CSVSyntaxError: Error, Sendable, Equatable {
    public var message: String
    public var line: Int
}

/// Where the bytes of a CSV file come from, one chunk at a time.
public protocol ByteSource {
    /// The next chunk, or nil at the end.
    mutating func nextChunk() throws -> [UInt8]?
}

/// Bytes already in memory.
public struct MemoryByteSource: ByteSource {
    private var bytes: [UInt8]?

    public init(_ bytes: [UInt8]) { self.bytes = bytes }
    public init(_ text: String) { self.bytes = Array(text.utf8) }

    /// The whole buffer once, then nil.
    public mutating func nextChunk() throws -> [UInt8]? {
        defer { bytes = nil }
        return bytes
    }
}

/// A file read in fixed-size chunks, hashed with SHA-256 as it goes.
public final class FileByteSource: ByteSource {
    private let handle: FileHandle
    private let chunkSize: Int
    private var hasher = SHA256()
    private var finished = false

    public init(path: String, chunkSize: Int = 1 << 20) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        self.handle = handle
        self.chunkSize = chunkSize
    }

    deinit { try? handle.close() }

    /// The next chunk of the file, hashed on the way.
    public func nextChunk() throws -> [UInt8]? {
        guard !finished, let data = try handle.read(upToCount: chunkSize), !data.isEmpty else {
            finished = true
            return nil
        }
        let bytes = [UInt8](data)
        hasher.update(bytes)
        return bytes
    }

    /// The SHA-256 of everything read so far (the whole file once reading finished).
    public func digest() -> String {
        var copy = hasher
        return copy.finalizeHex()
    }
}

/// A streaming RFC 4180 reader working on bytes: quoted fields with doubled quotes and line
/// breaks, CRLF, LF or CR line ends, a UTF-8 byte order mark, and a `,`, `;`, tab or `|`
/// delimiter detected from the header line. Memory use does not depend on the file's length.
public struct CSVReader<Source: ByteSource> {
    private var source: Source
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var started = false
    /// The delimiter in use; detected on the first record unless given.
    public private(set) var delimiter: UInt8?
    /// Problems that did not stop reading, such as a quote inside an unquoted field.
    public private(set) var warnings: [(line: Int, message: String)] = []

    /// The byte source, for what it learnt while reading (such as the encoding).
    public var byteSource: Source { source }

    public init(source: Source, delimiter: UInt8? = nil) {
        self.source = source
        self.delimiter = delimiter
    }

    /// Delimiters we recognise, in order of preference when counts tie.
    static var candidateDelimiters: [UInt8] { [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t"), UInt8(ascii: "|")] }

    private mutating func fill() throws -> Bool {
        if position < buffer.count { return true }
        if atEnd { return false }
        while let chunk = try source.nextChunk() {
            if chunk.isEmpty { continue }
            buffer = chunk
            position = 0
            return true
        }
        atEnd = true
        return false
    }

    /// Excel may begin a CSV file with `sep=;` to name its delimiter: honour it and skip the line.
    private mutating func skipSeparatorHint() {
        let hint = Array("sep=".utf8)
        guard buffer.count - position >= 6, Array(buffer[position..<position + 4]).map({ $0 | 0x20 }) == hint else { return }
        let separator = buffer[position + 4]
        var end = position + 5
        if end < buffer.count, buffer[end] == 0x0D { end += 1 }
        guard end < buffer.count, buffer[end] == 0x0A || buffer[end - 1] == 0x0D else { return }
        if buffer[end] == 0x0A { end += 1 }
        delimiter = delimiter ?? separator
        position = end
        line += 1
    }

    /// Looks at the bytes up to the first line break outside quotes to choose the delimiter.
    private mutating func detectDelimiter() throws {
        var lookahead: [UInt8] = Array(buffer[position...])
        var inQuotes = false
        var counts: [UInt8: Int] = [:]
        var index = 0
        scan: while true {
            while index < lookahead.count {
                let byte = lookahead[index]
                index += 1
                if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
                else if !inQuotes && (byte == 0x0A || byte == 0x0D) { break scan }
                else if !inQuotes && Self.candidateDelimiters.contains(byte) { counts[byte, default: 0] += 1 }
            }
            guard let chunk = try source.nextChunk() else { atEnd = true; break }
            lookahead.append(contentsOf: chunk)
        }
        buffer = lookahead
        position = 0
        // The most frequent candidate; the earliest in the list on ties; `,` when none occurs.
        let best = counts.values.max() ?? 0
        delimiter = Self.candidateDelimiters.first { best > 0 && counts[$0] == best } ?? UInt8(ascii: ",")
    }

    /// The next record, or nil at the end of the input. Blank lines are skipped.
    public mutating func next() throws -> CSVRecord? {
        if !started {
            started = true
            guard try fill() else { return nil }
            // A byte order mark or a `sep=` hint may straddle chunks: gather a few bytes first.
            while buffer.count - position < 11, let chunk = try source.nextChunk() {
                buffer = Array(buffer[position...]) + chunk
                position = 0
            }
            if buffer.count - position >= 3, buffer[position] == 0xEF, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF {
                position += 3
            }
            guard try fill() else { return nil }
            skipSeparatorHint()
            if delimiter == nil { try detectDelimiter() }
        }
        while true {
            guard try fill() else { return nil }
            let startLine = line
            var fields: [String] = []
            var field: [UInt8] = []
            var quoted = false
            var inQuotes = false
            var afterQuote = false
            let separator = delimiter ?? UInt8(ascii: ",")

            var quotedEmpty: [Int] = []
            func endField() {
                if field.isEmpty && (quoted || afterQuote) { quotedEmpty.append(fields.count) }
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                quoted = false
                afterQuote = false
            }

            recordLoop: while true {
                guard try fill() else {
                    if inQuotes {
                        throw CSVSyntaxError(message: "a quoted field opened on line \(startLine) is never closed; add the closing '\"'", line: startLine)
                    }
                    break recordLoop
                }
                let byte = buffer[position]
                position += 1
                if inQuotes {
                    if byte == UInt8(ascii: "\"") {
                        guard try fill() else { inQuotes = false; afterQuote = true; continue }
                        if buffer[position] == UInt8(ascii: "\"") {
                            field.append(byte)
                            position += 1
                        } else {
                            inQuotes = false
                            afterQuote = true
                        }
                    } else {
                        field.append(byte)
                        if byte == 0x0A {
                            line += 1
                        } else if byte == 0x0D {
                            if try fill(), buffer[position] == 0x0A {
                                field.append(0x0A)
                                position += 1
                            }
                            line += 1
                        }
                    }
                    continue
                }
                switch byte {
                case separator:
                    endField()
                case 0x0A:
                    line += 1
                    break recordLoop
                case 0x0D:
                    line += 1
                    if try fill(), buffer[position] == 0x0A { position += 1 }
                    break recordLoop
                case UInt8(ascii: "\""):
                    if field.isEmpty && !quoted && !afterQuote {
                        quoted = true
                        inQuotes = true
                    } else {
                        warnings.append((line, "a '\"' inside an unquoted field; quote the whole field and double the quote"))
                        field.append(byte)
                    }
                default:
                    if afterQuote {
                        warnings.append((line, "text after the closing quote of a field; quote the whole field"))
                        afterQuote = false
                    }
                    field.append(byte)
                }
            }
            if fields.isEmpty && field.isEmpty && !quoted && !afterQuote { continue }  // blank line
            endField()
            return CSVRecord(fields: fields, line: startLine, quotedEmpty: quotedEmpty)
        }
    }
}
