import Foundation
import XCTest
@testable import SmartCityKit

/// The streaming ZIP writer: read back by our reader and by Python's zipfile, ZIP64 included.
final class ZipStreamWriterTests: XCTestCase {
    private static let files: [(name: String, bytes: [UInt8])] = [
        ("a.txt", Array("hello".utf8)),
        ("empty", []),
        ("noise.bin", DeflateTests.randomBytes(100_000, seed: 5)),
        ("xl/worksheets/sheet1 ü.xml", Array(String(repeating: "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>", count: 5_000).utf8)),
    ]

    /// The files, then one entry staged in a temporary file in two parts.
    private func archive(zip64Limit: Int) throws -> [UInt8] {
        var archive: [UInt8] = []
        let zip = ZipStreamWriter(zip64Limit: zip64Limit) { archive += $0 }
        for file in Self.files { try zip.add(file.name, bytes: file.bytes) }
        let staged = try StagedZipEntry(temporaryFolder: Fixtures.temporaryDirectory().path)
        try staged.write(Self.files[3].bytes)
        try staged.write(Self.files[2].bytes)
        try zip.add("staged.xml", staged)
        try zip.finish()
        return archive
    }

    private var expected: [String: [UInt8]] {
        var entries = Dictionary(uniqueKeysWithValues: Self.files.map { ($0.name, $0.bytes) })
        entries["staged.xml"] = Self.files[3].bytes + Self.files[2].bytes
        return entries
    }

    func testOurReaderReadsEveryEntryBackDeflated() throws {
        let archive = try archive(zip64Limit: 0xFFFF_FFFF)
        XCTAssertEqual(try ZipArchive.read(archive), expected)
        XCTAssertLessThan(archive.count, 2 * 100_000 + 10_000, "the noise twice, stored; the 200 KB of repeated rows deflated to almost nothing")
    }

    func testPythonsZipfileReadsThePlainAndTheZIP64Archive() throws {
        let folder = Fixtures.temporaryDirectory()
        for (name, limit) in [("plain", 0xFFFF_FFFF), ("zip64", 0)] {
            let archive = try archive(zip64Limit: limit)
            let hasZip64End = archive.indices.dropLast(3).contains { archive[$0] == 0x50 && archive[$0 + 1] == 0x4B && archive[$0 + 2] == 6 && archive[$0 + 3] == 6 }
            XCTAssertEqual(hasZip64End, limit == 0, "\(name): a ZIP64 end record only where a value passes the limit")
            try Data(archive).write(to: folder.appendingPathComponent("\(name).zip"))
        }
        let script = """
            import sys, zipfile
            for name in ("plain", "zip64"):
                with zipfile.ZipFile(f"{sys.argv[1]}/{name}.zip") as archive:
                    assert archive.testzip() is None
                    archive.extractall(f"{sys.argv[1]}/{name}")
            """
        try DeflateTests.runPython(script, arguments: [folder.path])
        for name in ["plain", "zip64"] {
            for (entry, bytes) in expected {
                XCTAssertEqual([UInt8](try Data(contentsOf: folder.appendingPathComponent("\(name)/\(entry)"))), bytes, "\(name): \(entry)")
            }
        }
    }
}
