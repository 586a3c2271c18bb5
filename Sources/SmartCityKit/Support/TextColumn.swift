/// Many short texts in a row, kept compactly: while a column has at most `distinctLimit`
/// different values (a province, a size class) each row holds a 2-byte code into them; beyond
/// that (ids, names, numbers) the texts lie end to end in one byte buffer, never a `String` per
/// row, each written as the bytes it shares with the text before it and the rest (front
/// coding: `gen-000124` after `gen-000123` is 9 shared bytes and `4`). The first row of every
/// block of `blockSize` is written whole, so a row is read by going through at most that many.
struct TextColumn: Sendable {
    /// Most different values a column keeps as codes.
    static let distinctLimit = 4096
    /// Rows per block (the first written whole).
    static let blockSize = 8
    /// The longest text written as a shared part and a rest; longer ones are written whole.
    private static let sharedLimit = 255

    private var distinct: [String] = []
    private var lookup: [String: UInt16] = [:]
    private var codes: [UInt16] = []
    /// Once there are too many different values: per row, how many bytes it shares with the
    /// previous row's text (one byte), the length of the rest (7 bits a byte, the high bit set
    /// on all but the last), and the rest.
    private var bytes: [UInt8] = []
    /// Where in `bytes` each block of `blockSize` rows starts.
    private var blockStarts: [UInt32] = []
    private var spelledCount = 0
    /// The last text appended once spelled (the next one shares its start with it).
    private var last: [UInt8] = []
    private var isCoded = true
    /// How many rows the column is expected to hold (its room is made for them once).
    private let expectedCount: Int

    /// An empty column, with room for `expectedCount` rows.
    init(expectedCount: Int = 0) {
        self.expectedCount = expectedCount
        codes.reserveCapacity(expectedCount)
    }

    /// How many rows the column holds.
    var count: Int { isCoded ? codes.count : spelledCount }

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
        text.withUTF8 { appendSpelled($0) }
    }

    /// Appends a row's text end to end: what it shares with the last one, then the rest.
    private mutating func appendSpelled(_ utf8: UnsafeBufferPointer<UInt8>) {
        var shared = 0
        if spelledCount % Self.blockSize == 0 {
            blockStarts.append(UInt32(bytes.count))
        } else if utf8.count <= Self.sharedLimit {
            let limit = min(last.count, utf8.count)
            while shared < limit && last[shared] == utf8[shared] { shared += 1 }
        }
        let rest = utf8.count - shared, most = rest + 2 + MemoryLayout<Int>.size
        // Grown by a quarter at a time, not doubled: the texts of a large cohort stay near their size.
        if bytes.count + most > bytes.capacity { bytes.reserveCapacity(bytes.capacity + bytes.capacity / 4 + most) }
        bytes.append(UInt8(shared))
        var length = rest
        while length >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: length) | 0x80)
            length >>= 7
        }
        bytes.append(UInt8(length))
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[shared...]))
        last.removeAll(keepingCapacity: true)
        last.append(contentsOf: utf8)
        spelledCount += 1
    }

    /// Calls `body` with the UTF-8 bytes of a row's text (no `String` made of them; a text
    /// sharing its start with the one before is put together in a buffer on the stack).
    func withUTF8<Result>(_ row: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if isCoded {
            var text = distinct[Int(codes[row])]
            return text.withUTF8(body)
        }
        return bytes.withUnsafeBufferPointer { all in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.sharedLimit) { scratch in
                var position = Int(blockStarts[row / Self.blockSize])
                // The text of the row reached: in `all` when written whole, else in `scratch`.
                var text = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
                for _ in (row - row % Self.blockSize)...row {
                    let shared = Int(all[position])
                    position += 1
                    var rest = 0, shift = 0
                    while true {
                        let byte = all[position]
                        position += 1
                        rest |= Int(byte & 0x7F) << shift
                        if byte < 0x80 { break }
                        shift += 7
                    }
                    let restBytes = UnsafeBufferPointer(rebasing: all[position..<position + rest])
                    position += rest
                    guard shared > 0 else {
                        text = restBytes
                        continue
                    }
                    // Shared with the text before (at most `sharedLimit` bytes in all): its start
                    // is already in `scratch` when it was put together there.
                    if text.baseAddress != UnsafePointer(scratch.baseAddress) {
                        _ = scratch.initialize(fromContentsOf: UnsafeBufferPointer(rebasing: text[..<shared]))
                    }
                    _ = UnsafeMutableBufferPointer(rebasing: scratch[shared...]).initialize(fromContentsOf: restBytes)
                    text = UnsafeBufferPointer(start: scratch.baseAddress, count: shared + rest)
                }
                return body(text)
            }
        }
    }

    /// Gives back the room the texts grew into beyond their size (appending is over).
    mutating func finish() {
        last = []
        guard !isCoded, bytes.capacity - bytes.count > 1 << 16 else { return }
        // A copy of exactly the bytes (`Array(bytes)` would share the storage).
        let kept = bytes
        bytes = [UInt8](unsafeUninitializedCapacity: kept.count) { buffer, count in
            count = kept.withUnsafeBufferPointer { UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer($0)); return $0.count }
        }
    }

    /// Turns the codes into texts end to end (too many different values to code).
    private mutating func spell() {
        blockStarts.reserveCapacity(max(codes.count, expectedCount) / Self.blockSize + 1)
        let (distinct, codes) = (distinct, codes)
        (self.distinct, lookup, self.codes, isCoded) = ([], [:], [], false)
        for code in codes {
            var text = distinct[Int(code)]
            text.withUTF8 { appendSpelled($0) }
        }
    }

    /// The text of a row.
    subscript(row: Int) -> String {
        if isCoded { return distinct[Int(codes[row])] }
        return withUTF8(row) { String(decoding: $0, as: UTF8.self) }
    }

    /// Whether the text of `row` sorts before that of `other` as `String`'s `<` does (by the
    /// bytes when both are ASCII, where the two orders agree).
    func precedes(_ row: Int, _ other: Int) -> Bool {
        guard !isCoded else { return distinct[Int(codes[row])] < distinct[Int(codes[other])] }
        return withUTF8(row) { a in
            withUTF8(other) { b in
                guard a.allSatisfy({ $0 < 0x80 }) && b.allSatisfy({ $0 < 0x80 }) else {
                    return String(decoding: a, as: UTF8.self) < String(decoding: b, as: UTF8.self)
                }
                return a.lexicographicallyPrecedes(b)
            }
        }
    }
}
