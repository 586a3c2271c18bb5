import Foundation
import XCTest
@testable import SmartCityKit

/// The ZIP reader's defences: every crafted archive of issue 24 is an error that names the entry
/// and the reason, never a crash or gigabytes of memory; archives as writers make them still read.
final class ZipArchiveLimitsTests: XCTestCase {
    private func failure(_ archive: [UInt8], limits: ZipArchive.Limits = ZipArchive.Limits(), file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            _ = try ZipArchive.read(archive, limits: limits)
            XCTFail("the archive was read", file: file, line: line)
            return ""
        } catch {
            return WorkbookZipWording.english.text(error.problem)
        }
    }

    private func assertMessage(_ message: String, contains parts: [String], file: StaticString = #filePath, line: UInt = #line) {
        for part in parts { XCTAssertTrue(message.contains(part), "\"\(message)\" should say \"\(part)\"", file: file, line: line) }
    }

    /// Issue 24: four directory entries pointing at one compressed stream.
    func testEntriesPointingAtOneStreamAreRefusedAsAliased() {
        let stream = RawZip.Part(name: "xl/worksheets/sheet1.xml", deflating: RawZip.repeatedBytes(matches: 400))
        var zip = RawZip()
        zip.add(stream)
        for number in 2...4 { zip.alias(stream, as: "xl/worksheets/sheet\(number).xml") }
        assertMessage(failure(zip.bytes()), contains: ["xl/worksheets/sheet1.xml and xl/worksheets/sheet2.xml point at the same data", "save the workbook again"])
    }

    /// An entry whose local header lies inside another entry's data: two readings of the same bytes.
    func testEntriesWhoseBytesOverlapAreRefused() {
        let inner = RawZip.Part(name: "b.xml", stored: Array("<b/>".utf8))
        let outer = RawZip.Part(name: "a.xml", stored: inner.localHeader + inner.data)
        var zip = RawZip()
        zip.add(outer)
        zip.directory += inner.directoryRecord(offset: 30 + outer.nameBytes.count)
        assertMessage(failure(zip.bytes()), contains: ["a.xml and b.xml share bytes", "save the workbook again"])
    }

    /// A local header placed inside the central directory's bytes.
    func testAnEntryOverlappingTheDirectoryIsRefused() {
        var zip = RawZip()
        zip.add(RawZip.Part(name: "a.xml", stored: Array("<a/>".utf8)))
        var archive = zip.bytes()
        // Point the entry at the directory itself: there is no local header before the directory there.
        let directoryOffset = archive.count - 22 - zip.directory.count
        archive.replaceSubrange((directoryOffset + 42)..<(directoryOffset + 46), with: RawZip.le32(UInt32(directoryOffset)))
        XCTAssertTrue(failure(archive).contains("save the workbook again"))
    }

    func testTwoEntriesWithOneNameAreRefused() {
        let twice = ZipArchive.write([("xl/workbook.xml", Array("<a/>".utf8)), ("xl/Workbook.xml", Array("<b/>".utf8))])
        assertMessage(failure(twice), contains: ["two entries named xl/Workbook.xml"])
    }

    func testInflatingPastTheArchiveBudgetIsRefusedNamingTheEntry() throws {
        let archive = ZipArchive.write([("a.xml", Array(repeating: 65, count: 600)), ("b.xml", Array(repeating: 66, count: 600))])
        var reader = try ZipArchive.Reader(archive, limits: ZipArchive.Limits(totalBytes: 1000))
        XCTAssertEqual(try reader.contents(of: "a.xml")?.count, 600)
        XCTAssertThrowsError(try reader.contents(of: "b.xml")) { error in
            assertMessage((error as? ZipArchive.Failure).map { WorkbookZipWording.english.text($0.problem) } ?? "", contains: ["b.xml", "past 1000 inflated bytes"])
        }
        XCTAssertEqual(reader.inflatedBytes, 600, "the refused entry was not inflated")
        XCTAssertNil(try reader.contents(of: "c.xml"), "an entry the archive does not hold is nil")
    }

    /// Parts whose declared sizes exceed the budget together are refused before any is inflated.
    func testPartsDeclaringMoreThanTheBudgetInAllAreRefusedAtOnce() throws {
        let archive = ZipArchive.write([("a.xml", Array(repeating: 65, count: 600)), ("b.xml", Array(repeating: 66, count: 700)), ("c.png", [1])])
        assertMessage(failure(archive, limits: ZipArchive.Limits(totalBytes: 1000)),
                      contains: ["its parts would inflate to 1301 bytes in all (the largest, b.xml, to 700), past the limit of 1000"])
        XCTAssertEqual(try ZipArchive.read(archive, limits: ZipArchive.Limits(totalBytes: 1000), including: { $0 != "b.xml" }).count, 2)
    }

    /// Only the entries asked for are inflated: a bomb in a part the reader never asks for costs nothing.
    func testOnlyTheEntriesAskedForAreInflated() throws {
        var zip = RawZip()
        zip.add(RawZip.Part(name: "xl/workbook.xml", stored: Array("<workbook/>".utf8)))
        zip.add(RawZip.Part(name: "xl/media/image1.png", deflating: RawZip.repeatedBytes(matches: 4000)))
        var reader = try ZipArchive.Reader(zip.bytes())
        XCTAssertEqual(try reader.contents(of: "XL/WORKBOOK.XML").map { String(decoding: $0, as: UTF8.self) }, "<workbook/>", "names compare without case")
        XCTAssertEqual(reader.inflatedBytes, 11)
        let read = try ZipArchive.read(zip.bytes(), including: { $0.hasSuffix(".xml") })
        XCTAssertEqual(Array(read.keys), ["xl/workbook.xml"])
    }

    /// An entry that claims 2 GB from 300 bytes is refused before anything is inflated.
    func testAClaimedRatioAboveTheLimitIsRefused() {
        var part = RawZip.Part(name: "xl/sharedStrings.xml", deflating: RawZip.repeatedBytes(matches: 20))
        part.size = 2_000_000_000
        var zip = RawZip()
        zip.add(part)
        assertMessage(failure(zip.bytes()), contains: ["xl/sharedStrings.xml", "more than 1000 times", "zip bomb"])
    }

    /// A real stream inflating about 160 times its size, under a ratio limit of 100 without floor.
    func testAStreamInflatingPastTheRatioLimitIsRefused() throws {
        let part = RawZip.Part(name: "x.xml", deflating: RawZip.repeatedBytes(matches: 100))
        var zip = RawZip()
        zip.add(part)
        XCTAssertGreaterThan(part.size, 100 * part.data.count)
        XCTAssertEqual(try ZipArchive.read(zip.bytes())["x.xml"]?.count, 1 + 258 * 100, "read within the default limits")
        assertMessage(failure(zip.bytes(), limits: ZipArchive.Limits(ratio: 100, ratioFloor: 0)), contains: ["x.xml", "more than 100 times"])
    }

    /// A stream that inflates to more than its entry declares stops at the declared size.
    func testAStreamLongerThanItsEntrySaysIsRefused() {
        var part = RawZip.Part(name: "x.xml", deflating: RawZip.repeatedBytes(matches: 100))
        part.size = 1000
        var zip = RawZip()
        zip.add(part)
        assertMessage(failure(zip.bytes()), contains: ["x.xml is damaged", "inflates to more than 1000 bytes"])
    }

    func testTinyInputsAreNotArchives() {
        for length in 0..<22 {
            let bytes = Array(([0x50, 0x4B, 0x05, 0x06] + [UInt8](repeating: 0, count: 18)).prefix(length))
            assertMessage(failure(bytes), contains: ["not a ZIP archive"])
        }
        XCTAssertEqual(try ZipArchive.read([0x50, 0x4B, 0x05, 0x06] + Array(repeating: 0, count: 18)), [:], "an empty archive is empty")
    }

    /// A real workbook (the tool's template) cut short, or with its entries cut short under an
    /// intact directory, is an error, never a crash or a partial read.
    func testTruncatedWorkbooksAreErrors() throws {
        let template = TemplateRenderer(questionnaire: Fixtures.iMonitor, language: "nl").workbook()
        XCTAssertNoThrow(try ZipArchive.read(template))
        for length in stride(from: 0, to: template.count, by: 4_999) {
            XCTAssertThrowsError(try ZipArchive.read(Array(template.prefix(length))), "cut at \(length)")
        }
        XCTAssertThrowsError(try ZipArchive.read(Array(template.dropLast())))
        let tail = template.suffix(22)
        let directoryStart = Int(tail[tail.startIndex + 16]) | Int(tail[tail.startIndex + 17]) << 8 | Int(tail[tail.startIndex + 18]) << 16
        for cut in stride(from: 0, to: directoryStart, by: 1_009) {
            XCTAssertThrowsError(try ZipArchive.read(Array(template[..<cut] + template[directoryStart...])), "entries cut at \(cut)")
        }
    }

    func testALocalHeaderThatDisagreesWithTheDirectoryIsRefused() {
        var archive = ZipArchive.write([("xl/workbook.xml", Array("<a/>".utf8))])
        archive[30] = UInt8(ascii: "X")
        assertMessage(failure(archive), contains: ["xl/workbook.xml is damaged (its local header does not match the directory)"])
        var sizes = ZipArchive.write([("a.xml", Array("<a/>".utf8))])
        sizes[22] = 9
        assertMessage(failure(sizes), contains: ["a.xml is damaged"])
    }

    /// Bit 3: sizes and CRC after the data (with or without the optional signature), as
    /// LibreOffice and Java's ZipOutputStream write them.
    func testDataDescriptorsAreRead() throws {
        for signed in [true, false] {
            var part = RawZip.Part(name: "xl/styles.xml", deflating: RawZip.repeatedBytes(matches: 3))
            part.descriptor = signed ? .signed : .unsigned
            var zip = RawZip()
            zip.add(part)
            zip.add(RawZip.Part(name: "after.xml", stored: Array("<z/>".utf8)))
            let entries = try ZipArchive.read(zip.bytes())
            XCTAssertEqual(entries["xl/styles.xml"], [0] + Array(repeating: 0, count: 3 * 258), "signed: \(signed)")
            XCTAssertEqual(entries["after.xml"], Array("<z/>".utf8))
        }
        var wrong = RawZip.Part(name: "a.xml", stored: Array("<a/>".utf8))
        wrong.descriptor = .signed
        wrong.descriptorCRC = 1
        var zip = RawZip()
        zip.add(wrong)
        assertMessage(failure(zip.bytes()), contains: ["a.xml is damaged"])
    }

    func testZip64EncryptedAndUnknownMethodsAreRefusedWithTheFix() {
        var zip64 = ZipArchive.write([("a.xml", [])])
        zip64.replaceSubrange((zip64.count - 12)..<(zip64.count - 10), with: [0xFF, 0xFF])
        assertMessage(failure(zip64), contains: ["ZIP64"])
        var encrypted = RawZip.Part(name: "a.xml", stored: [1])
        encrypted.flags = 1
        var zip = RawZip()
        zip.add(encrypted)
        assertMessage(failure(zip.bytes()), contains: ["a.xml is encrypted", "remove the password"])
        var bzip = RawZip.Part(name: "b.xml", stored: [1])
        bzip.method = 12
        zip = RawZip()
        zip.add(bzip)
        assertMessage(failure(zip.bytes()), contains: ["b.xml is compressed with method 12"])
    }

    /// The reader's errors reach the user through the workbook reader, naming the part.
    func testAWorkbookWithAliasedSheetsIsNotReadable() {
        let stream = RawZip.Part(name: "xl/workbook.xml", stored: Array("<workbook/>".utf8))
        var zip = RawZip()
        zip.add(stream)
        zip.alias(stream, as: "xl/worksheets/sheet1.xml")
        XCTAssertThrowsError(try WorkbookReader.read(zip.bytes())) { error in
            assertMessage((error as? WorkbookReader.Failure)?.message ?? "", contains: ["is not a readable workbook", "point at the same data"])
        }
    }
}

