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

    /// Appends the pretty-printed value; one buffer for the whole document keeps large
    /// cohorts from building a string per nested value.
    package func write(into output: inout String, indent: String) {
        let inner = indent + "  "
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .decimal(let value): output += value.isFinite ? NumberFormat.fixed(value, digits: 4) : "null"
        case .exact(let value): output += value.fixed(digits: 4)
        case .integer(let value): output += String(value)
        case .precise(let value): output += value.isFinite ? NumberFormat.roundTrip(value) : "null"
        case .string(let text): Self.quote(text, into: &output)
        case .array(let elements):
            if elements.isEmpty { output += "[]"; return }
            output += "[\n"
            for (index, element) in elements.enumerated() {
                output += inner
                element.write(into: &output, indent: inner)
                output += index == elements.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members):
            if members.isEmpty { output += "{}"; return }
            output += "{\n"
            for (index, (key, value)) in members.enumerated() {
                output += inner
                Self.quote(key, into: &output)
                output += ": "
                value.write(into: &output, indent: inner)
                output += index == members.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }

    static func quote(_ text: String, into output: inout String) {
        output += "\""
        // Most texts need no escape: append them whole.
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
            output += text
            output += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
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
