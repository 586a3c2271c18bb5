import Foundation
import XCTest
@testable import SmartCityKit

/// The ZIP container and DEFLATE decoding behind `.xlsx` workbooks.
final class ZipArchiveTests: XCTestCase {
    private static let folder = RenderingTests.fixtureFolder.appendingPathComponent("xlsx")

    /// An archive written by Python's zipfile (zlib): stored, level 9, level 1 on noise, level 6
    /// on 143 KB of words (dynamic blocks, long distances), and an empty entry.
    func testEntriesDeflatedByZlibDecompressToTheirChecksums() throws {
        let archive = try Array(Data(contentsOf: Self.folder.appendingPathComponent("deflated.zip")))
        let entries = try ZipArchive.read(archive)
        let expected = try String(contentsOf: Self.folder.appendingPathComponent("expected-crc.txt"), encoding: .utf8)
        for line in expected.split(separator: "\n") {
            let parts = line.split(separator: " ")
            let bytes = try XCTUnwrap(entries[String(parts[0])], String(parts[0]))
            XCTAssertEqual(bytes.count, Int(parts[1]), String(parts[0]))
            XCTAssertEqual(CRC32.checksum(bytes), UInt32(parts[2]), String(parts[0]))
        }
        XCTAssertEqual(String(decoding: try XCTUnwrap(entries["stored.txt"]), as: UTF8.self), "plain stored entry\n")
    }

    func testWrittenArchivesReadBack() throws {
        let files: [(name: String, bytes: [UInt8])] = [("a.txt", Array("één, twee".utf8)), ("dir/b.xml", Array(repeating: 65, count: 1000)), ("empty", [])]
        let archive = ZipArchive.write(files)
        let entries = try ZipArchive.read(archive)
        for file in files { XCTAssertEqual(entries[file.name], file.bytes, file.name) }
        XCTAssertEqual(ZipArchive.write(files), archive, "the same files give the same bytes")
    }

    func testDamagedDataGivesAnErrorNotACrash() {
        XCTAssertThrowsError(try ZipArchive.read(Array("not a zip at all".utf8)))
        var archive = ZipArchive.write([("a.txt", Array("hello".utf8))])
        archive[30 + 5] ^= 0xFF
        XCTAssertThrowsError(try ZipArchive.read(archive)) { error in
            XCTAssertTrue("\(error)".contains("checksum"), "\(error)")
        }
        XCTAssertThrowsError(try Inflate.decompress([0x07]), "reserved block type")
        XCTAssertThrowsError(try Inflate.decompress([0x01, 0x05, 0x00, 0x00, 0x00]), "a stored length that does not match its complement")
        XCTAssertEqual(try Inflate.decompress([0x01, 0x02, 0x00, 0xFD, 0xFF, 0x68, 0x69]), Array("hi".utf8))
        XCTAssertThrowsError(try Inflate.decompress(Array(repeating: 0x00, count: 3)))
    }
}
