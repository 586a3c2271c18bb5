/// Turns a parsed questionnaire file into the model, reporting every structural problem
/// (wrong type, missing or unknown member, bad reference to a named scale) with its JSON path.
struct QuestionnaireDecoder {
    private let reader: SchemaReader
    private var languages: [String] = []
    private var scales: [String: Scale] = [:]

    init(reader: SchemaReader) { self.reader = reader }

    /// The members a questionnaire file may have at its top level.
    static let topLevelMembers = [
        "$schema", "format", "id", "version", "title", "description", "source", "languages", "defaultLanguage",
        "scoring", "metadata", "nonAnswers", "scales", "bands", "dimensions", "sections", "questions",
    ]

    /// The model, or nil when a required part could not be read.
    mutating func decode(_ root: JSONNode) -> Questionnaire? {
        guard let object = reader.object(root, path: "", allowed: Self.topLevelMembers) else { return nil }

        guard let formatNode = reader.required(object, "format", .literal("\(Questionnaire.supportedFormat)")),
            let format = reader.number(formatNode, path: "format")
        else { return nil }
        guard format == Double(Questionnaire.supportedFormat) else {
            reader.report(.error, at: formatNode, path: "format", .unsupportedFormat(found: NumberFormat.plain(format), supported: Questionnaire.supportedFormat))
            return nil
        }

        languages = decodeLanguages(object)
        let defaultLanguage = reader.required(object, "defaultLanguage", .declaredLanguage)
            .flatMap { reader.identifier($0, path: "defaultLanguage") }
        if let defaultLanguage, let node = object["defaultLanguage"], !languages.contains(defaultLanguage) {
            reader.report(.error, at: node, path: "defaultLanguage", .defaultNotDeclared(defaultLanguage, languages: languages.joined(separator: ", ")))
        }
        let id = reader.required(object, "id", .shortID).flatMap { reader.identifier($0, path: "id") }
        let version = reader.required(object, "version", .version).flatMap { reader.string($0, path: "version") }
        let title = reader.required(object, "title", .textPerLanguage).flatMap { text($0, path: "title") }
        let description = object["description"].flatMap { text($0, path: "description") }
        let source = object["source"].flatMap { text($0, path: "source") }
        let (minimumCoverage, minimumTotalCoverage) = decodeScoring(object)
        let nonAnswers = object["nonAnswers"].map { decodeNonAnswers($0) } ?? []
        scales = object["scales"].map { decodeNamedScales($0) } ?? [:]
        let bands = reader.required(object, "bands", .totalBands)
            .flatMap { decodeBandSet($0, path: "bands") }
        let dimensions = reader.required(object, "dimensions", .dimensions)
            .flatMap { decodeList($0, path: "dimensions", decodeDimension) }
        let sections = object["sections"].map { decodeList($0, path: "sections", decodeSection) } ?? []
        let metadata = object["metadata"].map { decodeList($0, path: "metadata", decodeMetadataField) }
        let questions = reader.required(object, "questions", .questions)
            .flatMap { decodeList($0, path: "questions", decodeQuestion) }

        guard let id, let version, let title, let defaultLanguage, let bands, let dimensions, let sections, let questions else {
            return nil
        }
        var questionnaire = Questionnaire(
            id: id, version: version, title: title, description: description, source: source,
            languages: languages, defaultLanguage: defaultLanguage, minimumCoverage: minimumCoverage,
            nonAnswers: nonAnswers, dimensions: dimensions, sections: sections, questions: questions, bands: bands)
        questionnaire.minimumTotalCoverage = minimumTotalCoverage
        if let node = object["id"] { questionnaire.idProvenance = reader.provenance(of: node, path: "id") }
        if let metadata {
            guard let fields = metadata else { return nil }
            questionnaire.metadata = fields
        }
        return questionnaire
    }

    // MARK: - Parts

    private func decodeLanguages(_ object: JSONObject) -> [String] {
        guard let node = reader.required(object, "languages", .languageCodes),
            let elements = reader.array(node, path: "languages")
        else { return [] }
        var codes: [String] = []
        for (index, element) in elements.enumerated() {
            guard let code = reader.identifier(element, path: "languages[\(index)]") else { continue }
            if codes.contains(code) {
                reader.report(.error, at: element, path: "languages[\(index)]", .duplicateLanguage(code))
            } else {
                codes.append(code)
            }
        }
        if codes.isEmpty { reader.report(.error, at: node, path: "languages", .noLanguage) }
        return codes
    }

