/// An exact rational number `numerator / denominator` in 128-bit integers (denominator > 0).
///
/// Scores, coverages, weights and thresholds are decided on fractions, so that a value exactly on
/// a threshold is on it (six questions of weight 1/12 cover exactly one half, not
/// 0.49999999999999994). Comparisons multiply out in 256 bits and never overflow; fractions are
/// not reduced unless asked, equality is equality of values.
package struct Fraction: Sendable, Comparable, CustomStringConvertible, ExpressibleByIntegerLiteral {
    let numerator: Int128
    let denominator: Int128

    /// `numerator / denominator`; the sign moves to the numerator. `denominator` must not be 0.
    init(_ numerator: Int128, _ denominator: Int128) {
        if denominator < 0 {
            self.numerator = 0 - numerator
            self.denominator = 0 - denominator
        } else {
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// A whole number.
    init(_ integer: Int) { self.init(Int128(integer), 1) }

    package init(integerLiteral value: Int) { self.init(value) }

    static let zero = Fraction(0, 1)
    static let hundred = Fraction(100, 1)

    /// The exact decimal a `Double` was written as: its shortest round-tripping form (`0.1` is
    /// one tenth, not the binary number nearest to it). nil for non-finite values and for
    /// decimals beyond 128 bits.
    init?(decimal value: Double) {
        guard value.isFinite else { return nil }
        var mantissa: Int128 = 0, exponent = 0, digits = 0
        var afterPoint = false
        let text = Array("\(abs(value))".utf8)
        var index = 0
        while index < text.count {
            let byte = text[index]
            if byte == UInt8(ascii: ".") {
                afterPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                guard let power = Int(String(decoding: text[(index + 1)...], as: UTF8.self)) else { return nil }
                exponent += power
                break
            } else {
                guard digits < 36 else { return nil }
                mantissa = mantissa * 10 + Int128(byte - UInt8(ascii: "0"))
                if mantissa != 0 { digits += 1 }
                if afterPoint { exponent -= 1 }
            }
            index += 1
        }
        guard let scale = Fraction.powerOfTen(abs(exponent)) else { return nil }
        let signed = value < 0 ? 0 - mantissa : mantissa
        if exponent >= 0 {
            let (product, overflow) = signed.multipliedReportingOverflow(by: scale)
            guard !overflow else { return nil }
            self.init(product, 1)
        } else {
            self.init(signed, scale)
        }
    }

    /// 10^power, or nil beyond 128 bits.
    static func powerOfTen(_ power: Int) -> Int128? {
        guard power >= 0, power <= 37 else { return nil }
        var result: Int128 = 1
        for _ in 0..<power { result *= 10 }
        return result
    }

    /// The same value in lowest terms.
    var reduced: Fraction {
        let divisor = Fraction.gcd(numerator.magnitude, denominator.magnitude)
        guard divisor > 1 else { return self }
        return Fraction(numerator / Int128(divisor), denominator / Int128(divisor))
    }

    /// Greatest common divisor: in 64 bits when both fit (every score and weight).
    static func gcd(_ a: UInt128, _ b: UInt128) -> UInt128 {
        if let smallA = UInt64(exactly: a), let smallB = UInt64(exactly: b) { return UInt128(binaryGCD(smallA, smallB)) }
        return binaryGCD(a, b)
    }

    /// Greatest common divisor of unsigned integers of any width.
    static func gcd<Integer: FixedWidthInteger & UnsignedInteger>(_ a: Integer, _ b: Integer) -> Integer { binaryGCD(a, b) }

    /// The value as an `Int64` when it fits (every score and weight), found without the generic
    /// `Int64(exactly:)`.
    @inline(__always)
    static func small(_ value: Int128) -> Int64? {
        let truncated = Int64(truncatingIfNeeded: value)
        return Int128(truncated) == value ? truncated : nil
    }

    /// Greatest common divisor by the binary algorithm (no division).
    private static func binaryGCD<Integer: FixedWidthInteger & UnsignedInteger>(_ a: Integer, _ b: Integer) -> Integer {
        var a = a, b = b
        if a == 0 { return b }
        if b == 0 { return a }
        let shift = (a | b).trailingZeroBitCount
        a >>= a.trailingZeroBitCount
        repeat {
            b >>= b.trailingZeroBitCount
            if a > b { swap(&a, &b) }
            b -= a
        } while b != 0
        return a << shift
    }

    /// The value as the nearest `Double` (correctly rounded): equal fractions give equal
    /// doubles, and a larger fraction never gives a smaller double.
    var doubleValue: Double {
        // Both exactly representable: one IEEE division rounds correctly. (Conversions through
        // Int64: the generic Int128 -> Double conversion is slow.)
        let exactLimit: UInt128 = 0x20_0000_0000_0000  // 2^53
        if numerator.magnitude < exactLimit && denominator.magnitude < exactLimit {
            return Double(Int64(truncatingIfNeeded: numerator)) / Double(Int64(truncatingIfNeeded: denominator))
        }
        let magnitude = numerator.magnitude, divisor = denominator.magnitude
        // Scale so that the quotient has about 100 significant bits, then round once, with a
        // sticky bit for a non-zero remainder.
        let shift = max(0, 100 + (128 - divisor.leadingZeroBitCount) - (128 - magnitude.leadingZeroBitCount))
        let dividend = Fraction.shiftedLeft(magnitude, by: shift)
        guard dividend.high < divisor else { return Double(numerator) / Double(denominator) }
        let (quotient, remainder) = divisor.dividingFullWidth(dividend)
        let sticky: UInt128 = remainder == 0 ? 0 : 1
        let value = Double(quotient | sticky) * Double(sign: .plus, exponent: -shift, significand: 1)
        return numerator < 0 ? -value : value
    }

    /// `value << shift` in 256 bits.
    private static func shiftedLeft(_ value: UInt128, by shift: Int) -> (high: UInt128, low: UInt128) {
        if shift == 0 { return (0, value) }
        if shift >= 128 { return (value << (shift - 128), 0) }
        return (value >> (128 - shift), value << shift)
    }

    /// `|value| × 10^digits` rounded half away from zero, and whether the value is negative.
    /// nil when the result does not fit in 128 bits.
    func scaledRounded(digits: Int) -> (magnitude: UInt128, negative: Bool)? {
        if let (small, negative) = smallScaledRounded(digits: digits) { return (UInt128(small), negative) }
        let magnitude = numerator.magnitude, divisor = denominator.magnitude
        guard let scale = Fraction.powerOfTen(digits) else { return nil }
        // (2 |n| 10^d + den) / (2 den), in 256 bits.
        var product = magnitude.multipliedFullWidth(by: 2 * UInt128(scale))
        let (low, carry) = product.low.addingReportingOverflow(divisor)
        product.low = low
        if carry { product.high += 1 }
        let twice = divisor.multipliedReportingOverflow(by: 2)
        guard !twice.overflow, product.high < twice.partialValue else { return nil }
        return (twice.partialValue.dividingFullWidth(product).quotient, numerator < 0)
    }

    /// `scaledRounded` for at most four decimals of a value whose numerator and denominator are
    /// below 2^40 (every score and coverage), in 64-bit arithmetic; nil for other values.
    func smallScaledRounded(digits: Int) -> (magnitude: UInt64, negative: Bool)? {
        let magnitude = numerator.magnitude, divisor = denominator.magnitude
        let smallLimit: UInt128 = 0x100_0000_0000  // 2^40
        guard magnitude < smallLimit, divisor < smallLimit, digits <= 4 else { return nil }
        var scale: UInt64 = 1
        for _ in 0..<digits { scale *= 10 }
        let small = UInt64(truncatingIfNeeded: magnitude), smallDivisor = UInt64(truncatingIfNeeded: divisor)
        return ((2 * small * scale + smallDivisor) / (2 * smallDivisor), numerator < 0)
    }

    /// The value with exactly `digits` decimals, rounded half away from zero, `.` as decimal point.
    func fixed(digits: Int) -> String {
        var buffer = ByteBuffer()
        buffer.appendFixed(self, digits: digits)
        return buffer.string
    }

    package var description: String { "\(numerator)/\(denominator)" }

    package static func == (lhs: Fraction, rhs: Fraction) -> Bool { compare(lhs, rhs) == 0 }
    package static func < (lhs: Fraction, rhs: Fraction) -> Bool { compare(lhs, rhs) < 0 }

    /// -1, 0 or 1: `lhs` below, equal to or above `rhs`.
    package static func compare(_ lhs: Fraction, _ rhs: Fraction) -> Int {
        if lhs.denominator == rhs.denominator {
            return lhs.numerator == rhs.numerator ? 0 : (lhs.numerator < rhs.numerator ? -1 : 1)
        }
        // Every score and weight fits in 63 bits: the cross products are then two 64 x 64-bit
        // multiplications (a full 128-bit one costs three).
        if let a = small(lhs.numerator), let b = small(rhs.denominator), let c = small(rhs.numerator), let d = small(lhs.denominator) {
            return compare(a, over: d, with: c, over: b)
        }
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        if left.high != right.high { return left.high < right.high ? -1 : 1 }
        if left.low != right.low { return left.low < right.low ? -1 : 1 }
        return 0
    }

    /// -1, 0 or 1: `numerator / denominator` below, equal to or above `otherNumerator /
    /// otherDenominator` (both denominators positive), by exact cross products of 64-bit values.
    package static func compare(_ numerator: Int64, over denominator: Int64, with otherNumerator: Int64, over otherDenominator: Int64) -> Int {
        let left = numerator.multipliedFullWidth(by: otherDenominator), right = otherNumerator.multipliedFullWidth(by: denominator)
        if left.high != right.high { return left.high < right.high ? -1 : 1 }
        return left.low == right.low ? 0 : (left.low < right.low ? -1 : 1)
    }

    /// The sum, or nil when it does not fit in 128 bits.
    func adding(_ other: Fraction) -> Fraction? {
        if denominator == other.denominator {
            let (sum, overflow) = numerator.addingReportingOverflow(other.numerator)
            return overflow ? nil : Fraction(sum, denominator)
        }
        let (a, o1) = numerator.multipliedReportingOverflow(by: other.denominator)
        let (b, o2) = other.numerator.multipliedReportingOverflow(by: denominator)
        let (d, o3) = denominator.multipliedReportingOverflow(by: other.denominator)
        let (sum, o4) = a.addingReportingOverflow(b)
        guard !(o1 || o2 || o3 || o4) else { return nil }
        return Fraction(sum, d).reduced
    }

    /// The difference, or nil when it does not fit in 128 bits.
    func subtracting(_ other: Fraction) -> Fraction? {
        let (negated, overflow) = Int128(0).subtractingReportingOverflow(other.numerator)
        return overflow ? nil : adding(Fraction(negated, other.denominator))
    }

    /// The product, or nil when it does not fit in 128 bits.
    func multiplied(by other: Fraction) -> Fraction? {
        let (n, o1) = numerator.multipliedReportingOverflow(by: other.numerator)
        let (d, o2) = denominator.multipliedReportingOverflow(by: other.denominator)
        guard !(o1 || o2) else { return nil }
        return Fraction(n, d).reduced
    }

    /// `part / whole` (a share, 0-1); `whole` must be positive.
    static func share(_ part: Int, of whole: Int) -> Fraction { Fraction(Int128(part), Int128(whole)) }

    /// The sum of `values`, or nil when a step does not fit in 128 bits.
    static func sum(_ values: some Sequence<Fraction>) -> Fraction? {
        var total = Fraction.zero
        for value in values {
            guard let next = total.adding(value) else { return nil }
            total = next
        }
        return total
    }

    /// The mean of `values`, exactly; nil for none or when a step does not fit in 128 bits.
    static func mean(_ values: [Fraction]) -> Fraction? {
        guard !values.isEmpty else { return nil }
        return sum(values)?.divided(by: Fraction(values.count))
    }

    /// The quotient, or nil when `other` is zero or it does not fit in 128 bits.
    func divided(by other: Fraction) -> Fraction? {
        guard other.numerator != 0 else { return nil }
        return multiplied(by: Fraction(other.denominator, other.numerator))
    }
}
