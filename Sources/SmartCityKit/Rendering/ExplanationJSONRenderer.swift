/// `smartcity explain --format json`: every contribution, so that a program can re-add them.
///
/// Each number is given twice: `x` rounded to four decimals (for reading) and `xExact`, the
/// exact value as the string "numerator/denominator" in lowest terms (a whole number as "n/1").
/// The `contributionExact` of a dimension's items sum exactly to its `scoreExact`, the
/// dimensions' `contributionExact` (and so every item's `totalContributionExact`) to the total's
/// `scoreExact`. Keys are stable English identifiers; texts are in the report language.
struct ExplanationJSONRenderer {
    package func render(_ explained: ExplainedRespondent) -> String {
        let summary = explained.summary, explanation = explained.explanation, respondent = explained.respondent
        let questionnaire = summary.questionnaire
        let dimensions = explained.shownDimensions.map { dimension(explanation.parts[$0], explained) }
        var total: [(String, JSONValue)] = Self.exact("score", explanation.total)
        total.append(("band", .optionalString(explanation.bandID)))
        if let boundaries = explanation.boundaries {
            total.append(("boundaries", .object([
                ("rule", .string(boundaries.rule.rawValue)), ("lower", .exact(boundaries.lower)), ("upper", .exact(boundaries.upper)),
                ("bandBelow", .optionalString(boundaries.bandBelowID)), ("bandAbove", .optionalString(boundaries.bandAboveID)),
            ] + Self.exact("toBandBelow", boundaries.toBandBelow) + Self.exact("toBandAbove", boundaries.toBandAbove))))
        }
        let document: JSONValue = .object([
            ("questionnaire", .string(questionnaire.id)), ("questionnaireVersion", .string(questionnaire.version)),
            ("language", .string(summary.language)), ("id", .string(respondent.id)),
            ("name", .string(respondent.name(column: summary.nameColumn))),
            ("file", .string(respondent.file)), ("row", .integer(respondent.row)),
            ("numbers", .string("x: rounded to 4 decimals; xExact: the exact value as \"numerator/denominator\" in lowest terms")),
            ("total", .object(total)),
            ("dimensions", .array(dimensions)),
            ("nextTypeUp", plan(explained.changes.up, explained)),
            ("oneTypeDown", plan(explained.changes.down, explained)),
            ("unreachable", .array(explained.changes.unreachable.map { .string($0 == .up ? "nextTypeUp" : "oneTypeDown") })),
        ])
        return document.rendered() + "\n"
    }

    /// `name` rounded and `nameExact` as a fraction string; both null for a missing value.
    static func exact(_ name: String, _ value: Fraction?) -> [(String, JSONValue)] {
        [(name, .number(value)), (name + "Exact", .optionalString(value.map { $0.reduced.description }))]
    }

    private func dimension(_ part: Explanation.Part, _ explained: ExplainedRespondent) -> JSONValue {
        let questionnaire = explained.summary.questionnaire, dimension = questionnaire.dimensions[part.dimension]
        var members: [(String, JSONValue)] = [("id", .string(dimension.id)), ("label", .string(explained.summary.text(dimension.label)))]
        members += Self.exact("weight", part.weight) + Self.exact("weightInTotal", part.renormalisedWeight)
        members += Self.exact("score", part.score) + [("band", .optionalString(part.bandID))]
        members += Self.exact("contribution", part.contribution) + Self.exact("coverage", part.coverage)
        members += Self.exact("minimumCoverage", part.minimumCoverage) + Self.exact("applicableWeight", part.applicableWeight)
        members += Self.exact("answeredWeight", part.answeredWeight)
        members.append(("factors", .array(zip(dimension.factors, part.factors).map { factor, value in
            .object([("id", .string(factor.id))] + Self.exact("shareOfDimension", value.shareOfDimension) + Self.exact("score", value.score))
        })))
        members.append(("items", .array(part.items.map { item in
            let question = questionnaire.questions[item.question]
            var fields: [(String, JSONValue)] = [
                ("question", .string(question.id)), ("cell", .optionalString(explained.cell(ofQuestion: item.question))),
                ("answer", .string(question.canonicalText(of: item.answer, nonAnswers: questionnaire.nonAnswers))),
                ("status", .string(item.status.rawValue)),
                ("factor", .optionalString(item.factor.map { dimension.factors[$0].id })),
            ]
            fields += Self.exact("itemScore", item.itemScore) + Self.exact("weightInFactor", item.weightInFactor)
            fields += Self.exact("weightInDimension", item.weightInDimension) + Self.exact("renormalisedWeight", item.renormalisedWeight)
            fields += Self.exact("contribution", item.contribution) + Self.exact("totalContribution", item.totalContribution)
            return .object(fields)
        })))
        return .object(members)
    }

    private func plan(_ plan: TypeChanges.Plan?, _ explained: ExplainedRespondent) -> JSONValue {
        guard let plan else { return .null }
        let questionnaire = explained.summary.questionnaire
        return .object([
            ("targetBand", .string(plan.targetBandID)), ("changes", .integer(plan.steps.count)), ("provenMinimal", .bool(plan.isProvenMinimal)),
            ("steps", .array(plan.steps.map { step in
                let question = questionnaire.questions[step.question]
                return .object([("question", .string(question.id)),
                                ("from", .string(question.canonicalText(of: step.from, nonAnswers: questionnaire.nonAnswers))),
                                ("to", .string(question.canonicalText(of: step.to, nonAnswers: questionnaire.nonAnswers)))]
                    + Self.exact("addsToDimension", step.dimensionGain) + Self.exact("addsToTotal", step.totalGain))
            })),
        ] + Self.exact("reachedTotal", plan.reachedTotal) + [("reachedBand", .optionalString(plan.reachedBandID))])
    }
}
