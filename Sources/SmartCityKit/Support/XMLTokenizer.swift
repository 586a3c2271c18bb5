/// A strict, small XML reader on bytes, for the parts of a workbook: start and end tags (an empty
/// element `<a/>` is a start then an end), attributes, and text with the five predefined entities
/// and character references decoded and CDATA sections taken as text; comments, processing
/// instructions and the XML declaration are skipped. Element and attribute names are their local
/// names (`x:c` is `c`), so that prefixed SpreadsheetML reads like plain.
///
/// It refuses, with the line and column: any document type or markup declaration (`<!DOCTYPE`,
/// `<!ENTITY`: no entity can expand, so no "billion laughs"), undefined entities, mismatched,
/// unclosed or stray tags, text or a second element outside the root, a document cut short,
/// invalid UTF-8 and characters XML does not allow, and nesting deeper than `maximumDepth`.
struct XMLTokenizer {
    enum Event: Equatable {
        /// A start tag; its attributes are in `attributes` until the next event.
        case start(String)
        case end(String)
        case text(String)
    }

    struct Attribute: Equatable {
        /// The local name (`r:id` is `id`).
        var name: String
        var value: String
    }

    /// What is not well-formed: a typed value, worded by whoever reports it (for a workbook,
    /// `WorkbookPartWording`). Names and references are as written in the document.
    indirect enum Problem: Equatable, Sendable {
        case textOutsideRoot, noRootElement, cdataOutsideRoot
        /// The document ends inside an element: (its name).
        case endsInsideElement(String)
        case endsInsideProcessingInstruction, endsInsideComment, endsInsideCDATA
        /// The document ends inside a tag: (the element's name).
        case endsInsideTag(String)
        /// The document ends inside an attribute's value: (the attribute's name).
        case endsInsideAttributeValue(String)
        case documentType, markupDeclaration
        /// A `/` in a tag not followed by `>`: (the element's name).
        case expectedEmptyTagClose(String)
        /// Something other than a space, `>` or `/>` after a tag's name or attribute: (the element's name).
        case expectedSpace(String)
        /// A second root element: (its name).
        case secondRoot(String)
        /// Elements nested deeper than the limit: (the limit).
        case tooDeep(Int)
        /// An attribute twice in one tag: (its name).
        case repeatedAttribute(String)
        /// No `=` after an attribute's name: (the name).
        case expectedEquals(String)
        /// No quoted value after an attribute's `=`: (the name).
        case expectedQuotedValue(String)
        /// No `>` after an end tag's name: (the name).
        case expectedEndTagClose(String)
        /// An end tag with no element open: (its name).
        case endTagClosesNothing(String)
        /// An end tag of another element than the open one: (its name, the open element's).
        case mismatchedEndTag(String, open: String)
        case expectedName, lessThanInAttribute, bareAmpersand
        /// A character reference to a character XML does not allow: (the reference between `&` and `;`).
        case disallowedCharacterReference(String)
        /// An entity XML does not define: (its name).
        case undefinedEntity(String)
        /// A control character: (its code point).
        case controlCharacter(UInt32)
        case invalidUTF8
        /// A character XML does not allow: (its code point).
        case disallowedCharacter(UInt32)
        /// A problem found at the end of the document: it is cut short.
        case endsEarly(Problem)

        /// Whether the problem already says that the document is cut short.
        var saysCutShort: Bool {
            switch self {
            case .endsInsideElement, .endsInsideProcessingInstruction, .endsInsideComment, .endsInsideCDATA, .endsInsideTag,
                 .endsInsideAttributeValue, .endsEarly: true
            default: false
            }
        }
    }

    /// Why and where the document is not well-formed XML.
    struct Failure: Error, Equatable {
        var problem: Problem
        var line: Int
        var column: Int
        var offset: Int
    }

    /// No workbook part nests deeper than a few levels; a deeper document is refused before its
    /// stack of open elements grows with it.
    static let maximumDepth = 256

