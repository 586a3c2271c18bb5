import XCTest
@testable import SmartCityKit

/// A source that hands out its bytes a few at a time, to cross every chunk boundary.
struct TrickleByteSource: ByteSource {
    var bytes: [UInt8]
    var size: Int

    mutating func nextChunk() throws -> [UInt8]? {
        guard !bytes.isEmpty else { return nil }
        let chunk = Array(bytes.prefix(size))
        bytes.removeFirst(chunk.count)
        return chunk
    }
}

final class CSVReaderTests: XCTestCase {
    private func records(_ text: String, chunk: Int? = nil) throws -> [[String]] {
        try records(Array(text.utf8), chunk: chunk)
    }

    private func records(_ bytes: [UInt8], chunk: Int? = nil) throws -> [[String]] {
        var result: [[String]] = []
        if let chunk {
            var reader = CSVReader(source: TrickleByteSource(bytes: bytes, size: chunk))
            while let record = try reader.next() { result.append(record.fields) }
        } else {
            var reader = CSVReader(source: MemoryByteSource(bytes))
            while let record = try reader.next() { result.append(record.fields) }
        }
        return result
    }

    func testQuotesDoubledQuotesAndDelimitersInsideQuotes() throws {
        let text = "id,name,note\n1,\"Aalst, stad\",\"he said \"\"hi\"\"\"\n"
        XCTAssertEqual(try records(text), [["id", "name", "note"], ["1", "Aalst, stad", "he said \"hi\""]])
    }

    func testNewlinesInsideQuotesAndLineNumbers() throws {
        var reader = CSVReader(source: MemoryByteSource("id,note\n1,\"two\nlines\"\n2,x\n"))
        XCTAssertEqual(try reader.next(), CSVRecord(fields: ["id", "note"], line: 1))
        XCTAssertEqual(try reader.next(), CSVRecord(fields: ["1", "two\nlines"], line: 2))
        XCTAssertEqual(try reader.next(), CSVRecord(fields: ["2", "x"], line: 4))
        XCTAssertNil(try reader.next())
    }

    func testByteOrderMarkSemicolonsAndCRLF() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("id;score\r\n1;2,5\r\n2;3\r\n".utf8)
        var reader = CSVReader(source: MemoryByteSource(bytes))
        XCTAssertEqual(try reader.next()?.fields, ["id", "score"])
        XCTAssertEqual(reader.delimiter, UInt8(ascii: ";"))
        XCTAssertEqual(try reader.next()?.fields, ["1", "2,5"])
        XCTAssertEqual(try reader.next()?.fields, ["2", "3"])
        XCTAssertNil(try reader.next())
    }

    func testTabDelimiterAndBareCarriageReturns() throws {
        XCTAssertEqual(try records("id\tname\r1\tA\r2\tB"), [["id", "name"], ["1", "A"], ["2", "B"]])
    }

    func testRaggedRowsAreReturnedAsTheyAre() throws {
        XCTAssertEqual(try records("a,b,c\n1,2\n1,2,3,4\n"), [["a", "b", "c"], ["1", "2"], ["1", "2", "3", "4"]])
    }

    func testBlankAndTrailingLinesAreSkippedButEmptyFieldsKept() throws {
        XCTAssertEqual(try records("a,b\n\n1,\n,\n\n"), [["a", "b"], ["1", ""], ["", ""]])
        XCTAssertEqual(try records("a\n\"\"\n"), [["a"], [""]])
    }

    func testEmptyFile() throws {
        XCTAssertEqual(try records(""), [])
        XCTAssertEqual(try records([0xEF, 0xBB, 0xBF]), [])
    }

    func testUnterminatedQuoteIsAnError() {
        XCTAssertThrowsError(try records("a,b\n1,\"open\n2,3\n")) { error in
            XCTAssertEqual(error as? CSVSyntaxError, .unclosedQuote(line: 2))
            XCTAssertEqual((error as? CSVSyntaxError)?.message, "a quoted field opened on line 2 is never closed; add the closing '\"'")
        }
    }

    func testQuoteInsideUnquotedFieldIsKeptWithAWarning() throws {
        var reader = CSVReader(source: MemoryByteSource("a,b\n5\"7,x\n"))
        _ = try reader.next()
        XCTAssertEqual(try reader.next()?.fields, ["5\"7", "x"])
        XCTAssertEqual(reader.warnings.map(\.line), [2])
    }

    func testChunkBoundariesDoNotMatter() throws {
        let text = "\u{FEFF}id;naam;opm\r\n1;\"Sint-\"\"X\"\"\r\nlijn\";é\r\n2;b;c"
        let whole = try records(text)
        XCTAssertEqual(whole, [["id", "naam", "opm"], ["1", "Sint-\"X\"\r\nlijn", "é"], ["2", "b", "c"]])
        for size in 1...7 {
            XCTAssertEqual(try records(text, chunk: size), whole, "chunk size \(size)")
        }
    }

    func testDelimiterDetectionPrefersTheMostFrequent() throws {
        var reader = CSVReader(source: MemoryByteSource("\"a,b\";c;d\n1;2;3\n"))
        XCTAssertEqual(try reader.next()?.fields, ["a,b", "c", "d"])
        XCTAssertEqual(reader.delimiter, UInt8(ascii: ";"))
    }

    func testMixedLineEndingsAndTrailingDelimiters() throws {
        XCTAssertEqual(try records("a,b,\r\n1,2,\n3,4,\r5,6,"), [["a", "b", ""], ["1", "2", ""], ["3", "4", ""], ["5", "6", ""]])
    }

    func testQuotedEmptyFieldsAreMarked() throws {
        var reader = CSVReader(source: MemoryByteSource("a,b,c\n,\"\",x\n"))
        _ = try reader.next()
        let record = try XCTUnwrap(reader.next())
        XCTAssertEqual(record.fields, ["", "", "x"])
        XCTAssertEqual(record.quotedEmpty, [1], "only the quoted empty field")
    }

    func testExcelSeparatorHint() throws {
        var reader = CSVReader(source: MemoryByteSource("sep=;\r\nid;score,x\n1;2,5\n"))
        XCTAssertEqual(try reader.next(), CSVRecord(fields: ["id", "score,x"], line: 2))
        XCTAssertEqual(reader.delimiter, UInt8(ascii: ";"), "the hint wins over counting")
        XCTAssertEqual(try reader.next()?.fields, ["1", "2,5"])
        XCTAssertEqual(try records("sep=|\na|b\n"), [["a", "b"]])
        XCTAssertEqual(try records("separator,x\n1,2\n"), [["separator", "x"], ["1", "2"]], "only the exact hint")
        XCTAssertEqual(try records("\u{FEFF}sep=;\na;b\n", chunk: 1), [["a", "b"]], "after a byte order mark, in one-byte chunks")
    }
}