    /// The missing-data rules: the minimum coverage of a dimension, and of the whole questionnaire.
    private func decodeScoring(_ object: JSONObject) -> (dimension: Double, total: Double?) {
        let defaultCoverage = 0.5
        guard let node = object["scoring"],
            let scoring = reader.object(node, path: "scoring", allowed: ["minimumCoverage", "minimumTotalCoverage"])
        else { return (defaultCoverage, nil) }
        let total = scoring["minimumTotalCoverage"].flatMap { reader.number($0, path: "scoring.minimumTotalCoverage", in: 0...1) }
        guard let coverageNode = reader.required(scoring, "minimumCoverage", .share) else {
            return (defaultCoverage, total)
        }
        return (reader.number(coverageNode, path: "scoring.minimumCoverage", in: 0...1) ?? defaultCoverage, total)
    }

    private func decodeNonAnswers(_ node: JSONNode) -> [NonAnswer] {
        decodeList(node, path: "nonAnswers") { element, path in
            guard let object = reader.object(element, path: path, allowed: ["code", "kind", "label"]) else { return nil }
            let code = reader.required(object, "code", .nonAnswerCode)
                .flatMap { reader.identifier($0, path: object.path(of: "code")) }
            let kind = reader.required(object, "kind", .literal("\"dont-know\" or \"not-applicable\"")).flatMap { kindNode -> NonAnswer.Kind? in
                guard let name = reader.string(kindNode, path: object.path(of: "kind")) else { return nil }
                guard let kind = NonAnswer.Kind(rawValue: name) else {
                    reader.report(.error, at: kindNode, path: object.path(of: "kind"), .unknownNonAnswerKind(name))
                    return nil
                }
                return kind
            }
            let label = reader.required(object, "label", .textPerLanguage).flatMap { text($0, path: object.path(of: "label")) }
            guard let code, let kind, let label else { return nil }
            return NonAnswer(code: code, kind: kind, label: label)
        } ?? []
    }

    private func decodeNamedScales(_ node: JSONNode) -> [String: Scale] {
        guard case .object(let members) = node.value else {
            reader.reportType(at: node, path: "scales", expected: .namedScales)
            return [:]
        }
        var result: [String: Scale] = [:]
        for member in members {
            if let scale = decodeScale(member.value, path: "scales.\(member.key)") { result[member.key] = scale }
        }
        return result
    }

    private func decodeScale(_ node: JSONNode, path: String) -> Scale? {
        guard let object = reader.object(node, path: path, allowed: ["points"]),
            let pointsNode = reader.required(object, "points", .scalePoints)
        else { return nil }
        let points = decodeList(pointsNode, path: object.path(of: "points")) { element, pointPath -> ScalePoint? in
            guard let point = reader.object(element, path: pointPath, allowed: ["value", "label"]) else { return nil }
            let value = reader.required(point, "value", .number).flatMap { reader.number($0, path: point.path(of: "value")) }
            let label = reader.required(point, "label", .textPerLanguage).flatMap { text($0, path: point.path(of: "label")) }
            guard let value, let label else { return nil }
            return ScalePoint(value: value, label: label)
        }
        guard let points else { return nil }
        return Scale(points: points, provenance: reader.provenance(of: node, path: path))
    }

    private func decodeBandSet(_ node: JSONNode, path: String) -> BandSet? {
        guard let object = reader.object(node, path: path, allowed: ["boundary", "items"]) else { return nil }
        let rule = reader.required(object, "boundary", .boundary).flatMap { ruleNode -> BoundaryRule? in
            guard let name = reader.string(ruleNode, path: object.path(of: "boundary")) else { return nil }
            guard let rule = BoundaryRule(rawValue: name) else {
                reader.report(.error, at: ruleNode,
                              path: object.path(of: "boundary"), .unknownBoundary(name))
                return nil
            }
            return rule
        }
        let bands = reader.required(object, "items", .bands).flatMap { itemsNode in
            decodeList(itemsNode, path: object.path(of: "items"), decodeBand)
        }
        guard let rule, let bands else { return nil }
        return BandSet(rule: rule, bands: bands, provenance: reader.provenance(of: node, path: path))
    }

