/// Writes bytes into memory that was set aside for them (a chunk of rows), without the checks
/// and reallocation of appending to an array: `ResponseGenerator` writes millions of short cells.
/// Every append checks the room (one comparison) and traps rather than write past the end.
struct RowCursor {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    init(_ memory: UnsafeMutableBufferPointer<UInt8>) {
        base = memory.baseAddress!
        capacity = memory.count
    }

    mutating func append(_ byte: UInt8) {
        precondition(count < capacity, "row cursor overflow")
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        precondition(count + bytes.count <= capacity, "row cursor overflow")
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Room a row keeps at its end for `append(packed:count:)`, which stores a whole word.
    static let packedSlack = 8

    /// Up to 8 bytes packed into a word (the first in the lowest byte), for `append(packed:count:)`.
    static func packed(_ bytes: [UInt8]) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        return bytes.enumerated().reduce(0) { word, byte in word | UInt64(byte.element) << (8 * UInt64(byte.offset)) }
    }

    /// The first `count` (at most 8) bytes of a packed word, stored as one word: the bytes past
    /// `count` land in the room `packedSlack` keeps and are overwritten by what comes next.
    mutating func append(packed word: UInt64, count length: Int) {
        precondition(count + Self.packedSlack <= capacity, "row cursor overflow")
        UnsafeMutableRawPointer(base + count).storeBytes(of: word.littleEndian, as: UInt64.self)
        count += length
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// A non-negative whole number in decimal, at least `minimumDigits` digits (zero-padded).
    mutating func appendDigits(_ value: UInt64, minimumDigits: Int = 1) {
        var width = 1, higher = value / 10
        while higher > 0 { width += 1; higher /= 10 }
        width = max(width, minimumDigits)
        precondition(count + width <= capacity, "row cursor overflow")
        var rest = value
        for position in (count..<count + width).reversed() {
            base[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        count += width
    }
}
