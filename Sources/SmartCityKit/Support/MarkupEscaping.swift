/// Text made safe inside XML and HTML, in content and in quoted attribute values: `&`, `<`, `>`,
/// `"` and `'` become entities, control characters U+FFFD (they are not allowed in XML).
package func escapingMarkup(_ text: String) -> String {
    var escaped = ""
    escaped.reserveCapacity(text.utf8.count)
    for character in neutralisingControlCharacters(text) {
        switch character {
        case "&": escaped += "&amp;"
        case "<": escaped += "&lt;"
        case ">": escaped += "&gt;"
        case "\"": escaped += "&quot;"
        case "'": escaped += "&#39;"
        default: escaped.append(character)
        }
    }
    return escaped
}
