/// The formats `smartcity explain --format` writes.
package enum ExplanationFormat: String, Sendable, CaseIterable {
    case markdown, json
}

/// `smartcity explain`: reads a responses file the way `score` does, keeps the respondent with
/// the id asked for, and renders the derivation of its scores.
package enum ExplanationRun {
    /// One respondent's derivation, ready to render.
    package struct Result: Sendable {
        let explained: ExplainedRespondent
    }

    /// Scores `responsesPath` and explains respondent `id`, showing the dimension `dimensionID`
    /// only when given. Diagnostics of reading go to `report` as they are found; an unknown id
    /// or dimension comes back as the error, with the closest one.
    package static func explain(questionnaire: Questionnaire, questionnaireFile: SourceFile, responsesPath: String, id: String,
                               dimensionID: String?, language: String, options: ReadingOptions, temporaryFolder: String,
                               report: ([Diagnostic]) -> Void) -> Checked<Result> {
        var shown: [Int]?
        let words = RunWording.forLanguage(language)
        if let dimensionID {
            guard let position = questionnaire.dimensions.firstIndex(where: { $0.id == dimensionID }) else {
                let ids = questionnaire.dimensions.map(\.id)
                return .failure(.error(SourceLocation(file: questionnaireFile.path),
                                       words.noDimension(dimensionID, SchemaReader.closest(to: dimensionID, in: ids), ids.joined(separator: ", "))))
            }
            shown = [position]
        }
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = true
        settings.keepsAnswerTexts = true
        settings.temporaryFolder = temporaryFolder
        var found: ScoredRespondent?
        var ids = SeenIDs(wanted: id)
        let run = ScoringRun(questionnaire: questionnaire, questionnaireFile: questionnaireFile, responsePaths: [responsesPath],
            language: language, options: options, settings: settings)
            .score(observe: { respondent, _ in
                if found == nil, respondent.id == id { found = respondent }
                ids.add(respondent.id)
            }, report: report)
        guard !run.summary.responseFiles.isEmpty else { return Checked(nil, []) }
        guard let respondent = found else {
            if let left = run.summary.excluded.first(where: { $0.row.respondentID == id }) {
                return .failure(.error(SourceLocation(file: responsesPath), words.rowLeftOut(id, left.row.row)))
            }
            return .failure(missing(id, among: ids, file: responsesPath, wording: words))
        }
        guard let explained = ExplainedRespondent(summary: run.summary, respondent: respondent, shownDimensions: shown) else {
            return .failure(.error(SourceLocation(file: responsesPath), words.answersNotKept(id)))
        }
        return Checked(Result(explained: explained))
    }

    /// What a message about a missing id needs of the ids read, in bounded memory: the first
    /// few, how many, and the closest to the id wanted.
    struct SeenIDs {
        let wanted: String
        private(set) var first: [String] = []
        private(set) var count = 0
        private(set) var closest: String?

        init(wanted: String) { self.wanted = wanted }

        mutating func add(_ id: String) {
            count += 1
            if first.count < 5 { first.append(id) }
            closest = SchemaReader.closest(to: wanted, in: (closest.map { [$0] } ?? []) + [id])
        }
    }

    /// The error for an id the file does not hold, with the closest id or a few of its ids, in `wording`'s language.
    static func missing(_ id: String, among ids: SeenIDs, file: String, wording: RunWording) -> Diagnostic {
        let location = SourceLocation(file: file)
        guard ids.count > 0 else { return .error(location, wording.noRespondent) }
        if let closest = ids.closest { return .error(location, wording.noSuchIDLike(id, closest)) }
        return .error(location, wording.noSuchID(id, ids.first.joined(separator: ", "), ids.count - ids.first.count))
    }

    /// The document in a format and the language of `strings`.
    package static func render(_ result: Result, format: ExplanationFormat, strings: ReportStrings) -> String {
        switch format {
        case .markdown:
            let words = ExplanationStrings.forLanguage(strings.languageCode)
            return MarkdownDocumentWriter.write(ExplanationDocument(strings: strings, words: words).blocks(result.explained))
        case .json:
            return ExplanationJSONRenderer().render(result.explained)
        }
    }
}
