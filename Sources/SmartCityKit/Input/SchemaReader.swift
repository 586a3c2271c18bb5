/// An object being read, with its JSON path (`dimensions[2]`) for messages.
struct JSONObject {
    let node: JSONNode
    package let path: String
    let members: [String: JSONNode]

    /// The path of a member (`dimensions[2].weight`).
    package func path(of key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    subscript(key: String) -> JSONNode? { members[key] }
}

/// Reads typed values out of JSON nodes and turns every mismatch into a located diagnostic
/// naming the JSON path, so that one pass reports every problem, not just the first.
final class SchemaReader {
    let file: String
    /// What the diagnostics say, in the run's language.
    let wording: SchemaWording
    package private(set) var diagnostics: [Diagnostic] = []

    init(file: String, wording: SchemaWording = .english) {
        self.file = file
        self.wording = wording
    }

    package func location(of node: JSONNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line, column: node.column)
    }

    func provenance(of node: JSONNode, path: String) -> Provenance {
        Provenance(path: path, line: node.line, column: node.column)
    }

    func report(_ severity: Severity, at node: JSONNode, _ message: String) {
        diagnostics.append(Diagnostic(severity, location(of: node), message))
    }

    /// Reports a problem of the member at `path`.
    func report(_ severity: Severity, at node: JSONNode, path: String, _ problem: SchemaWording.Problem) {
        report(severity, at: node, path + wording.colon + wording.problem(problem))
    }

    /// Reports a value at `path` that is not of the type expected.
    func reportType(at node: JSONNode, path: String, expected: SchemaWording.Expected) {
        report(.error, at: node, path + wording.colon + wording.expectedFound(wording.expected(expected), wording.type(node.kind)))
    }

    /// Reads an object, reporting unknown member names (the parser refuses duplicate ones).
    func object(_ node: JSONNode, path: String, allowed: [String]) -> JSONObject? {
        guard case .object(let list) = node.value else {
            report(.error, at: node, (path.isEmpty ? wording.theDocument : path) + wording.colon + wording.expectedFound(wording.type(.object), wording.type(node.kind)))
            return nil
        }
        var members: [String: JSONNode] = [:]
        for member in list {
            let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
            let keyLocation = SourceLocation(file: file, line: member.keyLine, column: member.keyColumn)
            if !allowed.contains(member.key) {
                let closest = Self.closest(to: member.key, in: allowed)
                diagnostics.append(.error(keyLocation, memberPath + wording.colon + wording.unknownMember(member.key, closest, allowed.joined(separator: ", "))))
                continue
            }
            members[member.key] = member.value
        }
        return JSONObject(node: node, path: path, members: members)
    }

    /// A required member, reporting its absence at the object.
    func required(_ object: JSONObject, _ key: String, _ what: SchemaWording.Expected) -> JSONNode? {
        if let node = object[key] { return node }
        report(.error, at: object.node, object.path(of: key) + wording.colon + wording.missing(key, wording.expected(what)))
        return nil
    }

    /// The value when `extract` accepts it, else an "expected ..., found ..." error.
    private func typed<T>(_ node: JSONNode, path: String, expected: SchemaWording.Expected, _ extract: (JSONNode.Value) -> T?) -> T? {
        if let value = extract(node.value) { return value }
        reportType(at: node, path: path, expected: expected)
        return nil
    }

    func string(_ node: JSONNode, path: String) -> String? {
        typed(node, path: path, expected: .string) { if case .string(let text) = $0 { text } else { nil } }
    }

    /// A non-empty string that may serve as an id or code: no surrounding spaces, no `;` or `,`.
    func identifier(_ node: JSONNode, path: String) -> String? {
        guard let text = string(node, path: path) else { return nil }
        if text.isEmpty || text != text.trimmingSpaces || text.contains(where: { ";,\"\n\r\t[]".contains($0) }) {
            report(.error, at: node, path + wording.colon + wording.invalidID(text))
            return nil
        }
        return text
    }

    func number(_ node: JSONNode, path: String) -> Double? {
        typed(node, path: path, expected: .number) { if case .number(let value) = $0 { value } else { nil } }
    }

    /// A number that must be greater than zero (weights).
    func positiveNumber(_ node: JSONNode, path: String) -> Double? {
        guard let value = number(node, path: path) else { return nil }
        guard value > 0 else {
            report(.error, at: node, path + wording.colon + wording.notPositive(NumberFormat.plain(value)))
            return nil
        }
        return value
    }

    /// A number within a closed range.
    func number(_ node: JSONNode, path: String, in range: ClosedRange<Double>) -> Double? {
        guard let value = number(node, path: path) else { return nil }
        guard range.contains(value) else {
            report(.error, at: node, path + wording.colon
                + wording.outOfRange(NumberFormat.plain(value), NumberFormat.plain(range.lowerBound), NumberFormat.plain(range.upperBound)))
            return nil
        }
        return value
    }

    func bool(_ node: JSONNode, path: String) -> Bool? {
        typed(node, path: path, expected: .trueOrFalse) { if case .bool(let value) = $0 { value } else { nil } }
    }

    func array(_ node: JSONNode, path: String) -> [JSONNode]? {
        typed(node, path: path, expected: .array) { if case .array(let elements) = $0 { elements } else { nil } }
    }

    /// The closest allowed name within an edit distance of 2, for "did you mean".
    static func closest(to name: String, in candidates: [String]) -> String? {
        candidates
            .map { ($0, editDistance(name.lowercased(), $0.lowercased())) }
            .filter { $0.1 <= 2 }
            .min { $0.1 < $1.1 }?.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for (i, charA) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, charB) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (charA == charB ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
