/// Where a model element was declared: its JSON path and the line and column of its value.
package struct Provenance: Sendable, Hashable {
    package var path: String
    var line: Int
    var column: Int

    init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// Nowhere in particular: for elements built in code.
    static let none = Provenance(path: "", line: 1, column: 1)
}

/// A human text in several languages (`{"nl": "...", "en": "..."}`).
package struct LocalizedText: Sendable, Hashable {
    var translations: [String: String]

    init(_ translations: [String: String]) { self.translations = translations }

    /// The text in `language`, else in `fallback`, else in any language (sorted by code).
    package func text(in language: String, fallback: String) -> String {
        translations[language] ?? translations[fallback]
            ?? translations.sorted { $0.key < $1.key }.first?.value ?? ""
    }
}

/// A smart-city maturity questionnaire: dimensions, questions and how answers are scored.
package struct Questionnaire: Sendable {
    /// The file-format version this model reads.
    static let supportedFormat = 1

    package var id: String
    /// Where the id is written (the validator points there).
    var idProvenance: Provenance = .none
    package var version: String
    package var title: LocalizedText
    var description: LocalizedText?
    var source: LocalizedText?
    package var languages: [String]
    package var defaultLanguage: String
    /// The missing-data rule: the minimum share (0-1) of a dimension's applicable question
    /// weight that must be answered for the dimension to be scored.
    var minimumCoverage: Double
    /// Respondents who answered a smaller share (0-1) of the whole questionnaire are kept out of
    /// the ranking and the cohort statistics; nil: no such rule.
    var minimumTotalCoverage: Double?
    /// The metadata columns reports copy; nil when the questionnaire declares none (then every
    /// column that is not personal data is copied).
    var metadata: [MetadataField]?
    /// Answers that mean "don't know" or "not applicable", accepted for every question.
    var nonAnswers: [NonAnswer]
    package var dimensions: [Dimension]
    /// Parts of the form whose questions are descriptive only (never scored).
    var sections: [Section]
    package var questions: [Question]
    /// Maturity bands of the total score.
    var bands: BandSet

    init(
        id: String, version: String, title: LocalizedText, description: LocalizedText? = nil,
        source: LocalizedText? = nil, languages: [String], defaultLanguage: String, minimumCoverage: Double,
        nonAnswers: [NonAnswer], dimensions: [Dimension], sections: [Section] = [], questions: [Question], bands: BandSet
    ) {
        self.id = id
        self.version = version
        self.title = title
        self.description = description
        self.source = source
        self.languages = languages
        self.defaultLanguage = defaultLanguage
        self.minimumCoverage = minimumCoverage
        self.nonAnswers = nonAnswers
        self.dimensions = dimensions
        self.sections = sections
        self.questions = questions
        self.bands = bands
    }

    /// The dimension with this id.
    func dimension(_ id: String) -> Dimension? { dimensions.first { $0.id == id } }

    /// The bands that classify a dimension's score: its own, else the total's.
    func bands(for dimension: Dimension) -> BandSet { dimension.bands ?? bands }

    /// The questions of a dimension or section, in file order.
    package func questions(in groupID: String) -> [Question] { questions.filter { $0.groupID == groupID } }

    /// The indices of the questions that are not scored (descriptive questions), in file order.
    var descriptiveQuestionIndices: [Int] { questions.indices.filter { !questions[$0].isScored } }
    /// The indices of the scored questions, in questionnaire order.
    var scoredQuestionIndices: [Int] { questions.indices.filter { questions[$0].isScored } }

    /// Whether any dimension reports a maturity level.
    var hasLevels: Bool { dimensions.contains { $0.levelQuestionID != nil } }
}

/// A part of the form that holds descriptive questions only: they are reported as counts and
/// shares, never scored.
struct Section: Sendable {
    package var id: String
    package var label: LocalizedText
    var description: LocalizedText?
    var provenance: Provenance

    init(id: String, label: LocalizedText, description: LocalizedText? = nil, provenance: Provenance = .none) {
        self.id = id
        self.label = label
        self.description = description
        self.provenance = provenance
    }
}

/// One of the smart-city dimensions or I-monitor indicators.
package struct Dimension: Sendable {
    package var id: String
    package var label: LocalizedText
    var description: LocalizedText?
    /// Relative weight in the total score (weights are normalised over the dimensions scored).
    var weight: Double
    var factors: [Factor]
    /// Bands of this dimension's own score, when it has its own.
    var bands: BandSet?
    /// What to do next, by the id of the band the dimension's score falls in.
    var recommendations: [String: Recommendation]
    /// The `level` question whose answer is reported as the dimension's maturity level.
    var levelQuestionID: String?
    var provenance: Provenance

    init(
        id: String, label: LocalizedText, description: LocalizedText? = nil, weight: Double, factors: [Factor] = [],
        bands: BandSet? = nil, recommendations: [String: Recommendation] = [:], levelQuestionID: String? = nil,
        provenance: Provenance = .none
    ) {
        self.id = id
        self.label = label
        self.description = description
        self.weight = weight
        self.factors = factors
        self.bands = bands
        self.recommendations = recommendations
        self.levelQuestionID = levelQuestionID
        self.provenance = provenance
    }
}

/// A factor (sub-area) inside a dimension.
struct Factor: Sendable {
    package var id: String
    package var label: LocalizedText
    /// Relative weight inside its dimension.
    var weight: Double
    var provenance: Provenance

    init(id: String, label: LocalizedText, weight: Double = 1, provenance: Provenance = .none) {
        self.id = id
        self.label = label
        self.weight = weight
        self.provenance = provenance
    }
}

