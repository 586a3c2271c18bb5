import XCTest
@testable import SmartCityKit

final class SupportTests: XCTestCase {
    func testFixedDigitsAreLocaleIndependentAndRoundHalfAway() {
        XCTAssertEqual(NumberFormat.fixed(2.94047619, digits: 2), "2.94")
        XCTAssertEqual(NumberFormat.fixed(0.125, digits: 2), "0.13")
        XCTAssertEqual(NumberFormat.fixed(-0.125, digits: 2), "-0.13")
        XCTAssertEqual(NumberFormat.fixed(-0.001, digits: 2), "0.00")
        XCTAssertEqual(NumberFormat.fixed(100, digits: 4), "100.0000")
        XCTAssertEqual(NumberFormat.fixed(7, digits: 0), "7")
        XCTAssertEqual(NumberFormat.fixed(0.05, digits: 1), "0.1")
        XCTAssertEqual(NumberFormat.fixed(2.675, digits: 2), "2.68", "the decimal 2.675, not its binary expansion")
        XCTAssertEqual(NumberFormat.fixed(1.005, digits: 2), "1.01")
        XCTAssertEqual(NumberFormat.fixed(99.995, digits: 2), "100.00")
        XCTAssertEqual(NumberFormat.fixed(9.9999, digits: 0), "10")
        XCTAssertEqual(NumberFormat.fixed(1e-7, digits: 2), "0.00")
        XCTAssertEqual(NumberFormat.fixed(-1e-7, digits: 2), "0.00")
        XCTAssertEqual(NumberFormat.fixed(123456.5, digits: 0), "123457")
        XCTAssertEqual(NumberFormat.fixed(0.1 + 0.2, digits: 4), "0.3000")
        XCTAssertEqual(NumberFormat.percent(0.4367), "43.7 %")
        XCTAssertEqual(NumberFormat.plain(20), "20")
        XCTAssertEqual(NumberFormat.plain(0.5), "0.5")
        XCTAssertEqual(NumberFormat.plain(33.3333), "33.3333")
    }

    func testDoublesWrittenAsBytesEqualTheirFixedTextTiesAndAllAndTheClearOnesSkipTheText() {
        var values: [Double] = [2.94047619, 0.125, -0.125, -0.001, 100, 7, 0.05, 2.675, 1.005, 99.995, 9.9999, 1e-7, -1e-7, 123456.5,
                                0.1 + 0.2, 0.00005, -0.00005, 0.000049999, 1.23455, -1.23445, 4.2e9, -7.5e12, .nan, .infinity, -.infinity, -0.0]
        var generator = SplitMix64(seed: 25)
        for _ in 0..<20_000 {
            // z-scores and means of every size, and halves at the fourth and fifth decimal.
            let magnitude = Double(generator.next() % 2_000_000) / 1_000 - 1_000
            values += [magnitude, magnitude / 7, magnitude + 0.00005, Double(generator.next() % 100_000) / 100_000 - 0.5]
        }
        for value in values {
            for digits in [0, 2, 4] {
                var buffer = ByteBuffer()
                buffer.append(atMost: ByteCursor.fixedLength(digits: digits)) { $0.appendFixed(value, digits: digits) }
                XCTAssertEqual(buffer.string, NumberFormat.fixed(value, digits: digits), "\(value) with \(digits) decimals")
            }
        }
        XCTAssertNotNil(NumberFormat.scaledRounded(-1.23456789, digits: 4), "a value clear of a half is rounded without its text")
        XCTAssertNil(NumberFormat.scaledRounded(2.675, digits: 2), "a decimal tie is left to the shortest text")
        XCTAssertNil(NumberFormat.scaledRounded(5e9, digits: 4), "beyond 2^32 once scaled")
    }

