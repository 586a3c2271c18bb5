/// The questionnaire of a catalog (the bundled `Questionnaires/`) whose questions a responses
/// header matches best: named when a file is read against a questionnaire it hardly matches.
struct QuestionnaireSuggestion {
    package var path: String
    package var questionnaire: Questionnaire
    /// How many of its questions have a column.
    var matched: Int

    /// How many questions of `questionnaire` the columns answer, matched the way `score` matches them.
    static func matchedQuestions(_ columns: [ExportColumn], dialect: SurveyDialect, questionnaire: Questionnaire) -> Int {
        let targets = ColumnPlanner(dialect: dialect, questionnaire: questionnaire, mapping: nil, idColumn: nil).plan(columns).targets
        return Set(targets.compactMap { target -> String? in
            switch target {
            case .question(let id), .option(let id, _): return id
            case .id, .metadata, .ignore: return nil
            }
        }).count
    }

    /// The catalog's questionnaire (other than `current`) that answers the largest share of its
    /// questions, when that share is at least a half; nil otherwise.
    static func best(for columns: [ExportColumn], dialect: SurveyDialect, excluding current: Questionnaire, in directory: String)
        -> QuestionnaireSuggestion?
    {
        let candidates = QuestionnaireCatalog.entries(in: directory).compactMap { entry -> QuestionnaireSuggestion? in
            guard let questionnaire = entry.result.questionnaire, questionnaire.id != current.id, !questionnaire.questions.isEmpty else { return nil }
            let matched = matchedQuestions(columns, dialect: dialect, questionnaire: questionnaire)
            return matched * 2 >= questionnaire.questions.count ? QuestionnaireSuggestion(path: entry.path, questionnaire: questionnaire, matched: matched) : nil
        }
        // Exact shares: matched / count compared by cross-multiplying.
        return candidates.max { $0.matched * $1.questionnaire.questions.count < $1.matched * $0.questionnaire.questions.count }
    }

    /// The error for a file that answers `matched` of the questions of `current`, naming this
    /// questionnaire and the command to use, in `wording`'s language.
    func diagnostic(current: Questionnaire, matched: Int, file: String, wording: ExportWording) -> Diagnostic {
        .error(SourceLocation(file: file, position: .row(1)),
               wording.otherQuestionnaire((matched, current.questions.count, current.id), (self.matched, questionnaire.questions.count, questionnaire.id),
                                          path, file))
    }
}
