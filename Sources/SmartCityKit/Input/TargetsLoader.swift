/// Reads `--targets FILE`: `{"targets": {"e-services": {"band": "type-3"}, "policy": {"score": 60}, "total": {"band": "type-3"}}}`,
/// checked against the questionnaire (known dimensions and bands, scores from 0 to 100); what it
/// says about them is in `wording`.
package enum TargetsLoader {
    package static func load(path: String, questionnaire: Questionnaire, wording: TargetsWording = .english) -> Checked<Targets> {
        let bytes: [UInt8]
        do throws(SmartCityError) { bytes = try FileInput.readAll(path: path, wording: wording.json.files) } catch { return Checked(error) }
        let root: JSONNode
        do { root = try JSONParser.parse(bytes) } catch {
            return .failure(error.diagnostic(file: path, wording: wording.json))
        }
        func at(_ node: JSONNode) -> SourceLocation { SourceLocation(file: path, line: node.line, column: node.column) }
        guard case .object(let top) = root.value, let targetsNode = top.first(where: { $0.key == "targets" })?.value,
              case .object(let members) = targetsNode.value else {
            return .failure(.error(at(root), wording.notTargets))
        }
        let dimensionIDs = questionnaire.dimensions.map(\.id)
        var targets: [String: Targets.Target] = [:]
        var diagnostics: [Diagnostic] = []
        for member in members {
            let id = member.key
            guard id == Targets.totalID || dimensionIDs.contains(id) else {
                let closest = SchemaReader.closest(to: id, in: dimensionIDs + [Targets.totalID])
                diagnostics.append(.error(at(member.value), wording.unknownDimension(id, closest, dimensionIDs.joined(separator: ", "))))
                continue
            }
            let bands = id == Targets.totalID ? questionnaire.bands : questionnaire.dimension(id).map(questionnaire.bands(for:)) ?? questionnaire.bands
            guard case .object(let fields) = member.value.value, fields.count == 1, let field = fields.first else {
                diagnostics.append(.error(at(member.value), wording.notATarget(id)))
                continue
            }
            switch (field.key, field.value.value) {
            case ("band", .string(let band)) where bands.bands.contains(where: { $0.id == band }):
                targets[id] = .band(band)
            case ("band", _):
                diagnostics.append(.error(at(field.value), wording.unknownBand(id, bands.bands.map(\.id).joined(separator: ", "))))
            case ("score", .number(let score)) where (0...100).contains(score):
                targets[id] = Fraction(decimal: score).map(Targets.Target.score)
            default:
                diagnostics.append(.error(at(field.value), wording.notATarget(id)))
            }
        }
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return Checked(nil, diagnostics) }
        return Checked(Targets(byDimension: targets), diagnostics)
    }
}
