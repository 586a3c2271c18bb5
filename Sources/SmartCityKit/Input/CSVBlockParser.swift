import Foundation

/// The fields of one CSV record as byte ranges of the block it was parsed from (quoted fields
/// unescaped in place), reused from record to record.
struct RecordFields {
    /// One field: its bytes, and whether it was written in quotes (LimeSurvey: `""` is
    /// "shown, not answered").
    struct Field {
        var start: Int
        var end: Int
        var quoted: Bool
    }

    private(set) var fields: [Field] = []
    /// The line, counted from the block's first line (0), on which the record starts.
    var line = 0

    var count: Int { fields.count }
    var isEmpty: Bool { fields.isEmpty }

    /// The bytes of field `column` in the block.
    func range(_ column: Int) -> Range<Int> { fields[column].start..<fields[column].end }
    func isQuoted(_ column: Int) -> Bool { fields[column].quoted }

    mutating func append(start: Int, end: Int, quoted: Bool) { fields.append(Field(start: start, end: end, quoted: quoted)) }

    mutating func removeAll() { fields.removeAll(keepingCapacity: true) }
}

/// A CSV syntax problem that stops reading: a quoted field never closed, or a record longer
/// than a record may be. Worded where it is reported (`message(_:)`).
struct CSVSyntaxError: Error, Sendable, Equatable {
    enum Problem: Sendable, Equatable {
        /// A quoted field opened on `line` and never closed.
        case unclosedQuote
        /// The first line is longer than `megabytes` (before a delimiter could be chosen).
        case firstLineTooLong(megabytes: Int)
        /// A record starting on `line` is longer than `megabytes`.
        case recordTooLong(megabytes: Int)
    }

    var problem: Problem
    /// The line, counted from the start of the parsed bytes (1 for the first).
    var line: Int

    /// A quoted field opened on `line` and never closed.
    static func unclosedQuote(line: Int) -> CSVSyntaxError { CSVSyntaxError(problem: .unclosedQuote, line: line) }

    /// The same error with its line counted `lines` further on.
    func shifted(by lines: Int) -> CSVSyntaxError { CSVSyntaxError(problem: problem, line: line + lines) }

    /// The problem in `wording`'s language.
    func message(_ wording: CSVWording) -> String {
        switch problem {
        case .unclosedQuote: wording.unclosedQuote(line)
        case .firstLineTooLong(let megabytes): wording.firstLineTooLong(megabytes)
        case .recordTooLong(let megabytes): wording.recordTooLong(megabytes, line)
        }
    }

    /// The problem in English, for `map`, which drafts a data file.
    var message: String { message(.english) }
}

/// A problem of the CSV syntax that does not stop reading.
enum CSVWarning: Sendable, Equatable {
    /// Text after the closing quote of a field.
    case textAfterClosingQuote
    /// A quote inside an unquoted field.
    case quoteInUnquotedField

    /// The problem in `wording`'s language.
    func message(_ wording: CSVWording) -> String {
        switch self {
        case .textAfterClosingQuote: wording.textAfterClosingQuote
        case .quoteInUnquotedField: wording.quoteInUnquotedField
        }
    }
}

/// Parses RFC 4180 records out of a block of UTF-8 bytes that begins at a record boundary:
/// quoted fields with doubled quotes and line breaks, CRLF, LF or CR line ends. Blank lines are
/// skipped. Works in place on the block: no string is made.
struct CSVBlockParser {
    let delimiter: UInt8
    /// The next byte to read.
    private(set) var position: Int
    /// Line breaks passed so far (lines counted from 0 at the block's start).
    private(set) var line = 0
    /// Problems that did not stop reading, with their line from the block's start.
    private(set) var warnings: [(line: Int, problem: CSVWarning)] = []
    /// Bytes that end an unquoted run - the delimiter, the quote, CR and LF - as bits of the
    /// ASCII range (bytes 0-63, 64-127); no other byte is special.
    private let specialLow: UInt64, specialHigh: UInt64

    init(delimiter: UInt8, position: Int = 0) {
        self.delimiter = delimiter
        self.position = position
        var low: UInt64 = 0, high: UInt64 = 0
        for byte in [delimiter, UInt8(ascii: "\""), 0x0A, 0x0D] {
            if byte < 64 { low |= 1 << UInt64(byte) } else if byte < 128 { high |= 1 << UInt64(byte - 64) }
        }
        specialLow = low
        specialHigh = high
    }

    /// Whether a byte ends an unquoted run.
    @inline(__always) private func isSpecial(_ byte: UInt8) -> Bool {
        byte < 64 ? specialLow >> UInt64(byte) & 1 != 0 : byte < 128 && specialHigh >> UInt64(byte &- 64) & 1 != 0
    }

