/// Many short texts in a row, kept compactly: while a column has at most `distinctLimit`
/// different values (a province, a size class) each row holds a 2-byte code into them; beyond
/// that (ids, names, numbers) the texts lie end to end in one byte buffer with the end of each,
/// never a `String` per row.
struct TextColumn: Sendable {
    /// Most different values a column keeps as codes.
    static let distinctLimit = 4096

    private var distinct: [String] = []
    private var lookup: [String: UInt16] = [:]
    private var codes: [UInt16] = []
    /// Once there are too many different values: the texts' UTF-8, and where each row's ends.
    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []
    private var isCoded = true
    /// How many rows the column is expected to hold (its room is made for them once).
    private let expectedCount: Int

    /// An empty column, with room for `expectedCount` rows.
    init(expectedCount: Int = 0) {
        self.expectedCount = expectedCount
        codes.reserveCapacity(expectedCount)
    }

    /// How many rows the column holds.
    var count: Int { isCoded ? codes.count : ends.count }

    /// Appends a row's text.
    mutating func append(_ text: String) {
        if isCoded {
            if let code = lookup[text] {
                codes.append(code)
                return
            }
            if distinct.count < Self.distinctLimit {
                lookup[text] = UInt16(distinct.count)
                codes.append(UInt16(distinct.count))
                distinct.append(text)
                return
            }
            spell()
        }
        var text = text
        text.withUTF8 { utf8 in
            // Grown by a quarter at a time, not doubled: the texts of a large cohort stay near their size.
            if bytes.count + utf8.count > bytes.capacity { bytes.reserveCapacity(bytes.capacity + bytes.capacity / 4 + utf8.count) }
            bytes.append(contentsOf: utf8)
        }
        ends.append(UInt32(bytes.count))
    }

    /// Calls `body` with the UTF-8 bytes of a row's text (no `String` made of them).
    func withUTF8<Result>(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if isCoded {
            var text = distinct[Int(codes[row])]
            return text.withUTF8(body)
        }
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[spelled(row)])) }
    }

    /// Gives back the room the texts grew into beyond their size (appending is over).
    mutating func finish() {
        guard !isCoded, bytes.capacity - bytes.count > 1 << 16 else { return }
        // A copy of exactly the bytes (`Array(bytes)` would share the storage).
        let kept = bytes
        bytes = [UInt8](unsafeUninitializedCapacity: kept.count) { buffer, count in
            count = kept.withUnsafeBufferPointer { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer($0)); return $0.count }
        }
    }

    /// Turns the codes into texts end to end (too many different values to code).
    private mutating func spell() {
        ends.reserveCapacity(max(codes.count, expectedCount))
        for code in codes {
            bytes.append(contentsOf: distinct[Int(code)].utf8)
            ends.append(UInt32(bytes.count))
        }
        (distinct, lookup, codes, isCoded) = ([], [:], [], false)
    }

    /// The text of a row.
    subscript(row: Int) -> String {
        if isCoded { return distinct[Int(codes[row])] }
        return bytes.withUnsafeBufferPointer { String(decoding: $0[spelled(row)], as: UTF8.self) }
    }

    /// Where the text of `row` lies in `bytes` (once spelled end to end).
    private func spelled(_ row: Int) -> Range<Int> { (row == 0 ? 0 : Int(ends[row - 1]))..<Int(ends[row]) }

    /// Whether the text of `row` sorts before that of `other` as `String`'s `<` does (by the
    /// bytes when both are ASCII, where the two orders agree).
    func precedes(_ row: Int, _ other: Int) -> Bool {
        guard !isCoded else { return distinct[Int(codes[row])] < distinct[Int(codes[other])] }
        return bytes.withUnsafeBufferPointer { buffer in
            let a = buffer[spelled(row)], b = buffer[spelled(other)]
            guard a.allSatisfy({ $0 < 0x80 }) && b.allSatisfy({ $0 < 0x80 }) else {
                return String(decoding: a, as: UTF8.self) < String(decoding: b, as: UTF8.self)
            }
            return a.lexicographicallyPrecedes(b)
        }
    }
}
