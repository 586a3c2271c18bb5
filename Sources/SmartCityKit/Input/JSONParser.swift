/// A JSON value together with where it starts in its file, so that every later complaint
/// about it can name a line and a column (Foundation's decoders cannot).
struct JSONNode: Sendable {
    /// An object member, with the position of its key.
    struct Member: Sendable {
        var key: String
        var keyLine: Int
        var keyColumn: Int
        var value: JSONNode
    }

    /// The JSON value itself.
    enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        case object([Member])
    }

    package var value: Value
    var line: Int
    var column: Int

    /// The name of this value's JSON type, for messages ("expected a number, found a string").
    var typeName: String { value.typeName }
}

extension JSONNode.Value {
    /// The name of the value's JSON type, for messages.
    var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number: return "a number"
        case .string: return "a string"
        case .array: return "an array"
        case .object: return "an object"
        }
    }
}

extension JSONNode {
    /// The JSON types, for messages in a language (`SchemaWording.type`).
    enum Kind: Sendable {
        case null, boolean, number, string, array, object
    }

    /// This value's JSON type.
    var kind: Kind {
        switch value {
        case .null: .null
        case .bool: .boolean
        case .number: .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    /// The member with this key, when this is an object.
    subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        return members.first { $0.key == key }?.value
    }
}

/// A JSON syntax error at a line and column.
struct JSONSyntaxError: Error, Sendable, Equatable {
    var problem: JSONProblem
    var line: Int
    var column: Int

    /// The problem in English, for what is said in no particular language.
    package var message: String { JSONWording.english.problem(problem) }

    /// The error to report, located in `file`, in `wording`.
    func diagnostic(file: String, wording: JSONWording) -> Diagnostic {
        .error(SourceLocation(file: file, line: line, column: column), wording.invalidJSON + wording.problem(problem))
    }
}

/// A strict RFC 8259 parser over UTF-8 bytes that records the position of every value.
struct JSONParser {
    private let bytes: [UInt8]
    private var index = 0
    private var line = 1
    private var lineStart = 0
    private var depth = 0
    private static let maximumDepth = 512

