/// One set of the choices a reasonable analyst could make differently when scoring (issue 26):
/// how much each weight is moved, where the band boundaries sit, how dimensions are combined,
/// how much of a dimension must be answered, and what "don't know" counts as. The questionnaire's
/// own rules are `nominal`.
struct AnalystChoices: Sendable, Equatable {
    /// How dimension scores combine into the total.
    enum Aggregation: String, Sendable, CaseIterable {
        /// The questionnaire's rule: the weighted arithmetic mean.
        case arithmetic
        /// The weighted geometric mean: a weak dimension is not made up for by a strong one.
        case geometric
    }

    /// What a "don't know" answer counts as.
    enum DontKnowRule: String, Sendable, CaseIterable {
        /// The questionnaire's rule: missing (it lowers the coverage).
        case missing
        /// The lowest answer of the question (item score of its lowest option).
        case lowest
    }

    /// Per dimension, the factor its weight is multiplied by (then renormalised).
    var dimensionMultipliers: [Double]
    /// Per scored question slot (`UncertaintyModel`'s order), the factor its weight is multiplied
    /// by; nil when question weights are kept.
    var itemMultipliers: [Double]?
    /// Points every inner band boundary moves by (the same for all).
    var boundaryShift: Double
    var aggregation: Aggregation
    /// The dimension coverage minimum (0-1).
    var minimumCoverage: Double
    var dontKnow: DontKnowRule

    /// The questionnaire's own rules for `dimensions` dimensions and its coverage minimum.
    static func nominal(dimensions: Int, minimumCoverage: Double) -> AnalystChoices {
        AnalystChoices(dimensionMultipliers: Array(repeating: 1, count: dimensions), itemMultipliers: nil, boundaryShift: 0,
                       aggregation: .arithmetic, minimumCoverage: minimumCoverage, dontKnow: .missing)
    }
}