/// ZIP archives built field by field, to craft what ZipArchive.write never writes: deflated
/// entries, data descriptors, entries aliased or overlapping.
struct RawZip {
    enum Descriptor { case signed, unsigned }

    /// One entry: its compressed data and the fields of its headers.
    struct Part {
        var nameBytes: [UInt8]
        var data: [UInt8]
        var method: UInt16
        var size: Int
        var crc: UInt32
        var flags: UInt16 = 0x0800
        var descriptor: Descriptor?
        var descriptorCRC: UInt32?

        init(name: String, stored: [UInt8]) {
            nameBytes = Array(name.utf8)
            data = stored
            method = 0
            size = stored.count
            crc = CRC32.checksum(stored)
        }

        init(name: String, deflating inflated: (stream: [UInt8], inflated: [UInt8])) {
            nameBytes = Array(name.utf8)
            data = inflated.stream
            method = 8
            size = inflated.inflated.count
            crc = CRC32.checksum(inflated.inflated)
        }

        private var headerFlags: UInt16 { descriptor == nil ? flags : flags | 0x08 }

        var localHeader: [UInt8] {
            let zeroed = descriptor != nil
            return RawZip.le32(0x0403_4B50) + RawZip.le16(20) + RawZip.le16(headerFlags) + RawZip.le16(method) + RawZip.le32(0)
                + RawZip.le32(zeroed ? 0 : crc) + RawZip.le32(zeroed ? 0 : UInt32(data.count)) + RawZip.le32(zeroed ? 0 : UInt32(truncatingIfNeeded: size))
                + RawZip.le16(UInt16(nameBytes.count)) + RawZip.le16(0) + nameBytes
        }