    private let bytes: [UInt8]
    private var position: Int
    /// The byte ranges of the qualified names of the open elements, outermost first.
    private var open: [Range<Int>] = []
    /// The end event of an empty element (`<a/>`), given after its start.
    private var pendingEnd: String?
    private var sawRoot = false
    /// The attributes of the last start tag.
    private(set) var attributes: [Attribute] = []
    private var attributeNames: [Range<Int>] = []
    /// The byte offset where the last event's markup starts (for callers that locate their own errors).
    private(set) var eventOffset = 0

    /// A tokenizer of a whole document; fails at once on invalid UTF-8 or a character XML forbids.
    init(_ bytes: [UInt8]) throws(Failure) {
        self.bytes = bytes
        position = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        if let (offset, problem) = Self.firstInvalidCharacter(bytes) { throw Self.failure(problem, at: offset, in: bytes) }
    }

    /// The value of the last start tag's attribute with this local name.
    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// The next event; nil at the end of a complete document.
    mutating func next() throws(Failure) -> Event? {
        if let name = pendingEnd {
            pendingEnd = nil
            return .end(name)
        }
        while position < bytes.count {
            eventOffset = position
            guard bytes[position] == UInt8(ascii: "<") else {
                let end = bytes[position...].firstIndex(of: UInt8(ascii: "<")) ?? bytes.count
                defer { position = end }
                if open.isEmpty {
                    guard bytes[position..<end].allSatisfy(Self.isSpace) else { throw failure(.textOutsideRoot, at: position) }
                    continue
                }
                return .text(try decoded(position..<end, inAttribute: false))
            }
            switch byte(at: position + 1) {
            case UInt8(ascii: "?"):
                position = try index(after: "?>", from: position + 2, problem: .endsInsideProcessingInstruction)
            case UInt8(ascii: "!"):
                if let text = try declaration() { return .text(text) }
            case UInt8(ascii: "/"):
                return try endTag()
            default:
                return try startTag()
            }
        }
        if let innermost = open.last {
            throw failure(.endsInsideElement(string(innermost)), at: bytes.count)
        }
        guard sawRoot else { throw failure(.noRootElement, at: bytes.count) }
        return nil
    }

    /// A comment (skipped: nil) or a CDATA section (its text); anything else after `<!` is refused.
    private mutating func declaration() throws(Failure) -> String? {
        if matches("<!--", at: position) {
            position = try index(after: "-->", from: position + 4, problem: .endsInsideComment)
            return nil
        }
        if matches("<![CDATA[", at: position) {
            guard !open.isEmpty else { throw failure(.cdataOutsideRoot, at: position) }
            let start = position + 9
            position = try index(after: "]]>", from: start, problem: .endsInsideCDATA)
            return String(decoding: bytes[start..<(position - 3)], as: UTF8.self)
        }
        if matches("<!DOCTYPE", at: position) {
            throw failure(.documentType, at: position)
        }
        throw failure(.markupDeclaration, at: position)
    }

    private mutating func startTag() throws(Failure) -> Event {
        let tagStart = position
        position += 1
        let name = try qualifiedName()
        attributes.removeAll(keepingCapacity: true)
        attributeNames.removeAll(keepingCapacity: true)
        var isEmpty = false
        while true {
            let spaced = skipSpaces()
            guard let next = byte(at: position) else { throw failure(.endsInsideTag(string(name)), at: position) }
            if next == UInt8(ascii: ">") { position += 1; break }
            if next == UInt8(ascii: "/") {
                guard byte(at: position + 1) == UInt8(ascii: ">") else { throw failure(.expectedEmptyTagClose(string(name)), at: position) }
                position += 2
                isEmpty = true
                break
            }
            guard spaced else { throw failure(.expectedSpace(string(name)), at: position) }
            try attribute()
        }
        if sawRoot && open.isEmpty { throw failure(.secondRoot(string(name)), at: tagStart) }
        guard open.count < Self.maximumDepth else { throw failure(.tooDeep(Self.maximumDepth), at: tagStart) }
        sawRoot = true
        let local = localName(name)
        if isEmpty { pendingEnd = local } else { open.append(name) }
        return .start(local)
    }

