extension String {
    /// The string without leading and trailing spaces and tabs. Works on UTF-8 bytes: it runs
    /// for cells of responses files, where grapheme iteration would dominate.
    var trimmingSpaces: String {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        if !ASCII.isSpace(first) && !ASCII.isSpace(last) { return self }
        guard let start = bytes.firstIndex(where: { !ASCII.isSpace($0) }), let end = bytes.lastIndex(where: { !ASCII.isSpace($0) }) else { return "" }
        return String(self[start...end])
    }
}

/// Byte-level character tests for ASCII-delimited text.
enum ASCII {
    /// A space or a tab.
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    /// The byte in lower case when it is an ASCII capital.
    static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Whether two byte strings are equal ignoring ASCII case.
    static func equalIgnoringCase<A: Collection, B: Collection>(_ a: A, _ b: B) -> Bool where A.Element == UInt8, B.Element == UInt8 {
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { lowercased($0) == lowercased($1) }
    }
}
