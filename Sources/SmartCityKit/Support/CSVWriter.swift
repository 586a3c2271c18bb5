/// Builds CSV text (RFC 4180, `,` and `\n`), safe to open in a spreadsheet.
package struct CSVWriter: Sendable {
    package init() {}

    package private(set) var text = ""

    /// Empties the text written so far (to stream it out in parts).
    package mutating func flush() -> String {
        defer { text = "" }
        return text
    }

    /// Appends a row, every value (header names as much as cells, ids as much as answers)
    /// encoded by `text(_:)`: no field of a CSV reaches a spreadsheet as a formula.
    package mutating func row(_ values: [String]) {
        for (index, value) in values.enumerated() {
            if index > 0 { text += "," }
            text += Self.text(value)
        }
        text += "\n"
    }

    /// Appends user-supplied text as one cell, encoded as `text(_:)` does; plain text (the
    /// usual case) is copied without building a new string.
    static func appendText(_ value: String, to buffer: inout ByteBuffer) {
        buffer.append(atMost: encodedLength(value)) { appendText(value, to: &$0) }
    }

    /// Appends user-supplied text given as UTF-8 bytes as one cell (see `text(_:)`).
    static func appendText(utf8 bytes: UnsafeBufferPointer<UInt8>, to buffer: inout ByteBuffer) {
        buffer.append(atMost: encodedLength(byteCount: bytes.count)) { appendText(utf8: bytes, to: &$0) }
    }

    /// Appends user-supplied text as one cell through a cursor with room for `encodedLength(value)`.
    static func appendText(_ value: String, to cursor: inout ByteCursor) {
        var value = value
        value.withUTF8 { appendText(utf8: $0, to: &cursor) }
    }

    /// The most bytes `text(_:)` makes of a value: a control character becomes three (U+FFFD),
    /// a quote two, and a `'` and two quotes may be added.
    static func encodedLength(_ value: String) -> Int { encodedLength(byteCount: value.utf8.count) }

    /// The most bytes `text(_:)` makes of a value of `byteCount` UTF-8 bytes.
    static func encodedLength(byteCount: Int) -> Int { 3 * byteCount + 3 }

    /// Appends a cell given as UTF-8 bytes, encoded as `text(_:)` does, through a cursor with
    /// room for `encodedLength(byteCount:)`; plain bytes are copied.
    static func appendText(utf8 bytes: UnsafeBufferPointer<UInt8>, to cursor: inout ByteCursor) {
        if let first = bytes.first, !formulaStarts.contains(first),
            !bytes.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 < 0x20 || $0 == 0x7F }), first != 0x20, bytes.last != 0x20 {
            cursor.append(bytes)
        } else if !bytes.isEmpty {
            cursor.append(text(String(decoding: bytes, as: UTF8.self)))
        }
    }

    /// Bytes that make a spreadsheet read a cell as a formula.
    static let formulaStarts: [UInt8] = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// A cell read back without the `'` that `text(_:)` (and spreadsheet-safe CSV in general)
    /// puts before a formula start: `'=x` is `=x`. Any other cell is returned as it is.
    static func withoutFormulaGuard(_ cell: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        guard cell.count > 1, cell[0] == UInt8(ascii: "'"), formulaStarts.contains(cell[1]) else { return cell }
        return UnsafeBufferPointer(rebasing: cell[1...])
    }

    /// A cell's text read back without the formula guard (see the byte version).
    static func withoutFormulaGuard(_ cell: String) -> String {
        var bytes = cell.utf8.makeIterator()
        guard bytes.next() == UInt8(ascii: "'"), let second = bytes.next(), formulaStarts.contains(second) else { return cell }
        return String(cell.dropFirst())
    }

    /// User-supplied text: neutralises spreadsheet formulas (a leading `=`, `+`, `-`, `@`,
    /// tab or carriage return gets a `'` in front) and quotes what RFC 4180 requires.
    /// Works on UTF-8 bytes: it runs for every cell of a large cohort.
    /// Control characters other than tab and line breaks (NUL, ...) become U+FFFD.
    package static func text(_ value: String) -> String {
        let value = neutralisingControlCharacters(value)
        let bytes = value.utf8
        guard let first = bytes.first else { return value }
        let formula = formulaStarts.contains(first)
            && !isNegativeNumber(bytes)
        let cell = formula ? "'" + value : value
        let needsQuotes = first == 0x20 || bytes.last == 0x20
            || bytes.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        return needsQuotes ? "\"" + cell.replacingQuotes + "\"" : cell
    }
}

/// "-3", "-2.5", "-2,5" or "-1e-05": a negative number is data, not a formula.
private func isNegativeNumber(_ bytes: String.UTF8View) -> Bool {
    guard bytes.first == UInt8(ascii: "-") else { return false }
    var mantissa = bytes.dropFirst(), exponent: Substring.UTF8View? = nil
    if let e = mantissa.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
        exponent = mantissa[mantissa.index(after: e)...]
        mantissa = mantissa[..<e]
    }
    return isDecimal(mantissa) && (exponent.map(isExponent) ?? true)
}

/// Digits with at most one `.` or `,` between them.
private func isDecimal(_ bytes: String.UTF8View.SubSequence) -> Bool {
    guard !bytes.isEmpty else { return false }
    var separators = 0
    for byte in bytes {
        if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",") {
            separators += 1
        } else if byte < UInt8(ascii: "0") || byte > UInt8(ascii: "9") {
            return false
        }
    }
    return separators <= 1 && bytes.last != UInt8(ascii: ".") && bytes.last != UInt8(ascii: ",")
}

/// An exponent's digits, with an optional sign: `05`, `-05`, `+12`.
private func isExponent(_ bytes: String.UTF8View.SubSequence) -> Bool {
    let digits = bytes.first == UInt8(ascii: "-") || bytes.first == UInt8(ascii: "+") ? bytes.dropFirst() : bytes
    return !digits.isEmpty && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
}

extension String {
    /// Doubles every `"` (CSV quoting).
    fileprivate var replacingQuotes: String {
        guard utf8.contains(UInt8(ascii: "\"")) else { return self }
        return split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
    }
}

/// The text with control characters other than tab, line feed and carriage return (NUL, escape,
/// delete, ...) replaced by U+FFFD: they corrupt spreadsheets and terminals.
package func neutralisingControlCharacters(_ text: String) -> String {
    guard containsControlCharacter(text) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
        result.append(scalar.isASCII && isControlCharacter(UInt8(scalar.value)) ? "\u{FFFD}" : scalar)
    }
    return String(result)
}

/// Whether text holds a control character other than tab, line feed and carriage return.
func containsControlCharacter(_ text: String) -> Bool { text.utf8.contains(where: isControlCharacter) }

/// NUL, escape, delete and the like: every ASCII control character but tab, line feed and carriage return.
private func isControlCharacter(_ byte: UInt8) -> Bool {
    (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D) || byte == 0x7F
}
