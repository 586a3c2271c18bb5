/// Writes a JSON object's members straight into bytes, laid out as `JSONValue.write(into:indent:)`
/// lays out the same object (two spaces a level, `null` for a missing value, four decimals): for
/// the elements of a long array (a municipality of `comparison.json`), which would otherwise each
/// become a tree of values made only to be written. Keys are `Key`s, quoted once and copied into
/// every object that has them.
struct JSONObjectWriter {
    /// A member's key as written: quoted, then `: ` (made once, written into many objects; a
    /// literal key is made where it is written, each time).
    struct Key: Sendable, ExpressibleByStringLiteral {
        fileprivate let bytes: [UInt8]

        init(_ key: String) {
            var quoted = ByteBuffer()
            JSONValue.quote(key, into: &quoted)
            quoted.append(": ")
            bytes = quoted.bytes
        }

        init(stringLiteral key: String) { self.init(key) }
    }

    private var output: ByteBuffer
    /// The depth, in spaces, of the line the object starts on.
    private let indent: Int
    private var memberCount = 0

    private init(output: ByteBuffer, indent: Int) {
        self.output = output
        self.indent = indent
    }

    /// Appends the object whose members `members` writes, starting on a line `indent` spaces deep.
    static func write(into output: inout ByteBuffer, indent: Int, _ members: (inout JSONObjectWriter) -> Void) {
        // The buffer is moved into the writer and back, never copied.
        var writer = JSONObjectWriter(output: ByteBuffer(), indent: indent)
        swap(&writer.output, &output)
        members(&writer)
        writer.finish()
        swap(&writer.output, &output)
    }

    /// A member holding a string, or `null`.
    mutating func string(_ key: Key, _ value: String?) {
        start(key)
        if let value { JSONValue.quote(value, into: &output) } else { output.append("null") }
    }

    /// A member holding a string given as UTF-8 bytes.
    mutating func string(_ key: Key, utf8 value: UnsafeBufferPointer<UInt8>) {
        start(key)
        JSONValue.quote(utf8: value, into: &output)
    }

    /// A member holding a whole number, or `null`.
    mutating func integer(_ key: Key, _ value: Int?) {
        member(key, atMost: ByteCursor.integerLength) { cursor in
            if let value { cursor.appendInteger(value) } else { cursor.append(literal: Self.null) }
        }
    }

    /// A member holding `true` or `false`.
    mutating func bool(_ key: Key, _ value: Bool) {
        start(key)
        output.append(value ? "true" : "false")
    }

    /// A member holding an exact value with four decimals (`JSONValue.exact`), or `null`.
    mutating func number(_ key: Key, _ value: Fraction?) {
        member(key, atMost: ByteCursor.fixedLength(digits: 4)) { cursor in
            if let value { cursor.appendFixed(value, digits: 4) } else { cursor.append(literal: Self.null) }
        }
    }

    /// A member holding a number with four decimals (`JSONValue.decimal`), or `null` (also when it is not finite).
    mutating func number(_ key: Key, _ value: Double?) {
        member(key, atMost: ByteCursor.fixedLength(digits: 4)) { cursor in
            guard let value, value.isFinite else { return cursor.append(literal: Self.null) }
            cursor.appendFixed(value, digits: 4)
        }
    }

    /// A member holding an object whose members `members` writes.
    mutating func object(_ key: Key, _ members: (inout JSONObjectWriter) -> Void) {
        start(key)
        Self.write(into: &output, indent: indent + 2, members)
    }

    /// A member holding JSON text made beforehand (a quoted text that many objects repeat).
    mutating func json(_ key: Key, _ value: [UInt8]) {
        start(key)
        output.append(contentsOf: value)
    }

    /// `null`, as a number member writes it.
    private static let null: StaticString = "null"

    /// A member whose value `value` writes (at most `length` bytes), written with its line's
    /// start (see `start`) through one cursor: one check of the room for the whole member (the
    /// numbers of a municipality's measures, millions of them in a large cohort).
    private mutating func member(_ key: Key, atMost length: Int, _ value: (inout ByteCursor) -> Void) {
        let separator = UInt8(ascii: memberCount == 0 ? "{" : ",")
        memberCount += 1
        output.append(atMost: 2 + indent + 2 + key.bytes.count + length) { cursor in
            cursor.append(separator)
            cursor.append(UInt8(ascii: "\n"))
            JSONValue.indent(indent + 2, into: &cursor)
            // Through its buffer: the key's array is not retained and released per member.
            key.bytes.withUnsafeBufferPointer { cursor.append($0) }
            value(&cursor)
        }
    }

    /// The key of the next member, on a line of its own (its value written after it).
    private mutating func start(_ key: Key) {
        member(key, atMost: 0) { _ in }
    }

    /// Closes the object (`{}` without members).
    private mutating func finish() {
        guard memberCount > 0 else { return output.append("{}") }
        output.append(UInt8(ascii: "\n"))
        JSONValue.indent(indent, into: &output)
        output.append(UInt8(ascii: "}"))
    }
}