        var descriptorBytes: [UInt8] {
            guard let descriptor else { return [] }
            return (descriptor == .signed ? RawZip.le32(0x0807_4B50) : []) + RawZip.le32(descriptorCRC ?? crc) + RawZip.le32(UInt32(data.count))
                + RawZip.le32(UInt32(truncatingIfNeeded: size))
        }

        func directoryRecord(offset: Int, name: [UInt8]? = nil) -> [UInt8] {
            let name = name ?? nameBytes
            return RawZip.le32(0x0201_4B50) + RawZip.le16(20) + RawZip.le16(20) + RawZip.le16(headerFlags) + RawZip.le16(method) + RawZip.le32(0)
                + RawZip.le32(crc) + RawZip.le32(UInt32(data.count)) + RawZip.le32(UInt32(truncatingIfNeeded: size))
                + RawZip.le16(UInt16(name.count)) + RawZip.le16(0) + RawZip.le16(0) + RawZip.le16(0) + RawZip.le16(0) + RawZip.le32(0)
                + RawZip.le32(UInt32(offset)) + name
        }
    }

    var entries: [UInt8] = []
    var directory: [UInt8] = []
    private var offsets: [[UInt8]: Int] = [:]

    mutating func add(_ part: Part) {
        offsets[part.nameBytes] = entries.count
        directory += part.directoryRecord(offset: entries.count)
        entries += part.localHeader + part.data + part.descriptorBytes
    }

