/// Reads `--targets FILE`: `{"targets": {"e-services": {"band": "type-3"}, "policy": {"score": 60}, "total": {"band": "type-3"}}}`,
/// checked against the questionnaire (known dimensions and bands, scores from 0 to 100).
package enum TargetsLoader {
    package static func load(path: String, questionnaire: Questionnaire) -> Checked<Targets> {
        let bytes: [UInt8]
        do throws(SmartCityError) { bytes = try FileInput.readAll(path: path) } catch { return Checked(error) }
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch {
            return .failure(error.diagnostic(file: path))
        }
        func at(_ node: JSONNode) -> SourceLocation { SourceLocation(file: path, line: node.line, column: node.column) }
        guard case .object(let top) = root.value, let targetsNode = top.first(where: { $0.key == "targets" })?.value,
              case .object(let members) = targetsNode.value else {
            return .failure(.error(at(root), "expected {\"targets\": {\"<dimension id>\": {\"band\": \"<band id>\"} or {\"score\": 60}, ...}}"))
        }
        let dimensionIDs = questionnaire.dimensions.map(\.id)
        var targets: [String: Targets.Target] = [:]
        var diagnostics: [Diagnostic] = []
        for member in members {
            let id = member.key
            guard id == Targets.totalID || dimensionIDs.contains(id) else {
                let hint = SchemaReader.closest(to: id, in: dimensionIDs + [Targets.totalID]).map { "did you mean \"\($0)\"? " } ?? ""
                diagnostics.append(.error(at(member.value), "no dimension \"\(id)\"; \(hint)the dimensions are \(dimensionIDs.joined(separator: ", ")), and total"))
                continue
            }
            let bands = id == Targets.totalID ? questionnaire.bands : questionnaire.dimension(id).map(questionnaire.bands(for:)) ?? questionnaire.bands
            guard case .object(let fields) = member.value.value, fields.count == 1, let field = fields.first else {
                diagnostics.append(.error(at(member.value), "the target of \"\(id)\" is {\"band\": \"<band id>\"} or {\"score\": <0-100>}"))
                continue
            }
            switch (field.key, field.value.value) {
            case ("band", .string(let band)) where bands.bands.contains(where: { $0.id == band }):
                targets[id] = .band(band)
            case ("band", _):
                diagnostics.append(.error(at(field.value), "the target band of \"\(id)\" must be one of \(bands.bands.map(\.id).joined(separator: ", "))"))
            case ("score", .number(let score)) where (0...100).contains(score):
                targets[id] = Fraction(decimal: score).map(Targets.Target.score)
            default:
                diagnostics.append(.error(at(field.value), "the target of \"\(id)\" is {\"band\": \"<band id>\"} or {\"score\": <0-100>}"))
            }
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return Checked(nil, diagnostics) }
        return Checked(Targets(byDimension: targets), diagnostics)
    }
}