    private func decodeBand(_ node: JSONNode, path: String) -> Band? {
        guard let object = reader.object(node, path: path, allowed: ["id", "label", "description", "lower", "upper", "referenceShare"])
        else { return nil }
        let id = reader.required(object, "id", .bandID).flatMap { reader.identifier($0, path: object.path(of: "id")) }
        let label = reader.required(object, "label", .textPerLanguage).flatMap { text($0, path: object.path(of: "label")) }
        let description = object["description"].flatMap { text($0, path: object.path(of: "description")) }
        let lower = reader.required(object, "lower", .lowerBound).flatMap { reader.number($0, path: object.path(of: "lower"), in: 0...100) }
        let upper = reader.required(object, "upper", .upperBound).flatMap { reader.number($0, path: object.path(of: "upper"), in: 0...100) }
        let share = object["referenceShare"].flatMap { reader.number($0, path: object.path(of: "referenceShare"), in: 0...1) }
        guard let id, let label, let lower, let upper else { return nil }
        if lower >= upper {
            reader.report(.error, at: node, path: path, .lowerNotBelowUpper(lower: NumberFormat.plain(lower), upper: NumberFormat.plain(upper)))
            return nil
        }
        return Band(id: id, label: label, description: description, lower: lower, upper: upper, referenceShare: share,
                    provenance: reader.provenance(of: node, path: path))
    }

    private func decodeDimension(_ node: JSONNode, path: String) -> Dimension? {
        guard let object = reader.object(node, path: path, allowed: [
            "id", "label", "description", "weight", "factors", "bands", "recommendations", "levelQuestion",
        ]) else { return nil }
        let id = reader.required(object, "id", .dimensionID).flatMap { reader.identifier($0, path: object.path(of: "id")) }
        let label = reader.required(object, "label", .textPerLanguage).flatMap { text($0, path: object.path(of: "label")) }
        let description = object["description"].flatMap { text($0, path: object.path(of: "description")) }
        let weight = reader.required(object, "weight", .positiveNumber).flatMap { reader.positiveNumber($0, path: object.path(of: "weight")) }
        let factors = object["factors"].flatMap { decodeList($0, path: object.path(of: "factors"), decodeFactor) } ?? []
        let bands = object["bands"].flatMap { decodeBandSet($0, path: object.path(of: "bands")) }
        let levelQuestion = object["levelQuestion"].flatMap { reader.identifier($0, path: object.path(of: "levelQuestion")) }
        var recommendations: [String: Recommendation] = [:]
        if let recommendationsNode = object["recommendations"] {
            let recommendationsPath = object.path(of: "recommendations")
            if case .object(let members) = recommendationsNode.value {
                for member in members {
                    recommendations[member.key] = decodeRecommendation(member.value, path: "\(recommendationsPath).\(member.key)")
                }
            } else {
                reader.reportType(at: recommendationsNode, path: recommendationsPath, expected: .bandTexts)
            }
        }
        guard let id, let label, let weight else { return nil }
        return Dimension(id: id, label: label, description: description, weight: weight, factors: factors, bands: bands,
                         recommendations: recommendations, levelQuestionID: levelQuestion,
                         provenance: reader.provenance(of: node, path: path))
    }

    /// A text, or `{"text": ..., "doneWhen": {"QUESTION": "code or value", ...}}`.
    private func decodeRecommendation(_ node: JSONNode, path: String) -> Recommendation? {
        guard case .object(let members) = node.value, members.contains(where: { $0.key == "text" }) else {
            return text(node, path: path).map { Recommendation(text: $0) }
        }
        guard let object = reader.object(node, path: path, allowed: ["text", "doneWhen"]) else { return nil }
        guard let text = reader.required(object, "text", .textPerLanguage).flatMap({ text($0, path: object.path(of: "text")) }) else { return nil }
        var conditions: [Recommendation.Condition] = []
        if let doneWhen = object["doneWhen"] {
            let donePath = object.path(of: "doneWhen")
            guard case .object(let pairs) = doneWhen.value else {
                reader.reportType(at: doneWhen, path: donePath, expected: .doneWhen)
                return Recommendation(text: text)
            }
            for pair in pairs {
                switch pair.value.value {
                case .string(let code): conditions.append(.init(questionID: pair.key, answer: code))
                case .number(let value): conditions.append(.init(questionID: pair.key, answer: NumberFormat.plain(value)))
                default:
                    reader.reportType(at: pair.value, path: "\(donePath).\(pair.key)", expected: .answerCodeOrValue)
                }
            }
        }
        return Recommendation(text: text, doneWhen: conditions)
    }

