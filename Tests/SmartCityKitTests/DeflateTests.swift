import Foundation
import XCTest
@testable import SmartCityKit

/// Our DEFLATE compressor, read back by our `Inflate` and by Python's zlib.
final class DeflateTests: XCTestCase {
    /// The same bytes on every run (xorshift).
    static func randomBytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var state = seed | 1
        return (0..<count).map { _ in
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return UInt8(truncatingIfNeeded: state >> 24)
        }
    }

    static func deflated(_ input: [UInt8], chunk: Int = 1 << 16) -> [UInt8] {
        let deflate = Deflate()
        var output: [UInt8] = []
        var start = 0
        while start < input.count {
            deflate.compress(Array(input[start..<min(input.count, start + chunk)]))
            output += deflate.takeOutput()
            start += chunk
        }
        deflate.finish()
        return output + deflate.takeOutput()
    }

    /// Inputs that reach every path: nothing, one byte, runs, far repeats, noise, real files.
    static var cases: [(name: String, bytes: [UInt8])] {
        let noise = randomBytes(50_000, seed: 7)
        var farRepeats = noise
        farRepeats += noise[..<20_000]
        farRepeats += randomBytes(30_000, seed: 9)
        farRepeats += noise[10_000..<30_000]
        let root = Fixtures.repositoryRoot.appendingPathComponent("Questionnaires/i-monitor")
        let real = ["questionnaire.json", "sample-responses.csv"].compactMap { try? Data(contentsOf: root.appendingPathComponent($0)) }
        let row = Array("<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>Gemeente Aalst</t></is></c><c r=\"B7\"><v>62.5</v></c></row>".utf8)
        let fixed: [(name: String, bytes: [UInt8])] = [
            ("empty", []),
            ("one byte", [0x41]),
            ("two bytes", [0x00, 0xFF]),
            ("a run of one byte", [UInt8](repeating: 0x61, count: 300_000)),
            ("a run of zeros", [UInt8](repeating: 0, count: 70_000)),
            ("a repeat 50 KB back and one 80 KB back", farRepeats),
            ("incompressible", randomBytes(200_000, seed: 3)),
            ("every byte value", (0..<1_000).flatMap { _ in (0...255).map(UInt8.init) }),
            ("worksheet rows", Array((0..<4_000).map { _ in row }.joined())),
            ("text with noise", (0..<300).flatMap { index -> [UInt8] in row + randomBytes(index % 40, seed: UInt64(index)) }),
        ]
        return fixed + real.enumerated().map { (name: "bundled file \($0.offset)", bytes: [UInt8]($0.element)) }
    }

    func testEveryInputComesBackWhole() throws {
        for (name, bytes) in Self.cases {
            XCTAssertEqual(try Inflate.decompress(Self.deflated(bytes)), bytes, name)
        }
    }

    func testInputInOddChunksGivesTheSameStreamAsInOnePiece() throws {
        for (name, bytes) in Self.cases {
            let whole = Self.deflated(bytes, chunk: max(1, bytes.count))
            XCTAssertEqual(Self.deflated(bytes, chunk: 7_919), whole, name)
            XCTAssertEqual(Self.deflated(bytes, chunk: 131_073), whole, name)
        }
    }

    func testRepetitiveTextShrinksAndNoiseGrowsByAtMostItsStoredBlockHeaders() throws {
        let rows = try XCTUnwrap(Self.cases.first { $0.name == "worksheet rows" }).bytes
        XCTAssertLessThan(Self.deflated(rows).count, rows.count / 50, "worksheet rows repeat")
        XCTAssertLessThan(Self.deflated([UInt8](repeating: 0x61, count: 300_000)).count, 3_000, "a run is one longest match per 258 bytes")
        let noise = Self.randomBytes(200_000, seed: 3)
        XCTAssertLessThanOrEqual(Self.deflated(noise).count, noise.count + 5 * (noise.count / 16_384 + 1),
                                 "noise goes in stored blocks, one per 16,384 symbols, 5 bytes of header each")
    }

    func testPythonsZlibReadsEveryStream() throws {
        let folder = Fixtures.temporaryDirectory()
        for (index, entry) in Self.cases.enumerated() {
            try Data(Self.deflated(entry.bytes)).write(to: folder.appendingPathComponent("\(index).deflate"))
        }
        let script = """
            import sys, zlib
            for index in range(int(sys.argv[2])):
                path = f"{sys.argv[1]}/{index}"
                open(path + ".out", "wb").write(zlib.decompress(open(path + ".deflate", "rb").read(), -15))
            """
        try Self.runPython(script, arguments: [folder.path, String(Self.cases.count)])
        for (index, entry) in Self.cases.enumerated() {
            XCTAssertEqual([UInt8](try Data(contentsOf: folder.appendingPathComponent("\(index).out"))), entry.bytes, entry.name)
        }
    }

    func testCodeLengthsStayWithinTheLimitForSkewedFrequencies() {
        // Fibonacci frequencies give the deepest Huffman tree: 30 symbols would need 29 bits.
        var fibonacci = [1, 1]
        while fibonacci.count < 30 { fibonacci.append(fibonacci[fibonacci.count - 1] + fibonacci[fibonacci.count - 2]) }
        let lengths = HuffmanCode.codeLengths(fibonacci, limit: 15)
        XCTAssertEqual(lengths.max(), 15)
        XCTAssertEqual(lengths.reduce(0.0) { $0 + pow(2, -Double($1)) }, 1, accuracy: 1e-12, "a complete code (Kraft sum 1)")
        XCTAssertEqual(HuffmanCode.codeLengths([0, 0, 5, 0], limit: 15), [1, 0, 1, 0], "one used symbol gets a spare so the code is complete")
    }

    /// Runs a Python 3 script; skips when there is no python3.
    static func runPython(_ script: String, arguments: [String]) throws {
        guard let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw XCTSkip("python3 is not installed")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script] + arguments
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, message)
    }
}
