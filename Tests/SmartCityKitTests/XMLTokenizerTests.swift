import XCTest
@testable import SmartCityKit

/// The strict XML tokenizer behind the workbook reader: what it reads, and each thing it refuses with where.
final class XMLTokenizerTests: XCTestCase {
    /// Every event of a document, start tags with their attributes as `name=value` pairs.
    private func events(_ xml: String) throws -> [String] {
        var tokenizer = try XMLTokenizer(Array(xml.utf8))
        var events: [String] = []
        while let event = try tokenizer.next() {
            switch event {
            case .start(let name): events.append("<\(name)" + tokenizer.attributes.map { " \($0.name)=\($0.value)" }.joined() + ">")
            case .end(let name): events.append("</\(name)>")
            case .text(let text): events.append(text)
            }
        }
        return events
    }

    /// The failure a document gives (fails the test when it reads).
    private func failure(_ xml: String, file: StaticString = #filePath, line: UInt = #line) -> XMLTokenizer.Failure? {
        failure(Array(xml.utf8), file: file, line: line)
    }

    private func failure(_ bytes: [UInt8], file: StaticString = #filePath, line: UInt = #line) -> XMLTokenizer.Failure? {
        do {
            var tokenizer = try XMLTokenizer(bytes)
            while try tokenizer.next() != nil {}
            XCTFail("read without an error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    func testTagsAttributesAndTextAreRead() throws {
        XCTAssertEqual(try events(#"<a x="1" y='two'><b/>text<c>more</c></a>"#),
                       ["<a x=1 y=two>", "<b>", "</b>", "text", "<c>", "more", "</c>", "</a>"])
    }

    func testTheFivePredefinedEntitiesAndCharacterReferencesAreDecoded() throws {
        XCTAssertEqual(try events(#"<a v="&quot;&apos;&#x41;">&lt;&gt;&amp;&#233;&#x1F600;</a>"#), [#"<a v="'A>"#, "<>&é😀", "</a>"])
    }

    func testCDATAIsTextAndCommentsAndProcessingInstructionsAreSkipped() throws {
        XCTAssertEqual(try events("\u{FEFF}<?xml version=\"1.0\"?><!-- note --><a><?pi data?><![CDATA[<b>&amp;]]><!-- x --></a><!-- after -->"),
                       ["<a>", "<b>&amp;", "</a>"])
    }

    func testNamespacePrefixesGiveLocalNames() throws {
        XCTAssertEqual(try events(#"<x:worksheet xmlns:x="urn:main"><x:c r:id="7"/></x:worksheet>"#),
                       ["<worksheet x=urn:main>", "<c id=7>", "</c>", "</worksheet>"])
    }

    func testLineEndsAreNormalisedInTextAndAttributes() throws {
        XCTAssertEqual(try events("<a v=\"1\r\n2\t3\">x\r\ny\rz</a>"), ["<a v=1 2 3>", "x\ny\nz", "</a>"])
    }

    func testADoctypeIsRefusedWithItsPlace() throws {
        let refused = try XCTUnwrap(failure("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">]>\n<a>&lol;</a>"))
        XCTAssertEqual([refused.line, refused.column], [2, 1])
        XCTAssertTrue(refused.message.contains("<!DOCTYPE>"), refused.message)
    }

    func testAnEntityDeclarationInsideTheDocumentIsRefused() throws {
        let refused = try XCTUnwrap(failure("<a>\n<b/><!ENTITY x \"y\"></a>"))
        XCTAssertEqual("\(refused.line):\(refused.column)", "2:5")
        XCTAssertTrue(refused.message.contains("markup declaration"), refused.message)
    }

    func testAnUndefinedEntityIsRefused() throws {
        let refused = try XCTUnwrap(failure("<a>x&nbsp;y</a>"))
        XCTAssertEqual(refused.column, 5)
        XCTAssertTrue(refused.message.contains("&nbsp; is not defined"), refused.message)
        XCTAssertTrue(failure("<a>AT&T</a>")?.message.contains("&amp;") ?? false)
        XCTAssertTrue(failure("<a>&#0;</a>")?.message.contains("not a character XML allows") ?? false)
        XCTAssertTrue(failure("<a>&#xD800;</a>")?.message.contains("not a character XML allows") ?? false)
    }

    func testMismatchedTagsAreRefused() throws {
        let refused = try XCTUnwrap(failure("<a><b></a>"))
        XCTAssertEqual(refused.column, 7)
        XCTAssertTrue(refused.message.contains("</a> does not match the open element <b>"), refused.message)
        XCTAssertTrue(failure("<a></a></b>")?.message.contains("closes no element") ?? false)
        XCTAssertTrue(failure("<a></a><b/>")?.message.contains("second root element") ?? false)
        XCTAssertTrue(failure("<a></a>tail")?.message.contains("text outside the root element") ?? false)
        XCTAssertTrue(failure(#"<a x="1" x="2"/>"#)?.message.contains("appears twice") ?? false)
        XCTAssertTrue(failure(#"<a x="1"y="2"/>"#)?.message.contains("expected a space") ?? false)
        XCTAssertTrue(failure(#"<a x="<"/>"#)?.message.contains("not allowed in an attribute value") ?? false)
    }

    func testATruncatedDocumentIsRefusedAtItsEnd() throws {
        let document = "<a>\n<b>one</b>\n<b>two</b>\n</a>"
        for length in 1..<document.utf8.count {
            let cut = Array(document.utf8.prefix(length))
            let refused = try XCTUnwrap(failure(cut), "cut after \(length) bytes")
            XCTAssertTrue(refused.message.contains("cut short") || refused.message.contains("expected"), "\(length): \(refused.message)")
        }
        XCTAssertTrue(failure("")?.message.contains("no root element") ?? false)
        XCTAssertTrue(failure("<a><!-- open")?.message.contains("inside a comment") ?? false)
    }

    func testInvalidUTF8AndForbiddenCharactersAreRefusedWithTheirPlace() throws {
        let refused = try XCTUnwrap(failure([UInt8]("<a>\nok ".utf8) + [0xC3, 0x28] + Array("</a>".utf8)))
        XCTAssertEqual([refused.line, refused.column, refused.offset], [2, 4, 7])
        XCTAssertTrue(refused.message.contains("not valid UTF-8"), refused.message)
        XCTAssertNotNil(failure([UInt8]("<a>".utf8) + [0xE0, 0x80, 0x80] + Array("</a>".utf8)), "an overlong encoding")
        XCTAssertNotNil(failure([UInt8]("<a>".utf8) + [0xED, 0xA0, 0x80] + Array("</a>".utf8)), "an encoded surrogate")
        XCTAssertTrue(failure("<a>\u{1}</a>")?.message.contains("U+0001") ?? false)
    }

    func testNestingBeyondTheLimitIsRefused() throws {
        let depth = XMLTokenizer.maximumDepth + 1
        let document = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        XCTAssertTrue(failure(document)?.message.contains("nest deeper") ?? false)
        XCTAssertNoThrow(try events(String(repeating: "<a>", count: depth - 1) + String(repeating: "</a>", count: depth - 1)))
    }
}

extension XMLTokenizer.Failure {
    /// The problem as the English wording of a workbook part says it.
    fileprivate var message: String { WorkbookPartWording.english.text(problem) }
}
