/// UTF-8 output built byte by byte: report lines for large cohorts without a `String` per cell.
/// Numbers are written with fixed decimals straight from exact values, locale-independent.
public struct ByteBuffer: Sendable {
    public var bytes: [UInt8] = []

    public init() {}

    public init(capacity: Int) { bytes.reserveCapacity(capacity) }

    public var count: Int { bytes.count }
    public var isEmpty: Bool { bytes.isEmpty }

    /// The bytes as a string (they are always UTF-8).
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    public mutating func append(_ byte: UInt8) { bytes.append(byte) }

    public mutating func append(_ text: String) { bytes.append(contentsOf: text.utf8) }

    public mutating func append(_ other: ByteBuffer) { bytes.append(contentsOf: other.bytes) }

    public mutating func append<Bytes: Sequence>(contentsOf sequence: Bytes) where Bytes.Element == UInt8 {
        bytes.append(contentsOf: sequence)
    }

    /// Empties the buffer, keeping its capacity.
    public mutating func removeAll() { bytes.removeAll(keepingCapacity: true) }

    /// A whole number in decimal digits.
    public mutating func appendInteger<Integer: BinaryInteger>(_ value: Integer) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        appendDigits(UInt128(truncatingIfNeeded: value.magnitude), minimumCount: 1)
    }

    /// `value` in decimal, left-padded with zeros to `minimumCount` (at most 20) digits: the
    /// digits are made on the stack and appended in one copy.
    private mutating func appendDigits(_ value: UInt64, minimumCount: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var rest = value, start = 20
            repeat {
                start -= 1
                digits[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            while 20 - start < min(minimumCount, 20) {
                start -= 1
                digits[start] = UInt8(ascii: "0")
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[start..<20]))
        }
    }

    /// `value` in decimal, left-padded with zeros to `minimumCount` digits.
    private mutating func appendDigits(_ value: UInt128, minimumCount: Int) {
        if value <= UInt128(truncatingIfNeeded: UInt64.max) {
            return appendDigits(UInt64(truncatingIfNeeded: value), minimumCount: minimumCount)
        }
        let start = bytes.count
        var rest = value
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10))
            rest /= 10
        } while rest > 0
        while bytes.count - start < minimumCount { bytes.append(UInt8(ascii: "0")) }
        bytes[start...].reverse()
    }

    /// `scaled / 10^digits` with `digits` (at most 4) decimals: made on the stack from the
    /// right and appended in one copy.
    private mutating func appendSmallFixed(_ scaled: UInt64, digits: Int) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 26) { text in
            var rest = scaled, start = 26
            for _ in 0..<digits {
                start -= 1
                text[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            }
            if digits > 0 {
                start -= 1
                text[start] = UInt8(ascii: ".")
            }
            repeat {
                start -= 1
                text[start] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
                rest /= 10
            } while rest > 0
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<26]))
        }
    }

    /// An exact value with exactly `digits` decimals, rounded half away from zero; `-` only
    /// when the rounded value is not zero.
    public mutating func appendFixed(_ value: Fraction, digits: Int) {
        guard let (scaled, negative) = value.scaledRounded(digits: digits) else {
            append(NumberFormat.fixed(value.doubleValue, digits: digits))
            return
        }
        if negative && scaled != 0 { bytes.append(UInt8(ascii: "-")) }
        if digits < Fraction.smallPowers.count, scaled <= UInt128(truncatingIfNeeded: UInt64.max) {
            // Every score: 64-bit arithmetic.
            appendSmallFixed(UInt64(truncatingIfNeeded: scaled), digits: digits)
            return
        }
        guard digits > 0 else {
            appendDigits(scaled, minimumCount: 1)
            return
        }
        var scale: UInt128 = 1
        for _ in 0..<digits { scale *= 10 }
        appendDigits(scaled / scale, minimumCount: 1)
        bytes.append(UInt8(ascii: "."))
        appendDigits(scaled % scale, minimumCount: digits)
    }
}
