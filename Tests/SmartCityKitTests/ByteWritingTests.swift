import XCTest
@testable import SmartCityKit

/// The byte writers of large outputs (`ByteCursor`, `ByteBuffer.append(atMost:_:)`), the 64-bit
/// fast paths of exact sums and spill records, and the 128-bit paths beside them.
final class ByteWritingTests: XCTestCase {
    /// `value` with four decimals, rounded half away from zero, by 128-bit arithmetic written
    /// out digit by digit: the reference the fast path must match.
    private func referenceFourDecimals(_ value: Fraction) -> String {
        let magnitude = value.numerator.magnitude, divisor = value.denominator.magnitude
        let scaled = (2 * magnitude * 10_000 + divisor) / (2 * divisor)
        let decimals = String(scaled % 10_000)
        let sign = value.numerator < 0 && scaled != 0 ? "-" : ""
        return sign + String(scaled / 10_000) + "." + String(repeating: "0", count: 4 - decimals.count) + decimals
    }

    private func fixed(_ value: Fraction, digits: Int) -> String {
        var buffer = ByteBuffer()
        buffer.appendFixed(value, digits: digits)
        return buffer.string
    }

    func testFourDecimalsRoundHalfAwayFromZeroOnBothSidesOfTheFastPathsLimit() {
        XCTAssertEqual(fixed(Fraction(1, 8), digits: 4), "0.1250")
        XCTAssertEqual(fixed(Fraction(2, 3), digits: 4), "0.6667")
        XCTAssertEqual(fixed(Fraction(5, 100_000), digits: 4), "0.0001", "exactly half a unit rounds away from zero")
        XCTAssertEqual(fixed(Fraction(-5, 100_000), digits: 4), "-0.0001")
        XCTAssertEqual(fixed(Fraction(-4, 100_000), digits: 4), "0.0000", "no minus on a value that rounds to zero")
        XCTAssertEqual(fixed(Fraction(100), digits: 4), "100.0000")
        XCTAssertEqual(fixed(Fraction(123_456_789, 1), digits: 4), "123456789.0000")
        let limit = Int128(1) << 40
        let edges: [Int128] = [1, 3, 7, limit - 1, limit, limit + 1, limit * 3 + 1]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int128 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int128(state >> 20)
        }
        for numerator in edges + (0..<200).map({ _ in next() }) {
            for denominator in edges + (0..<5).map({ _ in next() % (limit * 2) + 1 }) {
                for sign: Int128 in [1, -1] {
                    let value = Fraction(sign * numerator, denominator)
                    XCTAssertEqual(fixed(value, digits: 4), referenceFourDecimals(value), "\(value)")
                }
            }
        }
    }

    func testOtherDecimalCountsAndHugeValuesAreWrittenExactly() {
        XCTAssertEqual(fixed(Fraction(5, 2), digits: 0), "3")
        XCTAssertEqual(fixed(Fraction(-1, 3), digits: 2), "-0.33")
        XCTAssertEqual(fixed(Fraction(1, 7), digits: 9), "0.142857143")
        XCTAssertEqual(fixed(Fraction(Int128.max, 1), digits: 0), "170141183460469231731687303715884105727")
        XCTAssertEqual(fixed(Fraction(Int128(10).power(30) + 5, 10), digits: 1), "100000000000000000000000000000.5")
    }

    func testIntegersBeyond64BitsKeepEveryDigit() {
        var buffer = ByteBuffer()
        for value: Int128 in [0, 9, 10, -1, Int128(Int64.min), Int128(UInt64.max) + 1, Int128.max, Int128.min] {
            buffer.appendInteger(value)
            buffer.append(UInt8(ascii: " "))
        }
        XCTAssertEqual(buffer.string, "0 9 10 -1 -9223372036854775808 18446744073709551616 "
            + "170141183460469231731687303715884105727 -170141183460469231731687303715884105728 ")
        var padded = ByteBuffer()
        padded.append(atMost: 60) { $0.appendDigits(UInt128(10).power(20), minimumDigits: 25) }
        XCTAssertEqual(padded.string, "0000" + "1" + String(repeating: "0", count: 20))
    }

    func testAppendingThroughACursorKeepsWhatCameBeforeAndOnlyWhatWasWritten() {
        var buffer = ByteBuffer()
        buffer.append("head,")
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 5_000)
        buffer.append(atMost: 10_000) { cursor in long.withUnsafeBufferPointer { cursor.append($0) } }
        buffer.append(atMost: 8) { $0.append(UInt8(ascii: "!")) }
        XCTAssertEqual(buffer.count, 5 + 5_000 + 1)
        XCTAssertEqual(buffer.string, "head," + String(repeating: "x", count: 5_000) + "!")
    }

    func testCSVCellsWrittenAsBytesMatchTheTextEncodingWithinTheirBound() {
        let cells = ["plain", "", "a,b", "say \"hi\"", "\"\"\"", "=SUM(A1)", "-3", "-x", "@home", " padded ", "nul\u{0}here",
                     String(repeating: "\u{1}", count: 10), "\t=\"x\"", "Sint-Niklaas", "Liège, \"centre\"", "\u{7F}"]
        for cell in cells {
            var buffer = ByteBuffer()
            CSVWriter.appendText(cell, to: &buffer)
            XCTAssertEqual(buffer.string, CSVWriter.text(cell), cell.debugDescription)
            XCTAssertLessThanOrEqual(buffer.count, CSVWriter.encodedLength(cell), cell.debugDescription)
        }
    }

    func testExactSumsAgreeWithFractionArithmeticIn64And128Bits() throws {
        // (weight, numerator, denominator) terms: small ones (the 64-bit path) and ones whose
        // products pass 2^63 (the 128-bit path), in both orders.
        let small: [(Int64, Int64, Int64)] = [(3, 7, 12), (5, 0, 9), (1, 1, 1), (12, 25, 36), (7, 300, 360)]
        let large: [(Int64, Int64, Int64)] = [(1 << 34, 1 << 30, 3), (999_999_937, 1 << 35, 1_000_000_007), (2, 5, 1 << 20)]
        for terms in [small, large, small + large, large + small] {
            var sum = FractionSum()
            var expected = Fraction.zero
            for (weight, numerator, denominator) in terms {
                sum.add(weight, times: numerator, over: denominator)
                expected = try XCTUnwrap(expected.adding(Fraction(Int128(weight) * Int128(numerator), Int128(denominator))))
            }
            XCTAssertEqual(try XCTUnwrap(sum.value(dividedBy: 1)), expected)
        }
    }

    func testSpilledNumbersRoundTripAcrossThe64BitEdge() throws {
        let values: [Int128] = [0, 1, -1, 63, -64, 64, Int128(Int64.max), Int128(Int64.min), Int128(Int64.max) + 1,
                                Int128(Int64.min) - 1, Int128(UInt64.max), Int128.max, Int128.min]
        var writer = SpillWriter()
        writer.fields(atMost: values.count * SpillField.wideLength) { for value in values { $0.spillWide(value) } }
        var reader = SpillReader(bytes: writer.bytes, position: 0)
        for value in values { XCTAssertEqual(try reader.wide(), value) }
        XCTAssertEqual(reader.position, writer.bytes.count)
        // The 64-bit path writes the same bytes as zigzag LEB128 over 128 bits.
        var one = SpillWriter()
        one.fields(atMost: 2 * SpillField.wideLength) {
            $0.spillWide(-1)
            $0.spillWide(300)
        }
        XCTAssertEqual(one.bytes, [0x01, 0xD8, 0x04])
    }
}

private extension Int128 {
    func power(_ exponent: Int) -> Int128 { (0..<exponent).reduce(1) { product, _ in product * self } }
}

private extension UInt128 {
    func power(_ exponent: Int) -> UInt128 { (0..<exponent).reduce(1) { product, _ in product * self } }
}