    /// Parses the next record of `block[..<end]` into `fields`; false at `end`. With `isFinal`
    /// false, the block must end at a record boundary.
    mutating func next(_ block: UnsafeMutableBufferPointer<UInt8>, end: Int, into fields: inout RecordFields) throws(CSVSyntaxError) -> Bool {
        let quote = UInt8(ascii: "\"")
        while position < end {
            fields.removeAll()
            fields.line = line
            var fieldStart = position
            var write = position
            var quoted = false
            var afterQuote = false
            var atRecordEnd = false
            while !atRecordEnd {
                // An unquoted run, up to the next special byte.
                if afterQuote, position < end, !isSpecial(block[position]) {
                    warnings.append((line, .textAfterClosingQuote))
                    afterQuote = false
                }
                if write == position {
                    // Nothing unescaped before it in this field: the run stays where it is.
                    while position < end && !isSpecial(block[position]) { position += 1 }
                    write = position
                } else {
                    while position < end && !isSpecial(block[position]) {
                        block[write] = block[position]
                        write += 1
                        position += 1
                    }
                }
                if position >= end {
                    atRecordEnd = true
                    break
                }
                let byte = block[position]
                position += 1
                switch byte {
                case delimiter:
                    fields.append(start: fieldStart, end: write, quoted: quoted || afterQuote)
                    fieldStart = position
                    write = position
                    quoted = false
                    afterQuote = false
                case 0x0A:
                    line += 1
                    atRecordEnd = true
                case 0x0D:
                    line += 1
                    if position < end && block[position] == 0x0A { position += 1 }
                    atRecordEnd = true
                default:  // a quote
                    if write == fieldStart && !quoted && !afterQuote {
                        quoted = true
                        let openedOn = line
                        // The quoted part: up to the closing quote, doubled quotes kept once.
                        var closed = false
                        while position < end {
                            let inner = block[position]
                            position += 1
                            if inner == quote {
                                if position < end && block[position] == quote {
                                    block[write] = quote
                                    write += 1
                                    position += 1
                                    continue
                                }
                                closed = true
                                break
                            }
                            if inner == 0x0A {
                                line += 1
                            } else if inner == 0x0D {
                                line += 1
                                if position < end && block[position] == 0x0A {
                                    block[write] = inner
                                    write += 1
                                    position += 1
                                    block[write] = 0x0A
                                    write += 1
                                    continue
                                }
                            }
                            block[write] = inner
                            write += 1
                        }
                        guard closed else {
                            throw CSVSyntaxError.unclosedQuote(line: openedOn + 1)
                        }
                        afterQuote = true
                    } else {
                        warnings.append((line, .quoteInUnquotedField))
                        if write != position - 1 { block[write] = byte }
                        write += 1
                    }
                }
            }
            let blankLine = fields.isEmpty && write == fieldStart && !quoted && !afterQuote
            if blankLine { continue }
            fields.append(start: fieldStart, end: write, quoted: quoted || afterQuote)
            return true
        }
        return false
    }
}

/// Where records end in a block of CSV bytes, found without parsing fields, so that a block can
/// be cut into pieces that parse on their own - with the parser's exact quoting rules.
enum RecordBoundaries {
    /// Offsets at which records end (a piece may start there), one at or after each of the
    /// `targets`, in order; and the last record end of the block. A line break at the very end
    /// of a block that is not the file's last is not trusted (a CR may be followed by an LF).
    static func find(in block: UnsafeBufferPointer<UInt8>, delimiter: UInt8, targets: [Int], isFinal: Bool) -> (cuts: [Int], last: Int) {
        let end = block.count
        let quote = UInt8(ascii: "\"")
        var cuts: [Int] = []
        var last = 0
        var targetIndex = 0
        func record(_ boundary: Int) {
            if boundary == end && !isFinal { return }
            last = boundary
            while targetIndex < targets.count && boundary >= targets[targetIndex] {
                if cuts.last != boundary { cuts.append(boundary) }
                targetIndex += 1
            }
        }
        if let base = block.baseAddress, memchr(base, Int32(quote), end) == nil {
            // No quotes: every line break ends a record. Look near each target, and back from the end.
            func breakAt(_ index: Int) -> Int? {
                guard index < end else { return nil }
                // Records end in LF or CRLF, rarely in CR alone: find the LF, then any CR before it.
                let lineFeed = memchr(base + index, 0x0A, end - index).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base } ?? end
                let carriageReturn = memchr(base + index, 0x0D, lineFeed - index).map { UnsafePointer<UInt8>($0.assumingMemoryBound(to: UInt8.self)) - base }
                var index = carriageReturn ?? lineFeed
                guard index < end else { return nil }
                if block[index] == 0x0D && index + 1 < end && block[index + 1] == 0x0A { index += 1 }
                return index + 1
            }
            for target in targets {
                if let boundary = breakAt(max(target, cuts.last ?? 0)), boundary < end || isFinal {
                    if cuts.last != boundary { cuts.append(boundary) }
                }
            }
            var index = end - 1
            while index >= 0 {
                let byte = block[index]
                if byte == 0x0A || byte == 0x0D {
                    if index == end - 1 && byte == 0x0D && !isFinal { index -= 1; continue }
                    last = index + 1
                    break
                }
                index -= 1
            }
            if isFinal { last = end }
            cuts = cuts.filter { $0 <= last }
            return (cuts, last)
        }
        var index = 0
        var fieldStart = true
        while index < end {
            let byte = block[index]
            index += 1
            switch byte {
            case quote where fieldStart:
                fieldStart = false
                // Skip the quoted part; a doubled quote stays inside it.
                while index < end {
                    if block[index] == quote {
                        if index + 1 < end && block[index + 1] == quote { index += 2; continue }
                        if index + 1 == end && !isFinal { return (cuts, last) }
                        break
                    }
                    index += 1
                }
                index += 1
            case delimiter:
                fieldStart = true
            case 0x0A:
                fieldStart = true
                record(index)
            case 0x0D:
                fieldStart = true
                if index < end && block[index] == 0x0A { index += 1 }
                if index == end && !isFinal { return (cuts, last) }
                record(index)
            default:
                fieldStart = false
            }
        }
        if isFinal { last = end }
        return (cuts.filter { $0 <= last }, last)
    }
}
