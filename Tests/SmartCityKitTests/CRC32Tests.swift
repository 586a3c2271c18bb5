import XCTest
@testable import SmartCityKit

/// The CRC-32 of ZIP archives, computed eight bytes at a time, against the standard's check values
/// and a bit-by-bit computation of the polynomial.
final class CRC32Tests: XCTestCase {
    /// The CRC-32 computed one bit at a time, as the standard defines it.
    private func bitwise(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? 0xEDB8_8320 ^ (crc >> 1) : crc >> 1 }
        }
        return ~crc
    }

    func testTheCheckValuesOfTheStandardAreMet() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([]), 0)
        XCTAssertEqual(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)), 0x414F_A339)
    }

    func testEveryLengthAndAlignmentGivesTheBitwiseChecksum() {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<80).map { _ in UInt8.random(in: 0...255, using: &generator) }
        for start in 0..<8 {
            for end in start...bytes.count {
                let part = Array(bytes[start..<end])
                let checksum = bytes.withUnsafeBytes { CRC32.update(0, UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
                XCTAssertEqual(checksum, bitwise(part), "bytes \(start)..<\(end) of \(bytes)")
            }
        }
    }

    func testAChecksumUpdatedPartByPartIsTheChecksumOfTheWhole() {
        let bytes = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
        let whole = CRC32.checksum(bytes)
        for cut in 0...bytes.count {
            let crc = bytes.withUnsafeBytes { all in
                CRC32.update(CRC32.update(0, UnsafeRawBufferPointer(rebasing: all[..<cut])), UnsafeRawBufferPointer(rebasing: all[cut...]))
            }
            XCTAssertEqual(crc, whole, "cut at \(cut)")
        }
    }
}
