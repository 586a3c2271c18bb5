/// The character encoding a text file was read in.
enum TextEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case windows1252 = "Windows-1252"
}

/// Turns the bytes of a spreadsheet export into UTF-8 as they stream: UTF-8 (with or without
/// byte order mark) passes through, UTF-16 with a byte order mark is transcoded, and a file
/// whose first chunk is not valid UTF-8 is read as Windows-1252 (what Excel writes on Windows).
struct DecodingByteSource<Base: ByteSource>: ByteSource {
    private var base: Base
    private var pending: [UInt8] = []
    /// The encoding found in the first chunk; nil before reading.
    private(set) var encoding: TextEncoding?
    /// Whether a chunk after the first turned out not to be UTF-8 (read with replacement characters).
    private(set) var invalidUTF8Later = false
    private var utf8Carry: [UInt8] = []

    init(_ base: Base) { self.base = base }

    /// The source the bytes come from.
    var underlying: Base { base }

    /// The next chunk, as UTF-8.
    mutating func nextChunk() throws -> [UInt8]? {
        guard var chunk = try base.nextChunk() else {
            // An incomplete final sequence is passed on; it decodes as a replacement character.
            let rest = utf8Carry
            utf8Carry = []
            pending = []
            return rest.isEmpty ? nil : rest
        }
        if encoding == nil {
            // Decide on a few kilobytes, however the source happens to cut its chunks.
            while chunk.count < 4096, let more = try base.nextChunk() { chunk += more }
            encoding = TextDecoding.detect(chunk)
        }
        switch encoding! {
        case .utf8:
            // Validate, carrying an incomplete sequence at the chunk's end into the next chunk.
            var bytes = chunk
            if !utf8Carry.isEmpty {
                bytes = utf8Carry + chunk
                utf8Carry = []
            }
            let cut = TextDecoding.completePrefixLength(bytes)
            if cut < bytes.count {
                utf8Carry = Array(bytes[cut...])
                bytes.removeLast(bytes.count - cut)
            }
            if !invalidUTF8Later, !TextDecoding.isValidUTF8(bytes[...]) { invalidUTF8Later = true }
            return bytes
        case .windows1252:
            return TextDecoding.windows1252ToUTF8(chunk)
        case .utf16LittleEndian, .utf16BigEndian:
            return transcodeUTF16(chunk)
        }
    }

    private mutating func transcodeUTF16(_ chunk: [UInt8]) -> [UInt8] {
        var bytes = pending + chunk
        if bytes.starts(with: encoding == .utf16LittleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) && pending.isEmpty {
            bytes.removeFirst(2)
        }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 0
        while index + 1 < bytes.count {
            let (first, second) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(encoding == .utf16LittleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        // Keep an odd byte and a trailing high surrogate for the next chunk.
        var keep = Array(bytes[index...])
        if let last = units.last, UTF16.isLeadSurrogate(last) {
            units.removeLast()
            keep = Array(bytes[(index - 2)...])
        }
        pending = keep
        var output: [UInt8] = []
        output.reserveCapacity(units.count)
        _ = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: false) { output.append($0) }
        return output
    }
}

/// Encoding detection and conversion to UTF-8.
enum TextDecoding {
    /// UTF-16 BOM, else UTF-8 when the chunk validates, else Windows-1252.
    static func detect(_ chunk: [UInt8]) -> TextEncoding {
        if chunk.starts(with: [0xFF, 0xFE]) { return .utf16LittleEndian }
        if chunk.starts(with: [0xFE, 0xFF]) { return .utf16BigEndian }
        return isValidUTF8(chunk[..<completePrefixLength(chunk)]) ? .utf8 : .windows1252
    }

    static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
        // Survey data are mostly ASCII: skip to the first byte that is not.
        guard let firstNonASCII = bytes.firstIndex(where: { $0 >= 0x80 }) else { return true }
        var iterator = bytes[firstNonASCII...].makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// The length of the longest prefix that does not end inside a multi-byte sequence.
    static func completePrefixLength(_ bytes: [UInt8]) -> Int {
        var index = bytes.count
        var back = 0
        while index > 0 && back < 4 {
            let byte = bytes[index - 1]
            if byte & 0xC0 == 0x80 { index -= 1; back += 1; continue }
            if byte >= 0xC0 {
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                return back + 1 >= length ? bytes.count : index - 1
            }
            return bytes.count
        }
        return bytes.count
    }

    /// Windows-1252: ASCII and Latin-1 as they are, 0x80-0x9F as the characters Windows puts there.
    static func windows1252ToUTF8(_ chunk: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(chunk.count + chunk.count / 8)
        for byte in chunk {
            if byte < 0x80 { output.append(byte); continue }
            let scalar = byte >= 0xA0 ? UInt32(byte) : windows1252High[Int(byte - 0x80)]
            output.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8))
        }
        return output
    }

    private static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
