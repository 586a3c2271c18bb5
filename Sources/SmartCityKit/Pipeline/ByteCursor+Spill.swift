/// How the fields of spill records are encoded; `SpillReader` reads them back.
extension ByteCursor {
    mutating func spillUnsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        append(UInt8(rest))
    }

    mutating func spillWide(_ value: Int128) {
        // Zigzag, then LEB128: in 64 bits when the value fits (every score and weight).
        if let small = Fraction.small(value) { return spillUnsigned(UInt64(bitPattern: (small << 1) ^ (small >> 63))) }
        var rest = UInt128(bitPattern: (value << 1) ^ (value >> 127))
        while rest >= 0x80 {
            append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        append(UInt8(rest))
    }

    /// Bytes after their count.
    mutating func spillByteRun(_ run: UnsafeBufferPointer<UInt8>) {
        spillUnsigned(UInt64(run.count))
        append(run)
    }

    mutating func spillString(_ text: String) {
        var text = text
        text.withUTF8 { spillByteRun($0) }
    }

    mutating func spillFraction(_ value: Fraction?) {
        guard let value else { return append(0) }
        append(1)
        spillWide(value.numerator)
        spillWide(value.denominator)
    }

    mutating func spillIndex(_ value: Int?) { spillUnsigned(value.map { UInt64($0) + 1 } ?? 0) }

    /// A row number in 8 bytes, little-endian, so that it can be set in place later.
    mutating func spillFixedRow(_ row: Int) {
        var value = UInt64(max(row, 0))
        for _ in 0..<8 {
            append(UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
    }

    mutating func spillDouble(_ value: Double?) {
        guard let value else { return append(0) }
        append(1)
        spillUnsigned(value.bitPattern)
    }

    mutating func spillIncomplete(_ reason: IncompleteReason?) {
        switch reason {
        case nil: append(0)
        case .notSubmitted?: append(1)
        case .notFinished?: append(2)
        case .partialProgress(let percent)?: append(3); spillDouble(percent)
        case .lowCoverage(let coverage)?: append(4); spillFraction(coverage)
        }
    }

    mutating func spillAnswer(_ answer: Answer) {
        switch answer {
        case .blank: append(0)
        case .notShown: append(1)
        case .invalid: append(2)
        case .nonAnswer(.dontKnow): append(3)
        case .nonAnswer(.notApplicable): append(4)
        case .number(let value): append(5); spillUnsigned(value.bitPattern)
        case .choice(let option): append(6); spillUnsigned(UInt64(option))
        case .choices(let options): append(7); spillUnsigned(options.bits)
        case .yesNo(let yes): append(yes ? 9 : 8)
        }
    }
}
