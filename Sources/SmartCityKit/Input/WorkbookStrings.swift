/// The texts of a workbook: the shared strings of `xl/sharedStrings.xml` (one `<si>` each) and
/// the inline strings of cells (`<is>`), both plain (`<t>`) or rich text (runs `<r><t>`, joined),
/// with phonetic runs (`<rPh>`, the reading of Japanese text) left out and Excel's escapes of
/// characters XML cannot hold (`_x000D_`) decoded.
enum WorkbookStrings {
    /// Reads the shared strings part (`part` names it in errors).
    static func read(_ xml: [UInt8], part: String) throws(WorkbookReader.Failure) -> [String] {
        var strings: [String] = []
        var tokenizer = try WorkbookReader.tokenizer(xml, part: part)
        var depth = 0
        while let event = try WorkbookReader.next(&tokenizer, part: part) {
            switch event {
            case .start("si") where depth == 1:
                strings.append(try text(&tokenizer, part: part))
            case .start: depth += 1
            case .end: depth -= 1
            case .text: break
            }
        }
        return strings
    }

    /// The text of the element whose start tag was just read (`<si>` or `<is>`), up to its end tag.
    package static func text(_ tokenizer: inout XMLTokenizer, part: String) throws(WorkbookReader.Failure) -> String {
        var text = ""
        var depth = 0, textDepth: Int?, phoneticDepth: Int?
        while let event = try WorkbookReader.next(&tokenizer, part: part) {
            switch event {
            case .start(let name):
                depth += 1
                if name == "rPh", phoneticDepth == nil { phoneticDepth = depth }
                if name == "t", textDepth == nil, phoneticDepth == nil { textDepth = depth }
            case .end:
                if depth == 0 { return unescaped(text) }
                if textDepth == depth { textDepth = nil }
                if phoneticDepth == depth { phoneticDepth = nil }
                depth -= 1
            case .text(let piece):
                if textDepth != nil { text += piece }
            }
        }
        return unescaped(text)
    }

    /// `_xHHHH_` as the UTF-16 unit it escapes (`_x000D_` a carriage return, `_x005F_` an
    /// underscore); an escape of half a surrogate pair stays as written.
    static func unescaped(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "_")) else { return text }
        var output = "", rest = Substring(text)
        while let start = rest.firstIndex(of: "_") {
            output += rest[..<start]
            let candidate = rest[start...].prefix(7)
            if candidate.count == 7, candidate.hasPrefix("_x"), candidate.hasSuffix("_"),
               let code = UInt32(candidate.dropFirst(2).dropLast(), radix: 16), candidate.dropFirst(2).dropLast().allSatisfy(\.isHexDigit),
               let scalar = Unicode.Scalar(code) {
                output.unicodeScalars.append(scalar)
                rest = rest[candidate.endIndex...]
            } else {
                output += "_"
                rest = rest[rest.index(after: start)...]
            }
        }
        return output + rest
    }
}
