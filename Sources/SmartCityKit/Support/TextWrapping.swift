/// Text wrapped to a width in characters (grapheme clusters, so that accented letters and
/// emoji count once), at spaces; a word longer than the width stands on a line of its own.
func wrapped(_ text: String, width: Int, indent: String = "") -> [String] {
    let width = max(width - indent.count, 10)
    var lines: [String] = [], line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        if line.isEmpty {
            line = String(word)
        } else if line.count + 1 + word.count <= width {
            line += " " + word
        } else {
            lines.append(indent + line)
            line = String(word)
        }
    }
    if !line.isEmpty || lines.isEmpty { lines.append(indent + line) }
    return lines
}