    private func decodeSection(_ node: JSONNode, path: String) -> Section? {
        guard let object = reader.object(node, path: path, allowed: ["id", "label", "description"]) else { return nil }
        let id = reader.required(object, "id", .sectionID).flatMap { reader.identifier($0, path: object.path(of: "id")) }
        let label = reader.required(object, "label", .textPerLanguage).flatMap { text($0, path: object.path(of: "label")) }
        let description = object["description"].flatMap { text($0, path: object.path(of: "description")) }
        guard let id, let label else { return nil }
        return Section(id: id, label: label, description: description, provenance: reader.provenance(of: node, path: path))
    }

    private func decodeMetadataField(_ node: JSONNode, path: String) -> MetadataField? {
        guard let object = reader.object(node, path: path, allowed: ["id", "label", "kind", "values"]) else { return nil }
        let id = reader.required(object, "id", .columnName).flatMap { reader.string($0, path: object.path(of: "id")) }
        let label = reader.required(object, "label", .textPerLanguage).flatMap { text($0, path: object.path(of: "label")) }
        let kind = object["kind"].map { node -> MetadataField.Kind? in
            guard let name = reader.string(node, path: object.path(of: "kind")) else { return nil }
            guard let kind = MetadataField.Kind(rawValue: name) else {
                reader.report(.error, at: node, path: object.path(of: "kind"), .unknownMetadataKind(name, kinds: MetadataField.Kind.allCases.map(\.rawValue).joined(separator: ", ")))
                return nil
            }
            return kind
        } ?? .text
        var values: [String: LocalizedText] = [:]
        if let valuesNode = object["values"] {
            let valuesPath = object.path(of: "values")
            if let kind, kind != .category {
                reader.report(.error, at: valuesNode, path: valuesPath, .valuesOnlyForCategory)
            } else if case .object(let members) = valuesNode.value {
                for member in members {
                    if let label = text(member.value, path: "\(valuesPath).\(member.key)") { values[member.key] = label }
                }
            } else {
                reader.reportType(at: valuesNode, path: valuesPath, expected: .labelledValues)
            }
        }
        guard let id, let label, let kind else { return nil }
        return MetadataField(id: id, label: label, kind: kind, values: values, provenance: reader.provenance(of: node, path: path))
    }

    private func decodeFactor(_ node: JSONNode, path: String) -> Factor? {
        guard let object = reader.object(node, path: path, allowed: ["id", "label", "weight"]) else { return nil }
        let id = reader.required(object, "id", .factorID).flatMap { reader.identifier($0, path: object.path(of: "id")) }
        let label = reader.required(object, "label", .textPerLanguage).flatMap { text($0, path: object.path(of: "label")) }
        let weight = object["weight"].map { reader.positiveNumber($0, path: object.path(of: "weight")) } ?? 1
        guard let id, let label, let weight else { return nil }
        return Factor(id: id, label: label, weight: weight, provenance: reader.provenance(of: node, path: path))
    }

    static let questionMembers = [
        "id", "dimension", "section", "scored", "factor", "text", "help", "weight", "type", "scale", "reverse", "options", "rule", "maximum",
        "minimum", "unit", "thresholds",
    ]

