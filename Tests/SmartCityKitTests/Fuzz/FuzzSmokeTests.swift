import Foundation
import XCTest
@testable import SmartCityKit

/// A short, seeded mutation fuzz of every fuzz target, from the committed corpus: what `.ci/fuzz`
/// does at length with libFuzzer, done here in a few seconds so that `swift test` catches a trap.
/// A crash found by either becomes a seed file in Tests/Fuzz/Corpus/<target>/ (and so a test here).
final class FuzzSmokeTests: XCTestCase {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/Corpus")

    /// Mutations per seed file (the targets that build reading plans are slower: fewer).
    static let mutationsPerSeed = 300
    static let mutationsPerSeedOfPlans = 25

    private func seeds(_ target: String) throws -> [[UInt8]] {
        let folder = Self.corpus.appendingPathComponent(target)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        XCTAssertFalse(names.isEmpty, "the corpus of \(target) has seeds")
        return try names.map { Array(try Data(contentsOf: folder.appendingPathComponent($0))) }
    }

    /// Runs `body` on every seed and its mutations; the first failure fails the test with the
    /// target's message and the input (the rest of the target's inputs are skipped).
    private func fuzz(_ target: String, mutations: Int = FuzzSmokeTests.mutationsPerSeed, _ body: ([UInt8]) throws(FuzzFailure) -> Void,
                      file: StaticString = #filePath, line: UInt = #line) throws {
        var mutator = Mutator(seed: UInt64(truncatingIfNeeded: target.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
        let seeds = try seeds(target)
        do {
            for seed in seeds {
                try body(seed)
                for _ in 0..<mutations {
                    let input = mutator.mutate(seed, splicingWith: seeds)
                    do { try body(input) } catch { throw FailedInput(failure: error, input: input) }
                }
            }
        } catch let failed as FailedInput {
            XCTFail(Self.message(target, failed.failure, input: failed.input), file: file, line: line)
        } catch let failure as FuzzFailure {
            XCTFail(Self.message(target, failure, input: nil), file: file, line: line)
        }
    }

    /// A mutated input and what its target found wrong with it.
    private struct FailedInput: Error {
        var failure: FuzzFailure
        var input: [UInt8]
    }

    /// The failure's message with the input that caused it (as Swift bytes, to paste into a seed file).
    static func message(_ target: String, _ failure: FuzzFailure, input: [UInt8]?) -> String {
        let shown = input.map { "; input (\($0.count) bytes): \(String(decoding: $0.prefix(512), as: UTF8.self).debugDescription)" } ?? " on a seed file"
        return "fuzz target \(target) failed: \(failure.message)\(shown); save the input in Tests/Fuzz/Corpus/\(target)/ and fix the code"
    }

    func testCSVReader() throws { try fuzz("csvReader", FuzzTargets.csvReader) }
    func testJSONParser() throws { try fuzz("jsonParser", FuzzTargets.jsonParser) }
    func testQuestionnaireLoader() throws { try fuzz("questionnaireLoader", mutations: Self.mutationsPerSeedOfPlans, FuzzTargets.questionnaireLoader) }
    func testMappingLoader() throws { try fuzz("mappingLoader", FuzzTargets.mappingLoader) }
    func testDialectDetection() throws { try fuzz("dialectDetection", mutations: Self.mutationsPerSeedOfPlans, FuzzTargets.dialectDetection) }
    func testResponses() throws { try fuzz("responses", mutations: Self.mutationsPerSeedOfPlans, FuzzTargets.responses) }
    func testScoredReports() throws { try fuzz("scoredReports", mutations: 10, FuzzTargets.scoredReports) }
    func testZipArchive() throws { try fuzz("zipArchive", FuzzTargets.zipArchive) }
    // Workbook parts.
    func testXMLTokenizer() throws { try fuzz("xmlTokenizer", FuzzTargets.xmlTokenizer) }
    func testSheetXML() throws { try fuzz("sheetXML", FuzzTargets.sheetXML) }
    func testSharedStrings() throws { try fuzz("sharedStrings", FuzzTargets.sharedStrings) }
    func testStyles() throws { try fuzz("styles", FuzzTargets.styles) }

    func testAFailingTargetFailsTheTestWithItsMessageInsteadOfTrapping() {
        var inputs = 0
        let target: ([UInt8]) throws(FuzzFailure) -> Void = { bytes in
            inputs += 1
            try FuzzFailure.require(bytes.count < 3, "an input of \(bytes.count) bytes is too long")
        }
        XCTAssertThrowsError(try target(Array("abc".utf8))) { error in
            XCTAssertEqual((error as? FuzzFailure)?.message, "an input of 3 bytes is too long")
        }
        XCTAssertNoThrow(try target([1, 2]))
        XCTAssertEqual(inputs, 2)
        XCTAssertEqual(Self.message("csvReader", FuzzFailure("a row is lost"), input: Array("a,\"b".utf8)),
                       #"fuzz target csvReader failed: a row is lost; input (4 bytes): "a,\"b"; save the input in Tests/Fuzz/Corpus/csvReader/ and fix the code"#)
    }

    func testATargetOfTheOlderShapeStillRunsThroughTheConvention() throws {
        // A target that returns nothing (and traps itself) converts to the throwing type.
        var seen: [[UInt8]] = []
        let older: ([UInt8]) -> Void = { seen.append($0) }
        let converted: ([UInt8]) throws(FuzzFailure) -> Void = older
        try converted([7])
        XCTAssertEqual(seen, [[7]])
    }

    func testTheMutatorChangesInputsReproducibly() {
        var first = Mutator(seed: 1), second = Mutator(seed: 1)
        let seed = Array("id,A1\nm,3\n".utf8)
        let a = (0..<20).map { _ in first.mutate(seed, splicingWith: [seed]) }
        let b = (0..<20).map { _ in second.mutate(seed, splicingWith: [seed]) }
        XCTAssertEqual(a, b)
        XCTAssertGreaterThan(Set(a).count, 10, "mutations differ")
    }
}

/// libFuzzer-style byte mutations from a seeded generator: flips, insertions of characters that
/// matter to the formats, deletions, duplications and splices with other seeds.
struct Mutator {
    private var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private mutating func next() -> UInt64 { random.next() }

    private mutating func below(_ bound: Int) -> Int { bound <= 0 ? 0 : Int(next() % UInt64(bound)) }

    static let interesting: [[UInt8]] = ["\"", ",", ";", "\n", "\r\n", "{", "}", "[", "]", ":", "\\u", "-", "1e999", "0",
                                         "\u{FEFF}", "é", "\u{0}", "[SQ001]", "_1", "dk", "#not-shown", "null", "true"].map { Array($0.utf8) }

    mutating func mutate(_ seed: [UInt8], splicingWith others: [[UInt8]]) -> [UInt8] {
        var bytes = seed
        for _ in 0...below(4) {
            let position = below(bytes.count + 1)
            switch below(6) {
            case 0 where !bytes.isEmpty:
                bytes[min(position, bytes.count - 1)] ^= UInt8(truncatingIfNeeded: 1 << below(8))
            case 1:
                bytes.insert(contentsOf: Self.interesting[below(Self.interesting.count)], at: position)
            case 2 where !bytes.isEmpty:
                let end = min(bytes.count, position + 1 + below(16))
                bytes.removeSubrange(min(position, end)..<end)
            case 3 where !bytes.isEmpty:
                let start = below(bytes.count), end = min(bytes.count, start + 1 + below(64))
                bytes.insert(contentsOf: bytes[start..<end], at: position)
            case 4:
                let other = others[below(others.count)]
                let start = below(other.count), end = min(other.count, start + below(256))
                bytes.insert(contentsOf: other[start..<end], at: position)
            default:
                bytes.insert(UInt8(truncatingIfNeeded: next()), at: position)
            }
        }
        return bytes
    }
}
