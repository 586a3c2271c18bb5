/// Writes a JSON object's members straight into bytes, laid out as `JSONValue.write(into:indent:)`
/// lays out the same object (two spaces a level, `null` for a missing value, four decimals): for
/// the elements of a long array (a municipality of `comparison.json`), which would otherwise each
/// become a tree of values made only to be written.
struct JSONObjectWriter {
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
    mutating func string(_ key: String, _ value: String?) {
        start(key)
        if let value { JSONValue.quote(value, into: &output) } else { output.append("null") }
    }

    /// A member holding a string given as UTF-8 bytes.
    mutating func string(_ key: String, utf8 value: UnsafeBufferPointer<UInt8>) {
        start(key)
        JSONValue.quote(utf8: value, into: &output)
    }

    /// A member holding a whole number, or `null`.
    mutating func integer(_ key: String, _ value: Int?) {
        start(key)
        if let value { output.appendInteger(value) } else { output.append("null") }
    }

    /// A member holding `true` or `false`.
    mutating func bool(_ key: String, _ value: Bool) {
        start(key)
        output.append(value ? "true" : "false")
    }

    /// A member holding an exact value with four decimals (`JSONValue.exact`), or `null`.
    mutating func number(_ key: String, _ value: Fraction?) {
        start(key)
        if let value { output.appendFixed(value, digits: 4) } else { output.append("null") }
    }

    /// A member holding a number with four decimals (`JSONValue.decimal`), or `null` (also when it is not finite).
    mutating func number(_ key: String, _ value: Double?) {
        start(key)
        guard let value, value.isFinite else { return output.append("null") }
        output.append(atMost: ByteCursor.fixedLength(digits: 4)) { $0.appendFixed(value, digits: 4) }
    }

    /// A member holding an object whose members `members` writes.
    mutating func object(_ key: String, _ members: (inout JSONObjectWriter) -> Void) {
        start(key)
        Self.write(into: &output, indent: indent + 2, members)
    }

    /// The key of the next member, on a line of its own.
    private mutating func start(_ key: String) {
        output.append(memberCount == 0 ? "{\n" : ",\n")
        memberCount += 1
        JSONValue.indent(indent + 2, into: &output)
        JSONValue.quote(key, into: &output)
        output.append(": ")
    }

    /// Closes the object (`{}` without members).
    private mutating func finish() {
        guard memberCount > 0 else { return output.append("{}") }
        output.append(UInt8(ascii: "\n"))
        JSONValue.indent(indent, into: &output)
        output.append(UInt8(ascii: "}"))
    }
}