    /// A second directory entry, named `name`, for the data of a part already added.
    mutating func alias(_ part: Part, as name: String) {
        directory += part.directoryRecord(offset: offsets[part.nameBytes] ?? 0, name: Array(name.utf8))
    }

    func bytes() -> [UInt8] {
        var directory = directory
        // Records come from `add`, `alias` and tests that append their own: count them.
        var records = 0, position = 0
        while position + 46 <= directory.count {
            records += 1
            position += 46 + Int(directory[position + 28]) + Int(directory[position + 29]) << 8
        }
        directory += RawZip.le32(0x0605_4B50) + RawZip.le16(0) + RawZip.le16(0) + RawZip.le16(UInt16(records)) + RawZip.le16(UInt16(records))
            + RawZip.le32(UInt32(self.directory.count)) + RawZip.le32(UInt32(entries.count)) + RawZip.le16(0)
        return entries + directory
    }

    static func le16(_ value: UInt16) -> [UInt8] { [UInt8(value & 0xFF), UInt8(value >> 8)] }
    static func le32(_ value: UInt32) -> [UInt8] { le16(UInt16(value & 0xFFFF)) + le16(UInt16(value >> 16)) }

    /// A fixed-Huffman DEFLATE stream: the byte 0, then `matches` copies of 258 bytes at
    /// distance 1 (13 bits each, so about 160 inflated bytes per compressed byte), and what it inflates to.
    static func repeatedBytes(matches: Int) -> (stream: [UInt8], inflated: [UInt8]) {
        var bits = BitWriter()
        bits.write(1, count: 1)           // final block
        bits.write(1, count: 2)           // fixed Huffman
        bits.writeCode(0x30, length: 8)   // literal 0
        for _ in 0..<matches {
            bits.writeCode(0xC5, length: 8)  // length symbol 285: 258 bytes
            bits.writeCode(0, length: 5)     // distance symbol 0: distance 1
        }
        bits.writeCode(0, length: 7)      // end of block (symbol 256)
        return (bits.bytes, Array(repeating: 0, count: 1 + 258 * matches))
    }

    /// Bits packed from the least significant bit up, as DEFLATE reads them.
    private struct BitWriter {
        var bytes: [UInt8] = []
        private var used = 8

        mutating func write(_ value: Int, count: Int) {
            for bit in 0..<count {
                if used == 8 { bytes.append(0); used = 0 }
                bytes[bytes.count - 1] |= UInt8((value >> bit) & 1) << used
                used += 1
            }
        }

        /// A Huffman code, written from its most significant bit.
        mutating func writeCode(_ code: Int, length: Int) {
            for bit in stride(from: length - 1, through: 0, by: -1) { write((code >> bit) & 1, count: 1) }
        }
    }
}