    /// One `name="value"` of a start tag, appended to `attributes`.
    private mutating func attribute() throws(Failure) {
        let nameStart = position
        let name = try qualifiedName()
        if attributeNames.contains(where: { bytes[$0].elementsEqual(bytes[name]) }) {
            throw failure(.repeatedAttribute(string(name)), at: nameStart)
        }
        skipSpaces()
        guard byte(at: position) == UInt8(ascii: "=") else { throw failure(.expectedEquals(string(name)), at: position) }
        position += 1
        skipSpaces()
        guard let quote = byte(at: position), quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else {
            throw failure(.expectedQuotedValue(string(name)), at: position)
        }
        guard let close = bytes[(position + 1)...].firstIndex(of: quote) else {
            throw failure(.endsInsideAttributeValue(string(name)), at: bytes.count)
        }
        let value = try decoded((position + 1)..<close, inAttribute: true)
        position = close + 1
        attributeNames.append(name)
        attributes.append(Attribute(name: localName(name), value: value))
    }

    private mutating func endTag() throws(Failure) -> Event {
        let tagStart = position
        position += 2
        let name = try qualifiedName()
        skipSpaces()
        guard byte(at: position) == UInt8(ascii: ">") else { throw failure(.expectedEndTagClose(string(name)), at: position) }
        position += 1
        guard let innermost = open.last else { throw failure(.endTagClosesNothing(string(name)), at: tagStart) }
        guard bytes[innermost].elementsEqual(bytes[name]) else {
            throw failure(.mismatchedEndTag(string(name), open: string(innermost)), at: tagStart)
        }
        open.removeLast()
        return .end(localName(name))
    }

    /// The byte range of an XML name at the current position (letters, digits, `_ - . :`, and
    /// every non-ASCII character; not starting with a digit, `-` or `.`).
    private mutating func qualifiedName() throws(Failure) -> Range<Int> {
        let start = position
        while let next = byte(at: position), Self.isNameByte(next) { position += 1 }
        guard position > start, !Self.isDigitOrPunctuation(bytes[start]) else { throw failure(.expectedName, at: start) }
        return start..<position
    }

    /// The part of a qualified name after its prefix.
    private func localName(_ name: Range<Int>) -> String {
        let colon = bytes[name].lastIndex(of: UInt8(ascii: ":")).map { $0 + 1 } ?? name.lowerBound
        return String(decoding: bytes[colon..<name.upperBound], as: UTF8.self)
    }

