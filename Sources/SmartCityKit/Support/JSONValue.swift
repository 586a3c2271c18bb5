/// A JSON value to write, with object members kept in order; never NaN or infinity.
indirect enum JSONValue {
    case null
    case bool(Bool)
    /// A number written with four decimals (null when it is not finite).
    case decimal(Double)
    /// An exact value written with four decimals, rounded half away from zero.
    case exact(Fraction)
    case integer(Int)
    /// A number written so that it reads back as the same `Double` (null when not finite).
    case precise(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    static func number(_ value: Double?) -> JSONValue { value.map(JSONValue.decimal) ?? .null }
    static func number(_ value: Fraction?) -> JSONValue { value.map(JSONValue.exact) ?? .null }
    static func optionalString(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// Pretty-printed with two-space indentation.
    func rendered() -> String {
        var output = ""
        write(into: &output, indent: "")
        return output
    }

    /// Appends the pretty-printed value (`write(into:indent:)` on bytes, `indent` made of spaces).
    package func write(into output: inout String, indent: String) {
        var bytes = ByteBuffer()
        write(into: &bytes, indent: indent.utf8.count)
        output += bytes.string
    }

    /// Appends the pretty-printed value as UTF-8, `indent` spaces being the depth of the line it
    /// starts on (each level nests two more); numbers are written straight from their values. One buffer for the whole
    /// document keeps large cohorts from building a string per nested value.
    func write(into output: inout ByteBuffer, indent: Int) {
        switch self {
        case .null: output.append("null")
        case .bool(let value): output.append(value ? "true" : "false")
        case .decimal(let value):
            if value.isFinite { output.append(atMost: ByteCursor.fixedLength(digits: 4)) { $0.appendFixed(value, digits: 4) } } else { output.append("null") }
        case .exact(let value): output.appendFixed(value, digits: 4)
        case .integer(let value): output.appendInteger(value)
        case .precise(let value): output.append(value.isFinite ? NumberFormat.roundTrip(value) : "null")
        case .string(let text): Self.quote(text, into: &output)
        case .array(let elements):
            if elements.isEmpty { output.append("[]"); return }
            output.append("[\n")
            for (index, element) in elements.enumerated() {
                Self.indent(indent + 2, into: &output)
                element.write(into: &output, indent: indent + 2)
                output.append(index == elements.count - 1 ? "\n" : ",\n")
            }
            Self.indent(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { output.append("{}"); return }
            output.append("{\n")
            for (index, (key, value)) in members.enumerated() {
                Self.indent(indent + 2, into: &output)
                Self.quote(key, into: &output)
                output.append(": ")
                value.write(into: &output, indent: indent + 2)
                output.append(index == members.count - 1 ? "\n" : ",\n")
            }
            Self.indent(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// `count` spaces.
    static func indent(_ count: Int, into output: inout ByteBuffer) {
        // Copied from a row of spaces (a line of a long array is written millions of times).
        guard count <= spaces.utf8CodeUnitCount else { return output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count)) }
        spaces.withUTF8Buffer { output.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// Writes `count` spaces through a cursor (as `indent(_:into:)` appends them).
    static func indent(_ count: Int, into cursor: inout ByteCursor) {
        guard count <= spaces.utf8CodeUnitCount else {
            for _ in 0..<count { cursor.append(UInt8(ascii: " ")) }
            return
        }
        spaces.withUTF8Buffer { cursor.append(UnsafeBufferPointer(rebasing: $0[..<count])) }
    }

    /// The spaces `indent` copies from (a literal in the binary: no array retained and released per line).
    private static let spaces: StaticString = "                                                                "

    /// Appends text as a JSON string (see the byte version).
    static func quote(_ text: String, into output: inout String) {
        var bytes = ByteBuffer()
        quote(text, into: &bytes)
        output += bytes.string
    }

    /// Appends text as a JSON string: `"` and `\\` escaped, line breaks and tabs as `\\n`, `\\r`,
    /// `\\t`, other control characters as `\\u00xx`; other bytes as they are.
    static func quote(_ text: String, into output: inout ByteBuffer) {
        var text = text
        text.withUTF8 { quote(utf8: $0, into: &output) }
    }

    /// Appends UTF-8 text as a JSON string (see the `String` version).
    static func quote(utf8 bytes: UnsafeBufferPointer<UInt8>, into output: inout ByteBuffer) {
        output.append(UInt8(ascii: "\""))
        // Most texts need no escape: append them whole.
        guard bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            output.append(contentsOf: bytes)
            output.append(UInt8(ascii: "\""))
            return
        }
        let hexDigits = Array("0123456789abcdef".utf8)
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): output.append("\\\"")
            case UInt8(ascii: "\\"): output.append("\\\\")
            case UInt8(ascii: "\n"): output.append("\\n")
            case UInt8(ascii: "\r"): output.append("\\r")
            case UInt8(ascii: "\t"): output.append("\\t")
            case 0..<0x20:
                output.append("\\u00")
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}

/// JSON text for output written in parts (such as `smartcity import --format json`).
package enum JSONText {
    /// A JSON object of string members on one line.
    package static func objectLine(_ members: [(String, String)]) -> String {
        var output = "{"
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { output += ", " }
            JSONValue.quote(key, into: &output)
            output += ": "
            JSONValue.quote(value, into: &output)
        }
        return output + "}"
    }
}
