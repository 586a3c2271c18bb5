/// Reads the fields `SpillWriter` and the `ByteCursor` spill encoders wrote.
struct SpillReader {
    let bytes: [UInt8]
    private(set) var position: Int
    var end: Int

    init(bytes: [UInt8], position: Int, end: Int? = nil) {
        self.bytes = bytes
        self.position = position
        self.end = end ?? bytes.count
    }

    mutating func byte() throws(SpillError) -> UInt8 {
        guard position < end else { throw .damaged }
        defer { position += 1 }
        return bytes[position]
    }

    /// A row number written by `SpillWriter.fixedRow`.
    mutating func fixedRow() throws(SpillError) -> Int {
        guard end - position >= 8 else { throw .damaged }
        var value: UInt64 = 0
        for offset in 0..<8 { value |= UInt64(bytes[position + offset]) << (8 * offset) }
        position += 8
        guard value <= UInt64(Int.max) else { throw .damaged }
        return Int(value)
    }

    /// A record's length prefix, or nil when the bytes end inside it.
    mutating func lengthPrefix() -> Int? { try? Int(unsigned()) }

    mutating func unsigned() throws(SpillError) -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw .damaged }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func wide() throws(SpillError) -> Int128 {
        // Up to nine bytes (63 bits: every score and weight) in 64-bit arithmetic.
        var small: UInt64 = 0, smallShift: UInt64 = 0
        while smallShift < 63 {
            let next = try byte()
            small |= UInt64(next & 0x7F) << smallShift
            if next < 0x80 { return Int128(Int64(bitPattern: small >> 1) ^ (0 - Int64(bitPattern: small & 1))) }
            smallShift += 7
        }
        var value = UInt128(small), shift = UInt128(smallShift)
        while true {
            let next = try byte()
            guard shift < 128 else { throw .damaged }
            value |= UInt128(next & 0x7F) << shift
            if next < 0x80 { break }
            shift += 7
        }
        return Int128(bitPattern: value >> 1) ^ (0 - Int128(bitPattern: value & 1))
    }

    mutating func string() throws(SpillError) -> String { String(decoding: try byteRun(), as: UTF8.self) }

    /// Bytes written by `SpillWriter.byteRun`.
    mutating func byteRun() throws(SpillError) -> ArraySlice<UInt8> {
        let length = Int(try unsigned())
        guard length <= end - position else { throw .damaged }
        defer { position += length }
        return bytes[position..<position + length]
    }

    mutating func fraction() throws(SpillError) -> Fraction? {
        guard try byte() == 1 else { return nil }
        let numerator = try wide(), denominator = try wide()
        guard denominator > 0 else { throw .damaged }
        return Fraction(numerator, denominator)
    }

    mutating func index() throws(SpillError) -> Int? {
        let value = try unsigned()
        return value == 0 ? nil : Int(value - 1)
    }

    mutating func double() throws(SpillError) -> Double? {
        guard try byte() == 1 else { return nil }
        return Double(bitPattern: try unsigned())
    }

    mutating func incomplete() throws(SpillError) -> IncompleteReason? {
        switch try byte() {
        case 0: return nil
        case 1: return .notSubmitted
        case 2: return .notFinished
        case 3: return .partialProgress(percent: try double() ?? 0)
        case 4: return .lowCoverage(try fraction() ?? .zero)
        default: throw .damaged
        }
    }

    mutating func answer() throws(SpillError) -> Answer {
        switch try byte() {
        case 0: return .blank
        case 1: return .notShown
        case 2: return .invalid
        case 3: return .nonAnswer(.dontKnow)
        case 4: return .nonAnswer(.notApplicable)
        case 5: return .number(Double(bitPattern: try unsigned()))
        case 6: return .choice(Int(try unsigned()))
        case 7: return .choices(OptionSelection(bits: try unsigned()))
        case 8: return .yesNo(false)
        case 9: return .yesNo(true)
        default: throw .damaged
        }
    }
}
