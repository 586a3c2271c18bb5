/// The rules a well-formed questionnaire must also follow: unique ids, resolvable references,
/// usable scales, bands that cover 0-100 exactly once, a recommendation for every band.
/// Pure: takes the model, returns diagnostics located at each element's provenance, worded in
/// `wording` (JSON paths, ids and codes as written).
struct QuestionnaireValidator {
    let file: String
    let wording: QuestionnaireWording

    init(file: String, wording: QuestionnaireWording) {
        self.file = file
        self.wording = wording
    }

    /// Every rule broken by the questionnaire, located at the offending element.
    func validate(_ questionnaire: Questionnaire) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func report(_ severity: Severity, _ provenance: Provenance, _ message: String) {
            let location = SourceLocation(file: file, line: provenance.line, column: provenance.column)
            let prefix = provenance.path.isEmpty ? "" : provenance.path + wording.colon
            diagnostics.append(Diagnostic(severity, location, prefix + message))
        }

        if !Self.isSafeName(questionnaire.id) {
            report(.error, questionnaire.idProvenance, wording.unsafeID(questionnaire.id, Self.safeNameLength))
        }
        checkUnique(questionnaire.dimensions, id: \.id, provenance: \.provenance, what: .dimension, report)
        checkUnique(questionnaire.questions, id: \.id, provenance: \.provenance, what: .question, report)
        let nonAnswerCodes = Set(questionnaire.nonAnswers.map(\.code))
        if nonAnswerCodes.count != questionnaire.nonAnswers.count {
            report(.error, .none, wording.duplicateNonAnswerCode)
        }
        checkBandSet(questionnaire.bands, report)
        checkSections(questionnaire, report)
        for dimension in questionnaire.dimensions { checkDimension(dimension, in: questionnaire, report) }
        checkQuestions(questionnaire, nonAnswerCodes: nonAnswerCodes, report)
        // Scores are computed exactly, in integers: weights and scores must allow it.
        if !diagnostics.contains(where: { $0.severity == .error }) {
            for problem in ExactWeights(questionnaire).problems { report(.error, problem.provenance, wording.exactness(problem.problem)) }
        }
        return diagnostics
    }

    /// Section ids unique and not dimension ids; sections with questions.
    private func checkSections(_ questionnaire: Questionnaire, _ report: Report) {
        checkUnique(questionnaire.sections, id: \.id, provenance: \.provenance, what: .section, report)
        for section in questionnaire.sections {
            if questionnaire.dimension(section.id) != nil {
                report(.error, section.provenance, wording.sectionIsDimension(section.id))
            }
            if questionnaire.questions(in: section.id).isEmpty {
                report(.warning, section.provenance, wording.sectionWithoutQuestions(section.id))
            }
        }
    }

    /// A dimension's factors, bands, recommendations, level question and scored questions.
    private func checkDimension(_ dimension: Dimension, in questionnaire: Questionnaire, _ report: Report) {
        checkUnique(dimension.factors, id: \.id, provenance: \.provenance, what: .factor(dimension: dimension.id), report)
        if let bands = dimension.bands { checkBandSet(bands, report) }
        let bandIDs = questionnaire.bands(for: dimension).bands.map(\.id)
        checkRecommendations(of: dimension, bandIDs: bandIDs, in: questionnaire, report)
        let questions = questionnaire.questions(in: dimension.id)
        if !questions.contains(where: \.isScored) {
            report(.warning, dimension.provenance, wording.dimensionNeverScored(dimension.id))
        }
        if let levelID = dimension.levelQuestionID {
            switch questions.first(where: { $0.id == levelID })?.kind {
            case .level?: break
            case nil:
                report(.error, dimension.provenance, wording.levelQuestionElsewhere(levelID, dimension.id))
            case let kind?:
                report(.error, dimension.provenance, wording.levelQuestionOfType(levelID, kind.typeName))
            }
        }
        for factor in dimension.factors where !questions.contains(where: { $0.factorID == factor.id }) {
            report(.warning, factor.provenance, wording.factorWithoutQuestions(factor.id))
        }
    }

    /// A dimension's recommendations: for its bands, done when answers of its own questions are given, one per band.
    private func checkRecommendations(of dimension: Dimension, bandIDs: [String], in questionnaire: Questionnaire, _ report: Report) {
        for key in dimension.recommendations.keys.sorted() where !bandIDs.contains(key) {
            report(.error, dimension.provenance, wording.recommendationForUnknownBand(key, bandIDs.joined(separator: ", ")))
        }
        for key in dimension.recommendations.keys.sorted() {
            for condition in dimension.recommendations[key]?.doneWhen ?? [] {
                guard let question = questionnaire.questions.first(where: { $0.id == condition.questionID }) else {
                    report(.error, dimension.provenance, wording.recommendationOnUnknownQuestion(key, condition.questionID))
                    continue
                }
                if question.dimensionID != dimension.id {
                    report(.error, dimension.provenance, wording.recommendationOnOtherDimension(key, dimension.id, question.id))
                } else if let problem = Recommendation.problem(with: condition.answer, for: question) {
                    report(.error, dimension.provenance, wording.recommendationProblem(key, wording.mismatch(problem)))
                }
            }
        }
        if !dimension.recommendations.isEmpty {
            for bandID in bandIDs where dimension.recommendations[bandID] == nil {
                report(.warning, dimension.provenance, wording.noRecommendation(bandID))
            }
        }
    }

    /// Each question's references and kind, each scale once; the reserved id; something to score.
    private func checkQuestions(_ questionnaire: Questionnaire, nonAnswerCodes: Set<String>, _ report: Report) {
        var checkedScales = Set<String>()
        for question in questionnaire.questions {
            checkReferences(question, in: questionnaire, report)
            switch question.kind {
            case .likert(let scale, _), .level(let scale):
                // A named scale is shared by many questions: report its problems once.
                if checkedScales.insert(scale.provenance.path).inserted { checkScale(scale, report) }
            default:
                checkKind(question, nonAnswerCodes: nonAnswerCodes, report)
            }
        }
        if questionnaire.questions.contains(where: { $0.id == "id" }) {
            report(.error, .none, wording.reservedQuestionID)
        }
        if questionnaire.dimensions.isEmpty {
            report(.error, .none, wording.noDimensions)
        } else if !questionnaire.questions.contains(where: { question in
            question.isScored && questionnaire.dimensions.contains { $0.id == question.dimensionID }
        }) {
            report(.error, .none, wording.nothingScored)
        }
    }

    /// The longest safe name: room for the report files' suffixes within a file name's 255 bytes.
    static let safeNameLength = 128

    /// Whether an id can be a file or folder name as it is, on every system, and never climbs out
    /// of its folder: `[A-Za-z0-9][A-Za-z0-9._-]*` without `..`.
    static func isSafeName(_ id: String) -> Bool {
        let bytes = Array(id.utf8)
        guard let first = bytes.first, bytes.count <= safeNameLength, isAlphanumeric(first), !id.contains("..") else { return false }
        return bytes.allSatisfy { isAlphanumeric($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    private typealias Report = (Severity, Provenance, String) -> Void

    private func checkUnique<Element>(
        _ elements: [Element], id: KeyPath<Element, String>, provenance: KeyPath<Element, Provenance>, what: QuestionnaireWording.Element,
        _ report: Report
    ) {
        var seen: [String: Provenance] = [:]
        for element in elements {
            let key = element[keyPath: id]
            if let first = seen[key] {
                report(.error, element[keyPath: provenance], wording.duplicate(what, key, first.line))
            } else {
                seen[key] = element[keyPath: provenance]
            }
        }
    }

    private func checkReferences(_ question: Question, in questionnaire: Questionnaire, _ report: Report) {
        guard let dimensionID = question.dimensionID else {
            if let sectionID = question.sectionID, !questionnaire.sections.contains(where: { $0.id == sectionID }) {
                let known = questionnaire.sections.map(\.id)
                report(.error, question.provenance, wording.unknownSection(question.id, sectionID, known.isEmpty ? nil : known.joined(separator: ", ")))
            }
            if question.factorID != nil {
                report(.error, question.provenance, wording.factorInSection(question.id))
            }
            return
        }
        guard let dimension = questionnaire.dimension(dimensionID) else {
            let known = questionnaire.dimensions.map(\.id).joined(separator: ", ")
            report(.error, question.provenance, wording.unknownDimension(question.id, dimensionID, known))
            return
        }
        if let factorID = question.factorID {
            if !dimension.factors.contains(where: { $0.id == factorID }) {
                let known = dimension.factors.map(\.id)
                report(.error, question.provenance,
                       wording.unknownFactor(question.id, factorID, dimension.id, known.isEmpty ? nil : known.joined(separator: ", ")))
            }
        } else if !dimension.factors.isEmpty && question.isScored {
            report(.error, question.provenance, wording.missingFactor(question.id, dimension.id, dimension.factors.map(\.id).joined(separator: ", ")))
        }
    }

    private func checkKind(_ question: Question, nonAnswerCodes: Set<String>, _ report: Report) {
        switch question.kind {
        case .likert, .level:
            break
        case .choice(let options), .multi(let options, _):
            checkOptions(options, question: question, nonAnswerCodes: nonAnswerCodes, report)
            if case .multi(_, .share) = question.kind, question.isScored, !options.contains(where: { $0.score > 0 }) {
                report(.error, question.provenance, wording.shareWithoutScore)
            }
        case .yesNo:
            for code in YesNoAnswer.allCodes where nonAnswerCodes.contains(code) {
                report(.error, question.provenance, wording.nonAnswerIsYesNo(code))
            }
        case .number(let scoring):
            // A descriptive number needs no thresholds; when it has some they must make sense.
            if question.isScored || !scoring.thresholds.isEmpty { checkThresholds(scoring, report) }
        }
    }

    private func checkScale(_ scale: Scale, _ report: Report) {
        if scale.points.count < 2 {
            report(.error, scale.provenance, wording.scaleTooShort)
        }
        var seen = Set<Double>()
        for point in scale.points where !seen.insert(point.value).inserted {
            report(.error, scale.provenance, wording.duplicateScaleValue(NumberFormat.plain(point.value)))
        }
    }

    private func checkOptions(_ options: [Option], question: Question, nonAnswerCodes: Set<String>, _ report: Report) {
        if options.count < 2 {
            report(.error, question.provenance, wording.tooFewOptions(question.id))
        }
        if case .multi = question.kind, options.count > OptionSelection.capacity {
            report(.error, question.provenance, wording.tooManyOptions(question.id, options.count, OptionSelection.capacity))
        }
        var seen = Set<String>()
        for option in options {
            if !seen.insert(option.code).inserted {
                report(.error, option.provenance, wording.duplicateOptionCode(option.code))
            }
            if nonAnswerCodes.contains(option.code) {
                report(.error, option.provenance, wording.optionIsNonAnswer(option.code))
            }
        }
    }

    private func checkThresholds(_ scoring: NumberScoring, _ report: Report) {
        guard let first = scoring.thresholds.first else {
            report(.error, scoring.provenance, wording.noThreshold)
            return
        }
        if first.atLeast > scoring.minimum {
            report(.error, scoring.provenance, wording.firstThresholdAboveMinimum(NumberFormat.plain(first.atLeast), NumberFormat.plain(scoring.minimum)))
        }
        for (previous, next) in zip(scoring.thresholds, scoring.thresholds.dropFirst()) where next.atLeast <= previous.atLeast {
            report(.error, scoring.provenance, wording.thresholdsMustRise(NumberFormat.plain(next.atLeast), NumberFormat.plain(previous.atLeast)))
        }
        if let maximum = scoring.maximum, maximum < scoring.minimum {
            report(.error, scoring.provenance, wording.maximumBelowMinimum(NumberFormat.plain(maximum), NumberFormat.plain(scoring.minimum)))
        }
    }

    /// A band's range as the messages show it (`25-50`).
    private func range(_ band: Band) -> String { "\(NumberFormat.plain(band.lower))-\(NumberFormat.plain(band.upper))" }

    private func checkBandSet(_ set: BandSet, _ report: Report) {
        checkUnique(set.bands, id: \.id, provenance: \.provenance, what: .band, report)
        let ordered = set.bands.sorted { $0.lower < $1.lower }
        guard let first = ordered.first, let last = ordered.last else {
            report(.error, set.provenance, wording.noBands)
            return
        }
        if first.lower != 0 {
            report(.error, first.provenance, wording.bandsStart(NumberFormat.plain(first.lower)))
        }
        if last.upper != 100 {
            report(.error, last.provenance, wording.bandsEnd(NumberFormat.plain(last.upper)))
        }
        for (previous, next) in zip(ordered, ordered.dropFirst()) {
            if next.lower < previous.upper {
                report(.error, next.provenance, wording.bandsOverlap(next.id, range(next), previous.id, range(previous), NumberFormat.plain(previous.upper)))
            } else if next.lower > previous.upper {
                report(.error, next.provenance, wording.bandsGap(previous.id, NumberFormat.plain(previous.upper), next.id, NumberFormat.plain(next.lower)))
            }
        }
        let shares = set.bands.compactMap(\.referenceShare)
        if shares.reduce(0, +) > 1.0005 {
            report(.warning, set.provenance, wording.sharesOver100)
        }
    }
}