    private func decodeQuestion(_ node: JSONNode, path: String) -> Question? {
        guard let object = reader.object(node, path: path, allowed: Self.questionMembers) else { return nil }
        let id = reader.required(object, "id", .questionCode).flatMap { reader.identifier($0, path: object.path(of: "id")) }
        let dimension = object["dimension"].flatMap { reader.identifier($0, path: object.path(of: "dimension")) }
        let section = object["section"].flatMap { reader.identifier($0, path: object.path(of: "section")) }
        if object["dimension"] == nil && object["section"] == nil {
            reader.report(.error, at: node, path: "\(path).dimension", .neitherDimensionNorSection)
        }
        if object["dimension"] != nil, let sectionNode = object["section"] {
            reader.report(.error, at: sectionNode, path: path, .dimensionAndSection)
        }
        let scored = object["scored"].map { reader.bool($0, path: object.path(of: "scored")) } ?? (object["dimension"] != nil)
        if scored == true, let sectionNode = object["section"] {
            reader.report(.error, at: sectionNode, path: path, .scoredSectionQuestion)
        }
        let factor = object["factor"].flatMap { reader.identifier($0, path: object.path(of: "factor")) }
        let text = reader.required(object, "text", .textPerLanguage).flatMap { self.text($0, path: object.path(of: "text")) }
        let help = object["help"].flatMap { self.text($0, path: object.path(of: "help")) }
        let weight = object["weight"].map { reader.positiveNumber($0, path: object.path(of: "weight")) } ?? 1
        let kind = reader.required(object, "type", .questionType)
            .flatMap { decodeKind($0, in: object, scored: scored ?? true) }
        guard let id, dimension != nil || section != nil, let text, let weight, let kind, let scored else { return nil }
        return Question(id: id, dimensionID: dimension, sectionID: section, factorID: factor, text: text, help: help, weight: weight,
                        kind: kind, isScored: scored, provenance: reader.provenance(of: node, path: path))
    }

    /// Members that only some question types take.
    private static let membersByType: [String: Set<String>] = [
        "likert": ["scale", "reverse"], "level": ["scale"], "choice": ["options"],
        "multi": ["options", "rule", "maximum"], "yesno": ["reverse"],
        "number": ["minimum", "maximum", "unit", "thresholds"],
    ]

    /// The question's type and scoring. A descriptive (unscored) question may leave out what
    /// only scoring needs: option scores (0), the multi rule (share) and number thresholds.
    private func decodeKind(_ typeNode: JSONNode, in object: JSONObject, scored: Bool) -> QuestionKind? {
        guard let type = reader.string(typeNode, path: object.path(of: "type")) else { return nil }
        guard let accepted = Self.membersByType[type] else {
            reader.report(.error, at: typeNode,
                          path: object.path(of: "type"), .unknownQuestionType(type))
            return nil
        }
        let typeSpecific = Set(Self.membersByType.values.joined())
        for key in object.members.keys.sorted() where typeSpecific.contains(key) && !accepted.contains(key) {
            reader.report(.error, at: object.members[key]!, path: object.path(of: key), .notTakenByType(type, key))
        }
        let reverse = object["reverse"].map { reader.bool($0, path: object.path(of: "reverse")) } ?? false
        switch type {
        case "likert":
            guard let scale = scaleReference(in: object), let reverse else { return nil }
            return .likert(scale, reverse: reverse)
        case "level":
            return scaleReference(in: object).map { .level($0) }
        case "choice":
            return options(in: object, scored: scored).map { .choice($0) }
        case "multi":
            let rule = scored || object["rule"] != nil ? multiRule(in: object) : .share
            guard let options = options(in: object, scored: scored), let rule else { return nil }
            return .multi(options, rule: rule)
        case "yesno":
            return reverse.map { .yesNo(reverse: $0) }
        default:
            return numberScoring(in: object, scored: scored).map { .number($0) }
        }
    }

    private func scaleReference(in object: JSONObject) -> Scale? {
        guard let node = reader.required(object, "scale", .scale) else { return nil }
        if case .string(let name) = node.value {
            guard let scale = scales[name] else {
                let known = scales.keys.sorted()
                reader.report(.error, at: node,
                              path: object.path(of: "scale"), .unknownScale(name, known: known.isEmpty ? nil : known.joined(separator: ", ")))
                return nil
            }
            return scale
        }
        return decodeScale(node, path: object.path(of: "scale"))
    }

    private func options(in object: JSONObject, scored: Bool) -> [Option]? {
        guard let node = reader.required(object, "options", .options) else { return nil }
        return decodeList(node, path: object.path(of: "options")) { element, path -> Option? in
            guard let option = reader.object(element, path: path, allowed: ["code", "label", "score"]) else { return nil }
            let code = reader.required(option, "code", .optionCode).flatMap { reader.identifier($0, path: option.path(of: "code")) }
            let label = reader.required(option, "label", .textPerLanguage).flatMap { text($0, path: option.path(of: "label")) }
            let scoreNode = scored ? reader.required(option, "score", .scoreTo100) : option["score"]
            let score = scoreNode.map { reader.number($0, path: option.path(of: "score"), in: 0...100) } ?? 0
            guard let code, let label, let score else { return nil }
            return Option(code: code, label: label, score: score, provenance: reader.provenance(of: element, path: path))
        }
    }

