/// UTF-8 output built byte by byte: report lines for large cohorts without a `String` per cell.
/// Numbers are written with fixed decimals straight from exact values, locale-independent.
package struct ByteBuffer: Sendable {
    var bytes: [UInt8] = []

    init() {}

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    var count: Int { bytes.count }
    var isEmpty: Bool { bytes.isEmpty }

    /// The bytes as a string (they are always UTF-8).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    mutating func append(_ other: ByteBuffer) { bytes.append(contentsOf: other.bytes) }

    mutating func append<Bytes: Sequence>(contentsOf sequence: Bytes) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: sequence)
    }

    /// Empties the buffer, keeping its capacity.
    mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// Appends up to `maximum` bytes that `body` writes through a cursor straight into the
    /// buffer's storage: one check of the room per cell instead of a reallocation check per byte.
    /// The cursor traps rather than write past `maximum`.
    mutating func append(atMost maximum: Int, _ body: (inout ByteCursor) -> Void) {
        let start = bytes.count
        var zeros = maximum
        while zeros > 0 {
            let chunk = min(zeros, Self.zeroPage.count)
            Self.zeroPage.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<chunk])) }
            zeros -= chunk
        }
        let written = bytes.withUnsafeMutableBufferPointer { all in
            var cursor = ByteCursor(UnsafeMutableBufferPointer(rebasing: all[start...]))
            body(&cursor)
            return cursor.count
        }
        bytes.removeLast(maximum - written)
    }

    /// Zeros copied in to make room for `append(atMost:_:)`.
    private static let zeroPage = [UInt8](repeating: 0, count: 4096)

    /// A whole number in decimal digits.
    mutating func appendInteger<Integer: BinaryInteger>(_ value: Integer) {
        append(atMost: ByteCursor.integerLength) { $0.appendInteger(value) }
    }

    /// An exact value with exactly `digits` decimals, rounded half away from zero; `-` only
    /// when the rounded value is not zero.
    mutating func appendFixed(_ value: Fraction, digits: Int) {
        append(atMost: ByteCursor.fixedLength(digits: digits)) { $0.appendFixed(value, digits: digits) }
    }
}