    /// Text or an attribute value with its references decoded and line ends normalised (in an
    /// attribute, line ends and tabs become spaces, and `<` is refused).
    private func decoded(_ range: Range<Int>, inAttribute: Bool) throws(Failure) -> String {
        let special = bytes[range].contains { byte in
            byte == UInt8(ascii: "&") || byte == 0x0D || (inAttribute && (byte == 0x09 || byte == 0x0A || byte == UInt8(ascii: "<")))
        }
        guard special else { return String(decoding: bytes[range], as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "&"):
                index = try reference(at: index, end: range.upperBound, into: &output)
                continue
            case UInt8(ascii: "<"):
                throw failure(.lessThanInAttribute, at: index)
            case 0x0D:
                output.append(inAttribute ? 0x20 : 0x0A)
                if index + 1 < range.upperBound, bytes[index + 1] == 0x0A { index += 1 }
            case 0x09, 0x0A:
                output.append(inAttribute ? 0x20 : byte)
            default:
                output.append(byte)
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Decodes the entity or character reference at `start` into `output`; the index after its `;`.
    private func reference(at start: Int, end: Int, into output: inout [UInt8]) throws(Failure) -> Int {
        guard let semicolon = bytes[start..<min(end, start + 12)].firstIndex(of: UInt8(ascii: ";")) else {
            throw failure(.bareAmpersand, at: start)
        }
        let name = bytes[(start + 1)..<semicolon]
        switch String(decoding: name, as: UTF8.self) {
        case "lt": output.append(UInt8(ascii: "<"))
        case "gt": output.append(UInt8(ascii: ">"))
        case "amp": output.append(UInt8(ascii: "&"))
        case "quot": output.append(UInt8(ascii: "\""))
        case "apos": output.append(UInt8(ascii: "'"))
        case let text where text.hasPrefix("#"):
            let hex = text.hasPrefix("#x")
            let digits = text.dropFirst(hex ? 2 : 1)
            guard !digits.isEmpty, digits.allSatisfy({ hex ? $0.isHexDigit : $0.isASCII && $0.isNumber }),
                  let code = UInt32(digits, radix: hex ? 16 : 10), Self.isXMLCharacter(code), let scalar = Unicode.Scalar(code) else {
                throw failure(.disallowedCharacterReference(text), at: start)
            }
            output.append(contentsOf: Array(String(Character(scalar)).utf8))
        case let text:
            throw failure(.undefinedEntity(text), at: start)
        }
        return semicolon + 1
    }

    // MARK: - Bytes

    private func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

    private func matches(_ text: StaticString, at index: Int) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return (0..<count).allSatisfy { bytes[index + $0] == text.utf8Start[$0] }
    }

    /// The index after the first `terminator` from `start`; `problem` when there is none.
    private func index(after terminator: StaticString, from start: Int, problem: Problem) throws(Failure) -> Int {
        var index = start
        while index < bytes.count {
            if bytes[index] == terminator.utf8Start[0], matches(terminator, at: index) { return index + terminator.utf8CodeUnitCount }
            index += 1
        }
        throw failure(problem, at: bytes.count)
    }

    /// Skips spaces, tabs and line ends; whether there were any.
    @discardableResult
    private mutating func skipSpaces() -> Bool {
        let start = position
        while let next = byte(at: position), Self.isSpace(next) { position += 1 }
        return position > start
    }

    private func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "_"), UInt8(ascii: ":"), UInt8(ascii: "-"), UInt8(ascii: "."), 0x80...0xFF: return true
        default: return false
        }
    }

    private static func isDigitOrPunctuation(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// XML 1.0's Char production: tab, line ends, and everything from U+0020 but surrogates, U+FFFE and U+FFFF.
    private static func isXMLCharacter(_ code: UInt32) -> Bool {
        code == 0x09 || code == 0x0A || code == 0x0D || (0x20...0xD7FF).contains(code) || (0xE000...0xFFFD).contains(code) || (0x10000...0x10FFFF).contains(code)
    }

    /// The offset and description of the first byte that is not valid UTF-8 or not an XML character.
    private static func firstInvalidCharacter(_ bytes: [UInt8]) -> (Int, Problem)? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                if lead < 0x20 && !isSpace(lead) { return (index, .controlCharacter(UInt32(lead))) }
                index += 1
                continue
            }
            let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0
            guard length > 0, index + length <= bytes.count, bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else {
                return (index, .invalidUTF8)
            }
            var code = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for continuation in bytes[(index + 1)..<(index + length)] { code = code << 6 | UInt32(continuation & 0x3F) }
            let shortest = length == 2 ? code >= 0x80 : length == 3 ? code >= 0x800 : code >= 0x10000
            guard shortest, code <= 0x10FFFF, !(0xD800...0xDFFF).contains(code) else {
                return (index, .invalidUTF8)
            }
            guard isXMLCharacter(code) else { return (index, .disallowedCharacter(code)) }
            index += length
        }
        return nil
    }

    /// A code point in hexadecimal, at least four digits (`U+0001`, `U+FFFE`).
    static func hex(_ code: UInt32) -> String {
        let digits = String(code, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A failure at a byte offset of this document: at its end, one that says it is cut short.
    private func failure(_ problem: Problem, at offset: Int) -> Failure {
        Self.failure(offset >= bytes.count && !problem.saysCutShort ? .endsEarly(problem) : problem, at: offset, in: bytes)
    }

    /// The 1-based line and column (in characters) of a byte offset of this document: callers
    /// locate their own checks of what they read with `eventOffset`.
    func location(of offset: Int) -> (line: Int, column: Int) {
        Self.location(of: offset, in: bytes)
    }

    /// A failure at a byte offset, with its 1-based line and column (in characters).
    private static func failure(_ problem: Problem, at offset: Int, in bytes: [UInt8]) -> Failure {
        let (line, column) = location(of: offset, in: bytes)
        return Failure(problem: problem, line: line, column: column, offset: offset)
    }

    /// The 1-based line and column (in characters) of a byte offset.
    package static func location(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}
