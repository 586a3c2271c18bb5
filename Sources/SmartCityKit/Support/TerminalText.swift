/// Text made safe to print on a terminal: control characters from cells, titles and file names
/// (C0 but tab and line feed, DEL, C1) could ring the bell, move the cursor, recolour or retitle
/// the terminal, and bidirectional overrides (U+202A-U+202E, U+2066-U+2069) could show a
/// message in another order than it is; each is written as a visible escape such as `\u{1B}`.
package enum TerminalText {
    /// The text with every such character escaped; line feeds are kept when `keepingLineFeeds`
    /// (a message of several lines), else escaped too (a cell of a table).
    package static func escaped(_ text: String, keepingLineFeeds: Bool = true) -> String {
        // Printable ASCII, the usual case, is returned as it is without building a new string.
        guard text.utf8.contains(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A || $0 == 0x0A && !keepingLineFeeds || $0 >= 0x7F }) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) && !(keepingLineFeeds && scalar == "\n") {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// Whether a character acts on the terminal or the display order rather than showing.
    static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09: false
        case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
