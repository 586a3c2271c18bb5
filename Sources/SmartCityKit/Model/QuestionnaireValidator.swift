/// The rules a well-formed questionnaire must also follow: unique ids, resolvable references,
/// usable scales, bands that cover 0-100 exactly once, a recommendation for every band.
/// Pure: takes the model, returns diagnostics located at each element's provenance.
struct QuestionnaireValidator {
    let file: String

    init(file: String) { self.file = file }

    /// Every rule broken by the questionnaire, located at the offending element.
    func validate(_ questionnaire: Questionnaire) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        func report(_ severity: Severity, _ provenance: Provenance, _ message: String) {
            let location = SourceLocation(file: file, line: provenance.line, column: provenance.column)
            let prefix = provenance.path.isEmpty ? "" : "\(provenance.path): "
            diagnostics.append(Diagnostic(severity, location, prefix + message))
        }

        if !Self.isSafeName(questionnaire.id) {
            report(.error, questionnaire.idProvenance, "\"\(questionnaire.id)\" cannot name the report folder (Reports/<id>/); \(Self.safeNameRule)")
        }
        checkUnique(questionnaire.dimensions, id: \.id, provenance: \.provenance, what: "dimension id", report)
        checkUnique(questionnaire.questions, id: \.id, provenance: \.provenance, what: "question id", report)
        let nonAnswerCodes = Set(questionnaire.nonAnswers.map(\.code))
        if nonAnswerCodes.count != questionnaire.nonAnswers.count {
            report(.error, .none, "nonAnswers: duplicate code; give each non-answer its own code")
        }
        checkBandSet(questionnaire.bands, report)
        checkSections(questionnaire, report)
        for dimension in questionnaire.dimensions { checkDimension(dimension, in: questionnaire, report) }
        checkQuestions(questionnaire, nonAnswerCodes: nonAnswerCodes, report)
        // Scores are computed exactly, in integers: weights and scores must allow it.
        if !diagnostics.contains(where: { $0.severity == .error }) {
            for problem in ExactWeights(questionnaire).problems { report(.error, problem.provenance, problem.message) }
        }
        return diagnostics
    }

    /// Section ids unique and not dimension ids; sections with questions.
    private func checkSections(_ questionnaire: Questionnaire, _ report: Report) {
        checkUnique(questionnaire.sections, id: \.id, provenance: \.provenance, what: "section id", report)
        for section in questionnaire.sections {
            if questionnaire.dimension(section.id) != nil {
                report(.error, section.provenance, "section id \"\(section.id)\" is also a dimension id; give it its own id")
            }
            if questionnaire.questions(in: section.id).isEmpty {
                report(.warning, section.provenance, "section \"\(section.id)\" has no questions")
            }
        }
    }

    /// A dimension's factors, bands, recommendations, level question and scored questions.
    private func checkDimension(_ dimension: Dimension, in questionnaire: Questionnaire, _ report: Report) {
        checkUnique(dimension.factors, id: \.id, provenance: \.provenance, what: "factor id in dimension \"\(dimension.id)\"", report)
        if let bands = dimension.bands { checkBandSet(bands, report) }
        let bandIDs = questionnaire.bands(for: dimension).bands.map(\.id)
        checkRecommendations(of: dimension, bandIDs: bandIDs, in: questionnaire, report)
        let questions = questionnaire.questions(in: dimension.id)
        if !questions.contains(where: \.isScored) {
            report(.warning, dimension.provenance, "dimension \"\(dimension.id)\" has no scored questions; it can never be scored")
        }
        if let levelID = dimension.levelQuestionID {
            switch questions.first(where: { $0.id == levelID })?.kind {
            case .level?: break
            case nil:
                report(.error, dimension.provenance, "levelQuestion \"\(levelID)\" is not a question of dimension \"\(dimension.id)\"; name one of its level questions")
            case let kind?:
                report(.error, dimension.provenance, "levelQuestion \"\(levelID)\" is a \(kind.typeName) question; the maturity level needs a level question")
            }
        }
        for factor in dimension.factors where !questions.contains(where: { $0.factorID == factor.id }) {
            report(.warning, factor.provenance, "factor \"\(factor.id)\" has no questions")
        }
    }

    /// A dimension's recommendations: for its bands, done when answers of its own questions are given, one per band.
    private func checkRecommendations(of dimension: Dimension, bandIDs: [String], in questionnaire: Questionnaire, _ report: Report) {
        for key in dimension.recommendations.keys.sorted() where !bandIDs.contains(key) {
            report(.error, dimension.provenance,
                   "recommendation for unknown band \"\(key)\"; use one of \(bandIDs.joined(separator: ", "))")
        }
        for key in dimension.recommendations.keys.sorted() {
            for condition in dimension.recommendations[key]?.doneWhen ?? [] {
                guard let question = questionnaire.questions.first(where: { $0.id == condition.questionID }) else {
                    report(.error, dimension.provenance, "the recommendation for band \"\(key)\" is done when \"\(condition.questionID)\" is answered, but no question has that id")
                    continue
                }
                if question.dimensionID != dimension.id {
                    report(.error, dimension.provenance,
                           "the recommendation for band \"\(key)\" of \"\(dimension.id)\" depends on \(question.id), a question of another dimension; tie it to this dimension's questions")
                } else if let problem = Recommendation.problem(with: condition.answer, for: question) {
                    report(.error, dimension.provenance, "the recommendation for band \"\(key)\": \(problem)")
                }
            }
        }
        if !dimension.recommendations.isEmpty {
            for bandID in bandIDs where dimension.recommendations[bandID] == nil {
                report(.warning, dimension.provenance, "no recommendation for band \"\(bandID)\"; add one under recommendations")
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
            report(.error, .none, "questions: \"id\" is reserved for the respondent id column; rename the question")
        }
        if questionnaire.dimensions.isEmpty {
            report(.error, .none, "dimensions: none; a questionnaire needs at least one dimension to score")
        } else if !questionnaire.questions.contains(where: { question in
            question.isScored && questionnaire.dimensions.contains { $0.id == question.dimensionID }
        }) {
            report(.error, .none, "questions: no dimension has a scored question, so nothing can ever be scored; give a dimension at least one scored question")
        }
    }

    /// The rule for an id that becomes a file or folder name, said as the fix.
    static let safeNameRule = "use letters A-Z and a-z, digits, '.', '_' and '-' only, starting with a letter or digit, without '..', at most \(safeNameLength) characters"
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
        _ elements: [Element], id: KeyPath<Element, String>, provenance: KeyPath<Element, Provenance>, what: String,
        _ report: Report
    ) {
        var seen: [String: Provenance] = [:]
        for element in elements {
            let key = element[keyPath: id]
            if let first = seen[key] {
                report(.error, element[keyPath: provenance],
                       "duplicate \(what) \"\(key)\" (first declared at line \(first.line)); give each a unique id")
            } else {
                seen[key] = element[keyPath: provenance]
            }
        }
    }

    private func checkReferences(_ question: Question, in questionnaire: Questionnaire, _ report: Report) {
        guard let dimensionID = question.dimensionID else {
            if let sectionID = question.sectionID, !questionnaire.sections.contains(where: { $0.id == sectionID }) {
                let known = questionnaire.sections.map(\.id)
                report(.error, question.provenance, "question \"\(question.id)\" refers to unknown section \"\(sectionID)\""
                    + (known.isEmpty ? "; declare it under \"sections\"" : "; use one of \(known.joined(separator: ", "))"))
            }
            if question.factorID != nil {
                report(.error, question.provenance, "question \"\(question.id)\" belongs to a section and cannot have a factor")
            }
            return
        }
        guard let dimension = questionnaire.dimension(dimensionID) else {
            let known = questionnaire.dimensions.map(\.id).joined(separator: ", ")
            report(.error, question.provenance, "question \"\(question.id)\" refers to unknown dimension \"\(dimensionID)\"; use one of \(known)")
            return
        }
        if let factorID = question.factorID {
            if !dimension.factors.contains(where: { $0.id == factorID }) {
                let known = dimension.factors.map(\.id)
                report(.error, question.provenance,
                       "question \"\(question.id)\" refers to unknown factor \"\(factorID)\" of dimension \"\(dimension.id)\""
                           + (known.isEmpty ? "; the dimension declares no factors" : "; use one of \(known.joined(separator: ", "))"))
            }
        } else if !dimension.factors.isEmpty && question.isScored {
            report(.error, question.provenance,
                   "question \"\(question.id)\" has no factor, but dimension \"\(dimension.id)\" has factors; add \"factor\" with one of \(dimension.factors.map(\.id).joined(separator: ", "))")
        }
    }

    private func checkKind(_ question: Question, nonAnswerCodes: Set<String>, _ report: Report) {
        switch question.kind {
        case .likert, .level:
            break
        case .choice(let options), .multi(let options, _):
            checkOptions(options, question: question, nonAnswerCodes: nonAnswerCodes, report)
            if case .multi(_, .share) = question.kind, question.isScored, !options.contains(where: { $0.score > 0 }) {
                report(.error, question.provenance, "the share rule needs at least one option with a score above 0")
            }
        case .yesNo:
            for code in YesNoAnswer.allCodes where nonAnswerCodes.contains(code) {
                report(.error, question.provenance, "the non-answer code \"\(code)\" is also a yes/no answer; choose another code")
            }
        case .number(let scoring):
            // A descriptive number needs no thresholds; when it has some they must make sense.
            if question.isScored || !scoring.thresholds.isEmpty { checkThresholds(scoring, report) }
        }
    }

    private func checkScale(_ scale: Scale, _ report: Report) {
        if scale.points.count < 2 {
            report(.error, scale.provenance, "a scale needs at least two points; add points")
        }
        var seen = Set<Double>()
        for point in scale.points where !seen.insert(point.value).inserted {
            report(.error, scale.provenance, "duplicate scale value \(NumberFormat.plain(point.value)); each point needs its own value")
        }
    }

    private func checkOptions(_ options: [Option], question: Question, nonAnswerCodes: Set<String>, _ report: Report) {
        if options.count < 2 {
            report(.error, question.provenance, "question \"\(question.id)\" needs at least two options")
        }
        if case .multi = question.kind, options.count > OptionSelection.capacity {
            report(.error, question.provenance,
                   "question \"\(question.id)\" has \(options.count) options; a multi question can have at most \(OptionSelection.capacity), split it into several questions")
        }
        var seen = Set<String>()
        for option in options {
            if !seen.insert(option.code).inserted {
                report(.error, option.provenance, "duplicate option code \"\(option.code)\"; give each option its own code")
            }
            if nonAnswerCodes.contains(option.code) {
                report(.error, option.provenance, "option code \"\(option.code)\" is also a non-answer code; choose another code")
            }
        }
    }

    private func checkThresholds(_ scoring: NumberScoring, _ report: Report) {
        guard let first = scoring.thresholds.first else {
            report(.error, scoring.provenance, "a number question needs at least one threshold")
            return
        }
        if first.atLeast > scoring.minimum {
            report(.error, scoring.provenance,
                   "the first threshold (\(NumberFormat.plain(first.atLeast))) is above the minimum answer (\(NumberFormat.plain(scoring.minimum))); start the thresholds at the minimum")
        }
        for (previous, next) in zip(scoring.thresholds, scoring.thresholds.dropFirst()) where next.atLeast <= previous.atLeast {
            report(.error, scoring.provenance,
                   "thresholds must rise: \(NumberFormat.plain(next.atLeast)) follows \(NumberFormat.plain(previous.atLeast))")
        }
        if let maximum = scoring.maximum, maximum < scoring.minimum {
            report(.error, scoring.provenance, "maximum \(NumberFormat.plain(maximum)) is below minimum \(NumberFormat.plain(scoring.minimum))")
        }
    }

    private func checkBandSet(_ set: BandSet, _ report: Report) {
        checkUnique(set.bands, id: \.id, provenance: \.provenance, what: "band id", report)
        let ordered = set.bands.sorted { $0.lower < $1.lower }
        guard let first = ordered.first, let last = ordered.last else {
            report(.error, set.provenance, "declare at least one band")
            return
        }
        if first.lower != 0 {
            report(.error, first.provenance, "the bands start at \(NumberFormat.plain(first.lower)); the lowest band must start at 0 so that every score 0-100 has a band")
        }
        if last.upper != 100 {
            report(.error, last.provenance, "the bands end at \(NumberFormat.plain(last.upper)); the highest band must end at 100 so that every score 0-100 has a band")
        }
        for (previous, next) in zip(ordered, ordered.dropFirst()) {
            if next.lower < previous.upper {
                report(.error, next.provenance,
                       "band \"\(next.id)\" (\(NumberFormat.plain(next.lower))-\(NumberFormat.plain(next.upper))) overlaps band \"\(previous.id)\" (\(NumberFormat.plain(previous.lower))-\(NumberFormat.plain(previous.upper))); set its lower bound to \(NumberFormat.plain(previous.upper))")
            } else if next.lower > previous.upper {
                report(.error, next.provenance,
                       "gap between band \"\(previous.id)\" (ends at \(NumberFormat.plain(previous.upper))) and band \"\(next.id)\" (starts at \(NumberFormat.plain(next.lower))); set its lower bound to \(NumberFormat.plain(previous.upper)), the boundary rule decides where \(NumberFormat.plain(previous.upper)) itself falls")
            }
        }
        let shares = set.bands.compactMap(\.referenceShare)
        if shares.reduce(0, +) > 1.0005 {
            report(.warning, set.provenance, "the reference shares add up to more than 100 %")
        }
    }
}