    private func multiRule(in object: JSONObject) -> MultiRule? {
        guard let node = reader.required(object, "rule", .rule),
            let name = reader.string(node, path: object.path(of: "rule"))
        else { return nil }
        switch name {
        case "share":
            if let maximum = object["maximum"] {
                reader.report(.error, at: maximum, path: object.path(of: "maximum"), .shareTakesNoMaximum)
            }
            return .share
        case "sum-capped":
            guard let maximumNode = reader.required(object, "maximum", .cappedTotal),
                let maximum = reader.positiveNumber(maximumNode, path: object.path(of: "maximum"))
            else { return nil }
            return .sumCapped(maximum: maximum)
        default:
            reader.report(.error, at: node, path: object.path(of: "rule"), .unknownRule(name))
            return nil
        }
    }

    private func numberScoring(in object: JSONObject, scored: Bool) -> NumberScoring? {
        let minimum = object["minimum"].map { reader.number($0, path: object.path(of: "minimum")) } ?? 0
        let maximum = object["maximum"].flatMap { reader.number($0, path: object.path(of: "maximum")) }
        let unit = object["unit"].flatMap { text($0, path: object.path(of: "unit")) }
        guard let node = scored ? reader.required(object, "thresholds", .thresholds) : object["thresholds"] else {
            guard !scored, let minimum else { return nil }
            return NumberScoring(unit: unit, minimum: minimum, maximum: maximum, thresholds: [], provenance: reader.provenance(of: object.node, path: object.path))
        }
        let thresholds = decodeList(node, path: object.path(of: "thresholds")) { element, path -> NumberScoring.Threshold? in
            guard let threshold = reader.object(element, path: path, allowed: ["atLeast", "score"]) else { return nil }
            let atLeast = reader.required(threshold, "atLeast", .number).flatMap { reader.number($0, path: threshold.path(of: "atLeast")) }
            let score = reader.required(threshold, "score", .scoreTo100).flatMap { reader.number($0, path: threshold.path(of: "score"), in: 0...100) }
            guard let atLeast, let score else { return nil }
            return NumberScoring.Threshold(atLeast: atLeast, score: score)
        }
        guard let minimum, let thresholds else { return nil }
        return NumberScoring(unit: unit, minimum: minimum, maximum: maximum, thresholds: thresholds,
                             provenance: reader.provenance(of: node, path: object.path(of: "thresholds")))
    }

    // MARK: - Helpers

    /// Decodes every element of an array; nil if it is not an array or any element failed.
    private func decodeList<T>(_ node: JSONNode, path: String, _ decodeElement: (JSONNode, String) -> T?) -> [T]? {
        guard let elements = reader.array(node, path: path) else { return nil }
        var result: [T] = []
        var failed = false
        for (index, element) in elements.enumerated() {
            if let value = decodeElement(element, "\(path)[\(index)]") { result.append(value) } else { failed = true }
        }
        return failed ? nil : result
    }

    /// A human text: an object of language -> string, or a plain string in every language.
    /// Warns about declared languages without text and texts in undeclared languages.
    private func text(_ node: JSONNode, path: String) -> LocalizedText? {
        if case .string(let plain) = node.value {
            return LocalizedText(Dictionary(uniqueKeysWithValues: languages.map { ($0, plain) }))
        }
        guard case .object(let members) = node.value else {
            reader.reportType(at: node, path: path, expected: .textObject)
            return nil
        }
        var translations: [String: String] = [:]
        for member in members {
            guard let value = reader.string(member.value, path: "\(path).\(member.key)") else { continue }
            if !languages.contains(member.key) {
                reader.report(.warning, at: member.value, path: "\(path).\(member.key)", .undeclaredLanguage(member.key))
            }
            translations[member.key] = value
        }
        for language in languages where translations[language]?.isEmpty ?? true {
            reader.report(.warning, at: node, path: path, .missingText(language))
        }
        return LocalizedText(translations)
    }
}
