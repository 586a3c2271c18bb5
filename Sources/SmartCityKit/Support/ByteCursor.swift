/// Writes bytes into memory that was set aside for them, without the checks and reallocation of
/// appending to an array byte by byte: `ResponseGenerator` writes millions of short cells into
/// chunks of rows, and `ByteBuffer.append(atMost:_:)` lets report rows be written the same way.
/// Every append checks the room (one comparison) and traps rather than write past the end.
struct ByteCursor {
    private let base: UnsafeMutablePointer<UInt8>
    private let capacity: Int
    /// How many bytes are written.
    private(set) var count = 0

    init(_ memory: UnsafeMutableBufferPointer<UInt8>) {
        base = memory.baseAddress!
        capacity = memory.count
    }

    mutating func append(_ byte: UInt8) {
        precondition(count < capacity, "byte cursor overflow")
        base[count] = byte
        count += 1
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        precondition(count + bytes.count <= capacity, "byte cursor overflow")
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    mutating func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    mutating func append(_ bytes: ArraySlice<UInt8>) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// The bytes of a literal.
    mutating func append(literal text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// The UTF-8 bytes of a string (copied without a scalar-by-scalar walk).
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
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
        precondition(count + Self.packedSlack <= capacity, "byte cursor overflow")
        UnsafeMutableRawPointer(base + count).storeBytes(of: word.littleEndian, as: UInt64.self)
        count += length
    }

    /// A non-negative whole number in decimal, at least `minimumDigits` digits (zero-padded).
    mutating func appendDigits(_ value: UInt64, minimumDigits: Int = 1) {
        var width = 1, higher = value / 10
        while higher > 0 { width += 1; higher /= 10 }
        width = max(width, minimumDigits)
        precondition(count + width <= capacity, "byte cursor overflow")
        var rest = value
        for position in (count..<count + width).reversed() {
            base[position] = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        count += width
    }

    /// A non-negative whole number of up to 128 bits in decimal, at least `minimumDigits` digits.
    mutating func appendDigits(_ value: UInt128, minimumDigits: Int = 1) {
        if let small = UInt64(exactly: value) { return appendDigits(small, minimumDigits: minimumDigits) }
        // Above 2^64: the low 19 digits, zero-padded, after the digits above them.
        let lowDigits: UInt128 = 10_000_000_000_000_000_000
        appendDigits(value / lowDigits, minimumDigits: max(1, minimumDigits - 19))
        appendDigits(UInt64(truncatingIfNeeded: value % lowDigits), minimumDigits: 19)
    }

    /// The most bytes `appendInteger` writes: a sign and 39 digits (128 bits).
    static let integerLength = 40

    /// A whole number in decimal.
    mutating func appendInteger<Integer: BinaryInteger>(_ value: Integer) {
        if value < 0 { append(UInt8(ascii: "-")) }
        appendDigits(UInt128(truncatingIfNeeded: value.magnitude))
    }

    /// The most bytes `appendFixed` writes: a sign, 39 digits (128 bits), the point and the decimals.
    static func fixedLength(digits: Int) -> Int { 41 + digits }

    /// An exact value with exactly `digits` decimals, rounded half away from zero; `-` only
    /// when the rounded value is not zero.
    mutating func appendFixed(_ value: Fraction, digits: Int) {
        if let (scaled, negative) = value.smallScaledRounded(digits: digits) {
            // Every score and coverage: 64-bit arithmetic, the digits stored directly.
            return appendScaled(scaled, negative: negative, digits: digits)
        }
        guard let (scaled, negative) = value.scaledRounded(digits: digits) else {
            append(NumberFormat.fixed(value.doubleValue, digits: digits))
            return
        }
        if negative && scaled != 0 { append(UInt8(ascii: "-")) }
        var scale: UInt128 = 1
        for _ in 0..<digits { scale *= 10 }
        appendDigits(scaled / scale)
        guard digits > 0 else { return }
        append(UInt8(ascii: "."))
        appendDigits(scaled % scale, minimumDigits: digits)
    }

    /// A `Double` with exactly `digits` decimals, as `NumberFormat.fixed` writes it: its digits
    /// stored directly when `NumberFormat.scaledRounded` settles the rounding (z-scores, means,
    /// deviations), else `NumberFormat.fixed`'s text. At most `fixedLength(digits:)` bytes.
    mutating func appendFixed(_ value: Double, digits: Int) {
        guard let (scaled, negative) = NumberFormat.scaledRounded(value, digits: digits) else {
            return append(NumberFormat.fixed(value, digits: digits))
        }
        appendScaled(scaled, negative: negative, digits: digits)
    }

    /// A fixed number given as its magnitude times 10^`digits` (rounded) and its sign: `-` only
    /// when the magnitude is not zero.
    private mutating func appendScaled(_ scaled: UInt64, negative: Bool, digits: Int) {
        if negative && scaled != 0 { append(UInt8(ascii: "-")) }
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        appendWholePart(scaled / scale)
        guard digits > 0 else { return }
        append(UInt8(ascii: "."))
        appendDecimals(scaled % scale, digits: digits)
    }

    /// The whole part of a fixed number: up to three digits (every score and coverage) stored
    /// directly, more through `appendDigits`.
    private mutating func appendWholePart(_ whole: UInt64) {
        guard whole < 1_000 else { return appendDigits(whole) }
        precondition(count + 3 <= capacity, "byte cursor overflow")
        let zero = UInt8(ascii: "0")
        if whole >= 100 { base[count] = zero + UInt8(truncatingIfNeeded: whole / 100); count += 1 }
        if whole >= 10 { base[count] = zero + UInt8(truncatingIfNeeded: whole / 10 % 10); count += 1 }
        base[count] = zero + UInt8(truncatingIfNeeded: whole % 10)
        count += 1
    }

    /// The decimals of a fixed number, zero-padded to `digits`: four (every report's) stored at once.
    private mutating func appendDecimals(_ decimals: UInt64, digits: Int) {
        guard digits == 4 else { return appendDigits(decimals, minimumDigits: digits) }
        precondition(count + 4 <= capacity, "byte cursor overflow")
        let zero = UInt8(ascii: "0")
        base[count] = zero + UInt8(truncatingIfNeeded: decimals / 1_000)
        base[count + 1] = zero + UInt8(truncatingIfNeeded: decimals / 100 % 10)
        base[count + 2] = zero + UInt8(truncatingIfNeeded: decimals / 10 % 10)
        base[count + 3] = zero + UInt8(truncatingIfNeeded: decimals % 10)
        count += 4
    }
}