    /// Parses a whole document; a UTF-8 byte order mark is skipped.
    package static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            parser.index = 3
            parser.lineStart = 3
        }
        parser.skipWhitespace()
        let node = try parser.parseValue()
        parser.skipWhitespace()
        if parser.index < bytes.count {
            throw parser.error(.afterEnd(parser.current))
        }
        return node
    }

    private init(bytes: [UInt8]) { self.bytes = bytes }

    /// Where the character count of the current line was last taken: counting goes on from
    /// there, so that positions cost time linear in the file, even on one long line.
    private var countedLineStart = -1
    private var countedIndex = 0
    private var countedColumn = 1

    /// The column of `index`, counted on from the last position asked for on this line.
    private mutating func currentColumn() -> Int {
        if countedLineStart != lineStart || countedIndex > index {
            countedLineStart = lineStart
            countedIndex = lineStart
            countedColumn = 1
        }
        while countedIndex < index && countedIndex < bytes.count {
            if bytes[countedIndex] & 0xC0 != 0x80 { countedColumn += 1 }
            countedIndex += 1
        }
        return countedColumn
    }

    private var column: Int {
        // Count characters, not bytes: UTF-8 continuation bytes do not start a character.
        var count = 1
        var position = lineStart
        while position < index && position < bytes.count {
            if bytes[position] & 0xC0 != 0x80 { count += 1 }
            position += 1
        }
        return count
    }

    private func error(_ problem: JSONProblem) -> JSONSyntaxError {
        JSONSyntaxError(problem: problem, line: line, column: column)
    }

    /// What stands at the current position.
    private var current: JSONProblem.Found {
        guard index < bytes.count else { return .endOfFile }
        let byte = bytes[index]
        return byte >= 0x20 && byte < 0x7F ? .character(Character(UnicodeScalar(byte))) : .byte(byte)
    }

    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D:
                index += 1
            case 0x0A:
                index += 1
                line += 1
                lineStart = index
            default:
                return
            }
        }
    }

    private mutating func parseValue() throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else {
            throw error(.valueMissing)
        }
        let startLine = line
        let startColumn = currentColumn()
        let value: JSONNode.Value
        switch bytes[index] {
        case UInt8(ascii: "{"): value = try parseObject()
        case UInt8(ascii: "["): value = try parseArray()
        case UInt8(ascii: "\""): value = .string(try parseString())
        case UInt8(ascii: "t"): try expectLiteral("true"); value = .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); value = .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); value = .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): value = .number(try parseNumber())
        default:
            throw error(.expectedValue(current))
        }
        return JSONNode(value: value, line: startLine, column: startColumn)
    }

    private mutating func parseObject() throws(JSONSyntaxError) -> JSONNode.Value {
        var members: [JSONNode.Member] = []
        var keys = Set<String>()
        try parseElements(closing: UInt8(ascii: "}")) { parser throws(JSONSyntaxError) in
            guard parser.bytes[parser.index] == UInt8(ascii: "\"") else {
                throw parser.error(.expectedMemberName(parser.current))
            }
            let keyLine = parser.line
            let keyColumn = parser.currentColumn()
            let key = try parser.parseString()
            // Readers take one of two equal keys and drop the other unseen: refused in every file.
            if !keys.insert(key).inserted, let first = members.first(where: { $0.key == key }) {
                throw JSONSyntaxError(problem: .duplicateMember(key, line: first.keyLine, column: first.keyColumn), line: keyLine, column: keyColumn)
            }
            parser.skipWhitespace()
            guard parser.index < parser.bytes.count, parser.bytes[parser.index] == UInt8(ascii: ":") else {
                throw parser.error(.expectedColon(parser.current, member: key))
            }
            parser.index += 1
            parser.skipWhitespace()
            let value = try parser.parseValue()
            members.append(JSONNode.Member(key: key, keyLine: keyLine, keyColumn: keyColumn, value: value))
            return .afterMember(key)
        }
        return .object(members)
    }

    private mutating func parseArray() throws(JSONSyntaxError) -> JSONNode.Value {
        var elements: [JSONNode] = []
        try parseElements(closing: UInt8(ascii: "]")) { parser throws(JSONSyntaxError) in
            elements.append(try parser.parseValue())
            return .inArray
        }
        return .array(elements)
    }

    /// The comma-separated elements of an object or array, from its opening bracket to
    /// `closing`. `element` parses one element and says where it stands, for messages.
    private mutating func parseElements(
        closing: UInt8, _ element: (inout JSONParser) throws(JSONSyntaxError) -> JSONProblem.Place
    ) throws(JSONSyntaxError) {
        depth += 1
        if depth > Self.maximumDepth { throw error(.tooDeep(Self.maximumDepth)) }
        defer { depth -= 1 }
        index += 1
        skipWhitespace()
        let close = Character(UnicodeScalar(closing))
        let missing = JSONProblem.endInside(close: close)
        if index < bytes.count && bytes[index] == closing {
            index += 1
            return
        }
        while true {
            guard index < bytes.count else { throw error(missing) }
            let place = try element(&self)
            skipWhitespace()
            guard index < bytes.count else { throw error(missing) }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                skipWhitespace()
                if index < bytes.count && bytes[index] == closing {
                    throw error(.trailingComma(close: close))
                }
            } else if bytes[index] == closing {
                index += 1
                return
            } else {
                throw error(.expectedCommaOrClose(current, close: close, place))
            }
        }
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(JSONSyntaxError) {
        let expected = UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount)
        for byte in expected {
            guard index < bytes.count, bytes[index] == byte else {
                throw error(.expectedLiteral(current, "\(literal)"))
            }
            index += 1
        }
    }

    private mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        func digits() -> Int {
            let first = index
            while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") { index += 1 }
            return index - first
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        let integerDigits = digits()
        if integerDigits == 0 { throw error(.digitsAfterMinus) }
        if integerDigits > 1 && bytes[integerStart] == UInt8(ascii: "0") {
            index = integerStart
            throw error(.leadingZeros)
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            if digits() == 0 { throw error(.digitsAfterPoint) }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            if digits() == 0 { throw error(.digitsInExponent) }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let number = Double(text), number.isFinite else { throw error(.numberOutOfRange(text)) }
        return number
    }

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        index += 1  // opening quote
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flushRun(_ end: Int) {
            if end > runStart { scalars.append(contentsOf: String(decoding: bytes[runStart..<end], as: UTF8.self).unicodeScalars) }
        }
        while true {
            guard index < bytes.count else {
                throw error(.endInsideString)
            }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flushRun(index)
                index += 1
                return String(scalars)
            }
            if byte < 0x20 {
                throw error(byte == 0x0A ? .lineBreakInString : .controlCharacterInString)
            }
            if byte == UInt8(ascii: "\\") {
                flushRun(index)
                index += 1
                guard index < bytes.count else { throw error(.endInEscape) }
                let escaped = bytes[index]
                index += 1
                switch escaped {
                case UInt8(ascii: "\""): scalars.append("\"")
                case UInt8(ascii: "\\"): scalars.append("\\")
                case UInt8(ascii: "/"): scalars.append("/")
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    var code = try parseHex4()
                    if (0xD800...0xDBFF).contains(code) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw error(.loneHighSurrogate)
                        }
                        index += 2
                        let low = try parseHex4()
                        guard (0xDC00...0xDFFF).contains(low) else { throw error(.invalidLowSurrogate) }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    }
                    guard let scalar = Unicode.Scalar(code) else { throw error(.invalidUnicodeEscape) }
                    scalars.append(scalar)
                default:
                    index -= 1
                    throw error(.invalidEscape(Character(UnicodeScalar(escaped))))
                }
                runStart = index
                continue
            }
            index += 1
        }
    }

    private mutating func parseHex4() throws(JSONSyntaxError) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexValue(bytes[index]) else {
                throw error(.shortUnicodeEscape)
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
