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

    private func fuzz(_ target: String, mutations: Int = FuzzSmokeTests.mutationsPerSeed, _ body: ([UInt8]) -> Void) throws {
        var mutator = Mutator(seed: UInt64(truncatingIfNeeded: target.utf8.reduce(5381) { $0 &* 33 &+ Int($1) }))
        let seeds = try seeds(target)
        for seed in seeds {
            body(seed)
            for _ in 0..<mutations { body(mutator.mutate(seed, splicingWith: seeds)) }
        }
    }

    func testCSVReader() throws { try fuzz("csvReader", FuzzTargets.csvReader) }
    func testJSONParser() throws { try fuzz("jsonParser", FuzzTargets.jsonParser) }
    func testQuestionnaireLoader() throws { try fuzz("questionnaireLoader", mutations: Self.mutationsPerSeedOfPlans, FuzzTargets.questionnaireLoader) }
    func testMappingLoader() throws { try fuzz("mappingLoader", FuzzTargets.mappingLoader) }
    func testDialectDetection() throws { try fuzz("dialectDetection", mutations: Self.mutationsPerSeedOfPlans, FuzzTargets.dialectDetection) }
    func testResponses() throws { try fuzz("responses", mutations: Self.mutationsPerSeedOfPlans) { FuzzTargets.responses($0) } }
    func testScoredReports() throws { try fuzz("scoredReports", mutations: 10, FuzzTargets.scoredReports) }
    func testZipArchive() throws { try fuzz("zipArchive", FuzzTargets.zipArchive) }
    // Workbook parts.
    func testXMLTokenizer() throws { try fuzz("xmlTokenizer", FuzzTargets.xmlTokenizer) }
    func testSheetXML() throws { try fuzz("sheetXML", FuzzTargets.sheetXML) }
    func testSharedStrings() throws { try fuzz("sharedStrings", FuzzTargets.sharedStrings) }
    func testStyles() throws { try fuzz("styles", FuzzTargets.styles) }

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
