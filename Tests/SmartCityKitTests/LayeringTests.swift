import Foundation
import XCTest

/// The folders of `Sources/SmartCityKit` are layers: a file uses only types declared in its own
/// folder or in folders below it. This test fails when a layer reaches up.
final class LayeringTests: XCTestCase {
    /// Lowest first. Pipeline owns the passes and may use everything.
    static let layers = ["Support", "Model", "Input", "Scoring", "Analysis", "Rendering", "Output", "Synthesis", "Pipeline"]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/SmartCityKit")

    /// Every Swift file of a layer with its text.
    private func files(in layer: String) throws -> [(name: String, text: String)] {
        let folder = Self.sources.appendingPathComponent(layer)
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return try enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }.map { url in
            (String(url.path.dropFirst(Self.sources.path.count + 1)), try String(contentsOf: url, encoding: .utf8))
        }
    }

    /// Names of the types a file declares at its top level (nested types and generic parameters are not seen from outside).
    static func topLevelTypes(in text: String) -> [String] {
        let pattern = try! NSRegularExpression(
            pattern: #"^(?:(?:public|internal|private|fileprivate|final|indirect|@\w+)\s+)*(?:struct|class|enum|protocol|typealias|actor)\s+([A-Z]\w*)"#,
            options: .anchorsMatchLines)
        return pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    /// The capitalised identifiers a file's code uses, with comments and string literals left out.
    static func usedNames(in text: String) -> Set<String> {
        var code = text.replacingOccurrences(of: #"//[^\n]*"#, with: "", options: .regularExpression)
        code = code.replacingOccurrences(of: #""(?:\\.|[^"\\\n])*""#, with: "\"\"", options: .regularExpression)
        let identifier = try! NSRegularExpression(pattern: #"\b[A-Z]\w*\b"#)
        return Set(identifier.matches(in: code, range: NSRange(code.startIndex..., in: code)).compactMap {
            Range($0.range, in: code).map { String(code[$0]) }
        })
    }

    func testEveryFolderUsesOnlyTheFoldersBelowIt() throws {
        var owner: [String: Int] = [:]
        var filesByLayer: [[(name: String, text: String)]] = []
        for (level, layer) in Self.layers.enumerated() {
            let found = try files(in: layer)
            filesByLayer.append(found)
            for file in found { for type in Self.topLevelTypes(in: file.text) { owner[type] = level } }
        }
        XCTAssertGreaterThan(owner.count, 50, "the scan finds the library's types")
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter { !$0.hasSuffix(".swift") }
        XCTAssertEqual(Set(folders), Set(Self.layers), "every folder of SmartCityKit is a known layer")
        var violations: [String] = []
        for (level, files) in filesByLayer.enumerated() {
            for file in files {
                for name in Self.usedNames(in: file.text).sorted() {
                    if let home = owner[name], home > level {
                        violations.append("\(file.name) uses \(name) from \(Self.layers[home])")
                    }
                }
            }
        }
        XCTAssertEqual(violations, [], "a layer uses a layer above it; move the shared type down to the lowest folder that needs it")
    }

    func testTheCheckSeesAReachUp() {
        XCTAssertEqual(Self.topLevelTypes(in: "public final class ScoringRun {\n    struct Nested {}\n}\nenum Other<Value> {}"), ["ScoringRun", "Other"])
        XCTAssertEqual(Self.usedNames(in: "let x = ScoringRun() // Comment\nlet y = \"Quoted\""), ["ScoringRun"])
    }
}