    func testJSONStringsAreEscapedByteByByteAsTheStringWriterDid() {
        var bytes = ByteBuffer()
        JSONValue.quote("a\"b\\c\nd\re\tf\u{01}g\u{1F}é😀", into: &bytes)
        XCTAssertEqual(bytes.string, #""a\"b\\c\nd\re\tf\u0001g\u001fé😀""#)
        let value = JSONValue.object([("n", .decimal(-0.00004)), ("x", .exact(Fraction(-1, 3))), ("e", .array([])), ("o", .object([])),
                                      ("a", .array([.integer(-2), .null, .bool(true), .decimal(.nan), .precise(0.1)]))])
        XCTAssertEqual(value.rendered(), """
            {
              "n": 0.0000,
              "x": -0.3333,
              "e": [],
              "o": {},
              "a": [
                -2,
                null,
                true,
                null,
                0.1
              ]
            }
            """)
    }

    func testAnObjectWrittenStraightIntoBytesIsLaidOutAsTheSameJSONValue() {
        let value = JSONValue.object([
            ("id", .string("a\"b")), ("band", .null), ("selected", .bool(false)), ("empty", .object([])),
            ("measures", .object([("total", .object([("score", .exact(Fraction(7, 3))), ("rank", .integer(2)), ("zScore", .decimal(-0.125)),
                                                     ("percentile", .null), ("nan", .null)]))])),
            ("rankSum", .null),
        ])
        var bytes = ByteBuffer()
        bytes.append("  ")
        JSONObjectWriter.write(into: &bytes, indent: 2) { object in
            object.string("id", "a\"b")
            object.string("band", nil)
            object.bool("selected", false)
            object.object("empty") { _ in }
            object.object("measures") { measures in
                measures.object("total") { total in
                    total.number("score", Fraction(7, 3))
                    total.integer("rank", 2)
                    total.number("zScore", -0.125)
                    total.number("percentile", Fraction?.none)
                    total.number("nan", Double.nan)
                }
            }
            object.integer("rankSum", nil)
        }
        var text = "  "
        value.write(into: &text, indent: "  ")
        XCTAssertEqual(bytes.string, text)
        XCTAssertTrue(text.contains("\n        \"score\": 2.3333,\n"))
    }

    func testParsingAcceptsADecimalComma() {
        XCTAssertEqual(NumberFormat.parse("2,5"), 2.5)
        XCTAssertEqual(NumberFormat.parse(" 2.5 "), 2.5)
        XCTAssertEqual(NumberFormat.parse("-3"), -3)
        XCTAssertEqual(NumberFormat.parse("1,000.5"), 1000.5)
        XCTAssertEqual(NumberFormat.parse("1.000,5"), 1000.5)
        XCTAssertEqual(NumberFormat.parse("1\u{202F}234,5"), 1234.5, "narrow no-break space groups thousands")
        XCTAssertEqual(NumberFormat.parse("12\u{00A0}345"), 12345)
        XCTAssertEqual(NumberFormat.parse("1'234'567"), 1234567)
        XCTAssertEqual(NumberFormat.parse("1,234,567"), 1234567, "a separator seen twice groups thousands")
        XCTAssertEqual(NumberFormat.parse("1.234.567"), 1234567)
        XCTAssertNil(NumberFormat.parse("1,000.000,5"))
        XCTAssertNil(NumberFormat.parse("12€"))
        XCTAssertNil(NumberFormat.parse("abc"))
        XCTAssertNil(NumberFormat.parse(""))
        XCTAssertEqual(NumberFormat.parse("1e3"), 1000, "an exponent, as R and pandas read it")
        XCTAssertEqual(NumberFormat.parse("2.5E-1"), 0.25)
        XCTAssertNil(NumberFormat.parse("1e"))
        XCTAssertNil(NumberFormat.parse("1e999"), "beyond a Double is not a number")
        XCTAssertNil(NumberFormat.parse("nan"))
        XCTAssertNil(NumberFormat.parse("inf"))
    }

    func testSHA256KnownVectors() {
        XCTAssertEqual(SHA256.hex(of: []), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(of: Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var incremental = SHA256()
        let million = [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)
        for start in stride(from: 0, to: million.count, by: 65_537) {
            incremental.update(million[start..<min(start + 65_537, million.count)])
        }
        XCTAssertEqual(incremental.finalizeHex(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testSHA256GivesTheSameDigestWhateverTheBytesAreFedIn() {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 / 7) }
        let expected = "4aa5c0defa144a2770b197621af3a2da33ae735bc595b2efb8f562f8605d3520"  // Python's hashlib
        XCTAssertEqual(SHA256.hex(of: bytes), expected)
        // Pieces shorter than, as long as and longer than a 64-byte block, and empty ones.
        let sizes = [1, 63, 0, 64, 65, 127, 2, 500, 0, 1_000]
        var pieces = SHA256(), start = 0, turn = 0
        while start < bytes.count {
            let end = min(start + sizes[turn % sizes.count], bytes.count)
            pieces.update(bytes[start..<end])
            start = end
            turn += 1
        }
        XCTAssertEqual(pieces.finalizeHex(), expected)
        var repeated = SHA256()
        repeated.update(repeatElement(UInt8(ascii: "a"), count: 1_000))
        XCTAssertEqual(repeated.finalizeHex(), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3", "bytes not held contiguously")
    }

    func testJSONParserPositionsAndValues() throws {
        let node = try JSONParser.parse(Array("{\n  \"a\": [1, -2.5e1, \"x\\u00e9\\n\"],\n  \"é\": {\"b\": null}\n}".utf8))
        guard case .object(let members) = node.value else { return XCTFail("object expected") }
        XCTAssertEqual(members.map(\.key), ["a", "é"])
        XCTAssertEqual(members[1].keyLine, 3)
        XCTAssertEqual(members[1].keyColumn, 3)
        guard case .array(let elements) = members[0].value.value else { return XCTFail("array expected") }
        XCTAssertEqual(elements.map(\.column), [9, 12, 20])
        guard case .number(let number) = elements[1].value, case .string(let text) = elements[2].value else { return XCTFail() }
        XCTAssertEqual(number, -25)
        XCTAssertEqual(text, "xé\n")
        XCTAssertEqual(members[1].value["b"]?.typeName, "null")
        XCTAssertEqual(members[1].value.column, 8, "columns count characters, not bytes")
    }

    func testJSONParserErrors() {
        func error(_ text: String) -> JSONSyntaxError? {
            do { _ = try JSONParser.parse(Array(text.utf8)); return nil } catch { return error }
        }
        XCTAssertEqual(error("{\"a\": 1,}"), JSONSyntaxError(problem: .trailingComma(close: "}"), line: 1, column: 9))
        XCTAssertEqual(error("{\"a\": 1,}")?.message, "trailing comma before '}': remove the last ','")
        XCTAssertEqual(error("[1 2]"), JSONSyntaxError(problem: .expectedCommaOrClose(.character("2"), close: "]", .inArray), line: 1, column: 4))
        XCTAssertEqual(error("[1 2]")?.message, "unexpected character '2'; expected ',' or ']' in the array")
        XCTAssertEqual(error("{\"a\": 01}")?.message, "numbers may not have leading zeros")
        XCTAssertEqual(error("\"open")?.message, "unexpected end of file inside a string: a closing '\"' is missing")
        XCTAssertEqual(error("{} x"), JSONSyntaxError(problem: .afterEnd(.character("x")), line: 1, column: 4))
        XCTAssertEqual(error("{} x")?.message, "unexpected character 'x' after the end of the document")
        XCTAssertEqual(error("")?.message, "unexpected end of file: a value is missing (the file may be truncated)")
        XCTAssertEqual(error("{\"a\": tru}")?.message, "unexpected character '}'; expected 'true'")
    }

    func testDescriptiveStatisticsAndRanks() throws {
        let statistics = try XCTUnwrap(Descriptive([4, 1, 3, 2]))
        XCTAssertEqual(statistics.count, 4)
        XCTAssertEqual(statistics.mean, 2.5)
        XCTAssertEqual(statistics.median, 2.5)
        XCTAssertEqual(statistics.minimum, 1)
        XCTAssertEqual(statistics.maximum, 4)
        XCTAssertEqual(statistics.standardDeviation!, 1.2909944487358056, accuracy: 1e-12)
        XCTAssertEqual(Descriptive([7])?.median, 7)
        XCTAssertNil(Descriptive([7])?.standardDeviation)
        XCTAssertNil(Descriptive([]))
        let repeated = try XCTUnwrap(Descriptive([3, 1, 3, 3, 2, 1]))
        XCTAssertEqual(repeated.median, 2.5, "the middle of 1 1 2 3 3 3")
        XCTAssertEqual(repeated.mean, 13.0 / 6, accuracy: 1e-15)
    }

    func testRanksAreCompetitionRanksOfExactValues() {
        var counts = ValueCounts()
        // 70 and 210/3 are equal; 70 + 1e-13 is not, though it prints as 70.00.
        let values = [Fraction(50), Fraction(70), Fraction(210, 3), Fraction(70 * 10_000_000_000_000 + 1, 10_000_000_000_000), Fraction(40)]
        for value in values { counts.add(value) }
        let table = RankTable(counts)
        XCTAssertEqual(values.map { table.rank(of: $0) }, [4, 2, 2, 1, 5])
        XCTAssertEqual(table.rank(of: 100), 1, "above everyone")
        XCTAssertEqual(table.rank(of: 0), 6, "below everyone")
        XCTAssertEqual(counts.ascending.map(\.count), [1, 1, 2, 1])
    }

    func testManyDistinctValuesAreCountedAndRankedExactlyInACompactList() throws {
        // More distinct values than the dictionary holds; equal values written differently; a
        // value beyond 64 bits (one half); one that shares 70's Double but is not 70.
        var values: [Fraction] = (0..<9_000).map { (index: Int) -> Fraction in
            let numerator = Int128(index % 7_000 * 3 + 1), denominator = Int128(7 + index % 5)
            return Fraction(numerator, denominator)
        }
        let large: Int128 = 100_000_000_000_000_000, wide = Int128(Int64.max)
        values += [Fraction(70), Fraction(140, 2), Fraction(70 * large + 1, large), Fraction(wide * 4, wide * 8), Fraction(1, 2), Fraction(6, 7)]
        XCTAssertEqual(values[values.count - 4].doubleValue, 70)
        var counted = ValueCounts(), first = ValueCounts(), second = ValueCounts()
        for (index, value) in values.enumerated() {
            counted.add(value)
            if index % 3 == 0 { first.add(value) } else { second.add(value) }
        }
        first.merge(second)
        counted.compact()
        let table = RankTable(counted), merged = RankTable(first)
        let distinct = counted.ascending
        XCTAssertEqual(distinct.reduce(0) { $0 + $1.count }, values.count)
        XCTAssertTrue(zip(distinct.dropFirst(), distinct).allSatisfy { $0.value > $1.value }, "distinct, lowest first")
        XCTAssertEqual(distinct.map(\.count), first.ascending.map(\.count))
        let sampled: [Fraction] = stride(from: 0, to: values.count, by: 97).map { values[$0] }
        for probe in sampled + values[9_000...] + [Fraction(0), Fraction(1_000)] {
            let higher = values.filter { $0 > probe }.count, equal = values.filter { $0 == probe }.count
            XCTAssertEqual(table.rank(of: probe), higher + 1, "\(probe)")
            XCTAssertEqual(merged.rank(of: probe), higher + 1, "\(probe)")
            XCTAssertEqual(counted.count(of: probe), equal)
            let below = values.count - higher - equal
            let percentile = Fraction(Int128(2 * below + equal) * 100, Int128(2 * values.count))
            XCTAssertEqual(try XCTUnwrap(table.percentile(of: probe)), percentile)
        }
        XCTAssertEqual(Descriptive(exactCounts: distinct), Descriptive(exactCounts: Array(distinct)))
    }

    func testCompactListsCountValuesExactlyBeyondAnEntrysOwnCountAndWhenMerged() throws {
        // Thirds, a value counted 10,000 times (more than an entry holds) written as 2/6,
        // negative sevenths, and a second counter over fifths, with one third 5,000 times, merged in.
        var values: [Fraction] = (0..<5_000).map { Fraction(Int128($0), 3) }
        values += Array(repeating: Fraction(2, 6), count: 10_000)
        values += (0..<3_000).map { Fraction(Int128($0) - 1_500, 7) }
        let fifths: [Fraction] = (0..<6_000).map { Fraction(Int128($0 % 4_500), 5) } + Array(repeating: Fraction(1, 3), count: 5_000)
        var counted = ValueCounts(), other = ValueCounts()
        for value in values { counted.add(value) }
        for value in fifths { other.add(value) }
        counted.merge(other)
        counted.compact()
        let all = values + fifths
        let table = RankTable(counted)
        let distinct = counted.ascending
        XCTAssertEqual(distinct.reduce(0) { $0 + $1.count }, all.count)
        XCTAssertTrue(zip(distinct.dropFirst(), distinct).allSatisfy { $0.value > $1.value }, "distinct, lowest first")
        XCTAssertEqual(counted.count(of: Fraction(1, 3)), 1 + 10_000 + 5_000, "one third from the thirds, the repeats and the merged counter")
        XCTAssertEqual(distinct.values.entries.map(distinct.values.double(of:)), distinct.map(\.value.doubleValue), "each Double the correctly rounded value")
        for probe in [Fraction(1, 3), Fraction(-1_500, 7), Fraction(0), Fraction(4_499, 5), Fraction(4_999, 3), Fraction(1, 2), Fraction(-300), Fraction(2_000)] {
            let higher = all.filter { $0 > probe }.count, equal = all.filter { $0 == probe }.count
            XCTAssertEqual(table.rank(of: probe), higher + 1, "\(probe)")
            XCTAssertEqual(counted.count(of: probe), equal, "\(probe)")
            let below = all.count - higher - equal
            XCTAssertEqual(try XCTUnwrap(table.percentile(of: probe)), Fraction(Int128(2 * below + equal) * 100, Int128(2 * all.count)))
        }
        let sorted = all.sorted()
        let statistics = try XCTUnwrap(Descriptive(exactCounts: distinct))
        XCTAssertEqual(statistics.count, all.count)
        XCTAssertEqual(statistics.median, try XCTUnwrap(sorted[all.count / 2 - 1].adding(sorted[all.count / 2])).doubleValue / 2)
        XCTAssertEqual(statistics.minimum, sorted[0].doubleValue)
        XCTAssertEqual(statistics.maximum, sorted[all.count - 1].doubleValue)
    }

    func testItemStatusPositionsAreTheirPlacesInAllCases() {
        XCTAssertEqual(ItemStatus.allCases.map(\.position), Array(ItemStatus.allCases.indices))
        XCTAssertEqual(ItemStatus.all, ItemStatus.allCases)
    }

    func testAFormulaGuardIsDroppedWhenACellIsReadBack() {
        let read = { (cell: String) in AnswerDecoder.withBytes(cell) { String(decoding: CSVWriter.withoutFormulaGuard($0), as: UTF8.self) } }
        for value in ["=x", "+p", "@r", "-q;+p", "=SUM(A1)"] {
            XCTAssertEqual(CSVWriter.text(value), "'" + value, "neutralised when written")
            XCTAssertEqual(read(CSVWriter.text(value)), value, "and read back as it was")
        }
        XCTAssertEqual(read("'quoted'"), "'quoted'", "an apostrophe before anything else stays")
        XCTAssertEqual(read("'"), "'")
        XCTAssertEqual(read("-3"), "-3", "negative numbers are not neutralised, so there is nothing to drop")
    }

    func testTemplateListsEveryQuestion() {
        let renderer = TemplateRenderer(questionnaire: Fixtures.mini, language: "nl")
        XCTAssertEqual(renderer.csv(), "id,name,A1,A2,A3,B1,B2,B3,B4\n")
        let markdown = renderer.markdown()
        XCTAssertTrue(markdown.contains("## Bèta"))
        XCTAssertTrue(markdown.contains("**B2** B2?\n\n- Kies alle die van toepassing zijn (codes gescheiden door `;`):\n- `p` P"), markdown)
        XCTAssertTrue(markdown.contains("Bij elke vraag kan ook: `dk` = weet niet, `na` = n.v.t."), markdown)
        let withSection = TemplateRenderer(questionnaire: Fixtures.load(Fixtures.descriptiveQuestionnaire).questionnaire!, language: "en").markdown()
        XCTAssertTrue(withSection.contains("## Context\n\n**S1** Slogan?\n\n- Choose one:\n- `green` green"), withSection)
    }

    func testDiagnosticLimiterSummarisesFloods() {
        var limiter = DiagnosticLimiter(limit: 2)
        let cells = (2...6).map { Diagnostic.error(SourceLocation(file: "r.csv", row: $0, column: "A1"), "bad") }
        let other = Diagnostic.warning(SourceLocation(file: "r.csv", row: 2, column: "B1"), "odd")
        let text = Diagnostic.error(SourceLocation(file: "q.json", line: 1, column: 1), "broken")
        XCTAssertEqual(limiter.admit(cells + [other, text]), [cells[0], cells[1], other, text])
        XCTAssertEqual(limiter.admit([cells[0]]), [])
        XCTAssertEqual(limiter.summary(MessageStrings.english.notShown).map(\.description), [#"r.csv: error: column "A1": 4 more problems like the ones above were not shown"#])
        XCTAssertEqual(limiter.summary(MessageStrings.dutch.notShown).map(\.message), [#"kolom "A1": nog 4 problemen zoals hierboven werden niet getoond"#])
    }
}

final class FilePathTests: XCTestCase {
    func testFolderOfAPathIsWhatPrecedesItsLastComponent() {
        XCTAssertEqual(FilePath.folder(of: "D"), ".")
        XCTAssertEqual(FilePath.folder(of: "a/b"), "a")
        XCTAssertEqual(FilePath.folder(of: "a/b/"), "a")
        XCTAssertEqual(FilePath.folder(of: "/b"), "/")
        XCTAssertEqual(FilePath.folder(of: "/"), "/")
        XCTAssertEqual(FilePath.folder(of: "x//y"), "x")
    }

    func testNameOfAPathIsItsLastComponent() {
        XCTAssertEqual(FilePath.name(of: "D"), "D")
        XCTAssertEqual(FilePath.name(of: "a/b/"), "b")
        XCTAssertEqual(FilePath.name(of: "/"), "/")
    }

    func testJoinPutsOneSlashBetweenFolderAndName() {
        XCTAssertEqual(FilePath.join("a", "b"), "a/b")
        XCTAssertEqual(FilePath.join("a/", "b"), "a/b")
        XCTAssertEqual(FilePath.join("/", "b"), "/b")
    }

    func testMakingAFolderCreatesItsParentsAndThroughAFileNamesTheFile() throws {
        let folder = Fixtures.temporaryDirectory().path
        try POSIXFile.makeFolder(FilePath.join(folder, "new/reports"))
        XCTAssertTrue(POSIXFile.kind(of: FilePath.join(folder, "new/reports")).isFolder)
        try POSIXFile.makeFolder(FilePath.join(folder, "new/reports"))
        let file = FilePath.join(folder, "file")
        try POSIXFile.write([], to: file)
        XCTAssertTrue(POSIXFile.kind(of: file).exists)
        XCTAssertFalse(POSIXFile.kind(of: file).isFolder)
        XCTAssertThrowsError(try POSIXFile.makeFolder(FilePath.join(file, "reports/2026"))) { error in
            XCTAssertEqual((error as? POSIXFile.Failure)?.path, file)
            XCTAssertEqual((error as? POSIXFile.Failure).map(FileSystemWording.english.message), "is a file, not a folder: Not a directory")
        }
        XCTAssertFalse(POSIXFile.kind(of: FilePath.join(folder, "missing")).exists)
    }
}