/// An answer that is not an answer: it is never scored as zero and is left out of the denominator.
package struct NonAnswer: Sendable, Hashable {
    /// What the non-answer means.
    package enum Kind: String, Sendable, CaseIterable {
        /// The respondent does not know: lowers the dimension's coverage.
        case dontKnow = "dont-know"
        /// The question does not apply: removed from the dimension's applicable weight.
        case notApplicable = "not-applicable"
    }

    package var code: String
    var kind: Kind
    package var label: LocalizedText

    init(code: String, kind: Kind, label: LocalizedText) {
        self.code = code
        self.kind = kind
        self.label = label
    }
}

/// One question; its `id` is the column name in a responses file.
package struct Question: Sendable {
    package var id: String
    /// The dimension a question belongs to; nil for a question of a descriptive section.
    var dimensionID: String?
    /// The descriptive section a question belongs to, when it has no dimension.
    var sectionID: String?
    var factorID: String?
    package var text: LocalizedText
    var help: LocalizedText?
    /// Relative weight inside its factor, or its dimension when it has no factor.
    var weight: Double
    var kind: QuestionKind
    /// Whether the answer counts in the dimension's score; descriptive questions are reported
    /// as counts and shares instead.
    var isScored: Bool
    var provenance: Provenance

    init(
        id: String, dimensionID: String?, sectionID: String? = nil, factorID: String? = nil, text: LocalizedText,
        help: LocalizedText? = nil, weight: Double = 1, kind: QuestionKind, isScored: Bool = true,
        provenance: Provenance = .none
    ) {
        self.id = id
        self.dimensionID = dimensionID
        self.sectionID = sectionID
        self.factorID = factorID
        self.text = text
        self.help = help
        self.weight = weight
        self.kind = kind
        self.isScored = isScored
        self.provenance = provenance
    }

    /// The dimension or section the question belongs to.
    var groupID: String { dimensionID ?? sectionID ?? "" }
}

/// A question's type and how its answer becomes an item score from 0 to 100.
package enum QuestionKind: Sendable {
    /// Ordered scale points; the answer is a point's value. Scored linearly from the lowest
    /// (0) to the highest point (100), or the other way round when `reverse`.
    case likert(Scale, reverse: Bool)
    /// An ordinal step scale (such as the e-service steps 0-5), scored linearly like `likert`.
    case level(Scale)
    /// One option; the answer is its code and scores the option's score.
    case choice([Option])
    /// Several options; the answer is a list of codes, scored by `rule`.
    case multi([Option], rule: MultiRule)
    /// Yes (100) or no (0); the other way round when `reverse`.
    case yesNo(reverse: Bool)
    /// A number scored by thresholds (e.g. IT staff in FTE).
    case number(NumberScoring)

    /// Whether this is a `level` question.
    var isLevel: Bool { if case .level = self { true } else { false } }

    /// The name used in questionnaire files.
    var typeName: String {
        switch self {
        case .likert: return "likert"
        case .level: return "level"
        case .choice: return "choice"
        case .multi: return "multi"
        case .yesNo: return "yesno"
        case .number: return "number"
        }
    }
}

/// Ordered points of a likert or level scale.
package struct Scale: Sendable {
    var points: [ScalePoint]
    var provenance: Provenance

    init(points: [ScalePoint], provenance: Provenance = .none) {
        self.points = points
        self.provenance = provenance
    }

    /// The lowest point's value.
    var minimum: Double { points.map(\.value).min() ?? 0 }
    /// The highest point's value.
    var maximum: Double { points.map(\.value).max() ?? 0 }
}

/// One point of a scale.
package struct ScalePoint: Sendable {
    package var value: Double
    package var label: LocalizedText

    init(value: Double, label: LocalizedText) {
        self.value = value
        self.label = label
    }
}

/// An option of a `choice` or `multi` question.
package struct Option: Sendable {
    package var code: String
    package var label: LocalizedText
    /// The option's score: 0-100 for `choice`; for `multi`, points added up under `sumCapped`.
    package var score: Double
    var provenance: Provenance

    init(code: String, label: LocalizedText, score: Double, provenance: Provenance = .none) {
        self.code = code
        self.label = label
        self.score = score
        self.provenance = provenance
    }
}

/// How the chosen options of a `multi` question become a score.
package enum MultiRule: Sendable, Equatable {
    /// The option scores added up, capped at `maximum`, as a percentage of `maximum`.
    case sumCapped(maximum: Double)
    /// The share of the options with a positive score that were chosen, as a percentage.
    case share
}

/// How a numeric answer is scored: the score of the highest threshold not above the answer.
package struct NumberScoring: Sendable {
    /// A step: answers of at least `atLeast` score `score` (until the next threshold).
    struct Threshold: Sendable {
        var atLeast: Double
        var score: Double

        init(atLeast: Double, score: Double) {
            self.atLeast = atLeast
            self.score = score
        }
    }

    var unit: LocalizedText?

    /// Whether answers are percentages: the unit says `%` (`"% of staff"`) in some language. A
    /// percent-formatted spreadsheet cell, or a cell written `4%`, answers such a question only.
    var isPercentage: Bool { unit?.translations.values.contains { $0.contains("%") } ?? false }

    /// The smallest and largest plausible answer; answers outside are errors.
    var minimum: Double
    var maximum: Double?
    var thresholds: [Threshold]
    var provenance: Provenance

    init(
        unit: LocalizedText? = nil, minimum: Double, maximum: Double? = nil, thresholds: [Threshold],
        provenance: Provenance = .none
    ) {
        self.unit = unit
        self.minimum = minimum
        self.maximum = maximum
        self.thresholds = thresholds
        self.provenance = provenance
    }
}
