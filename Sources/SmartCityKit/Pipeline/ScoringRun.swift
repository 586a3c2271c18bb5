/// Reads responses files, scores every row and gathers the report values. Rows stream through;
/// only the compact results of scored respondents are kept, for the per-respondent reports,
/// ranks and medians.
public enum ScoringRun {
    /// What a run produced: the report values and every diagnostic, in file order.
    public struct Outcome: Sendable {
        public var report: CohortReport?
        public var diagnostics: [Diagnostic]
    }

    /// Progress callback: (file, rows read so far).
    public typealias Progress = (String, Int) -> Void

    /// Scores every row of the responses files against the questionnaire.
    public static func run(
        questionnaire: Questionnaire, questionnaireFile: SourceFile, responsePaths: [String], language: String,
        options: ReadingOptions, progress: Progress? = nil
    ) -> Outcome {
        let engine = ScoringEngine(questionnaire: questionnaire)
        let descriptiveIndices = questionnaire.descriptiveQuestionIndices
        var diagnostics: [Diagnostic] = []
        var respondents: [ScoredRespondent] = []
        var excluded: [ExcludedEntry] = []
        var files: [SourceFile] = []
        var metadataNames: [String] = []
        var firstSeen: [String: (file: String, row: Int)] = [:]

        for path in responsePaths {
            let opened = ResponseFileReader.open(path: path, questionnaire: questionnaire, options: options)
            diagnostics += opened.diagnostics
            guard let reader = opened.reader else {
                excluded.append(ExcludedEntry(file: path, row: ExcludedRow(row: 1, respondentID: nil, reason: .unreadable)))
                continue
            }
            // Map this file's metadata columns into the union over all files.
            let columnMap = reader.layout.metadataNames.map { name -> Int in
                if let index = metadataNames.firstIndex(of: name) { return index }
                metadataNames.append(name)
                return metadataNames.count - 1
            }
            var rowsRead = 0
            while let (outcome, rowDiagnostics) = reader.next() {
                diagnostics += rowDiagnostics
                rowsRead += 1
                if rowsRead % 10_000 == 0 { progress?(path, rowsRead) }
                switch outcome {
                case .excluded(let row):
                    excluded.append(ExcludedEntry(file: path, row: row))
                case .row(let row):
                    if let first = firstSeen[row.respondentID] {
                        diagnostics.append(.error(
                            SourceLocation(file: path, row: row.row, column: reader.layout.names[reader.layout.idColumn]),
                            "respondent id \"\(row.respondentID)\" was already scored from \(first.file) row \(first.row); ids must be unique across files. The row is left out."))
                        excluded.append(ExcludedEntry(file: path, row: ExcludedRow(row: row.row, respondentID: row.respondentID, reason: .duplicateID(file: first.file, row: first.row))))
                        continue
                    }
                    firstSeen[row.respondentID] = (path, row.row)
                    var metadata = [String](repeating: "", count: metadataNames.count)
                    for (position, value) in row.metadata.enumerated() { metadata[columnMap[position]] = value }
                    respondents.append(ScoredRespondent(
                        id: row.respondentID, metadata: metadata, score: engine.score(row.answers),
                        descriptiveAnswers: descriptiveIndices.map { row.answers[$0] }, file: path, row: row.row))
                }
            }
            diagnostics += reader.endDiagnostics
            files.append(SourceFile(path: path, sha256: reader.sha256))
        }
        for index in respondents.indices where respondents[index].metadata.count < metadataNames.count {
            respondents[index].metadata += Array(repeating: "", count: metadataNames.count - respondents[index].metadata.count)
        }
        let report = CohortReport(
            questionnaire: questionnaire, questionnaireFile: questionnaireFile, responseFiles: files, language: language,
            metadataNames: metadataNames, respondents: respondents, excluded: excluded)
        return Outcome(report: report, diagnostics: diagnostics)
    }
}

/// Checks a responses file against a questionnaire without scoring (`smartcity validate`).
public enum ResponseChecker {
    /// The number of data rows and every diagnostic of reading the file.
    public static func check(path: String, questionnaire: Questionnaire, options: ReadingOptions) -> (rows: Int, diagnostics: [Diagnostic]) {
        let opened = ResponseFileReader.open(path: path, questionnaire: questionnaire, options: options)
        var diagnostics = opened.diagnostics
        var rows = 0
        if let reader = opened.reader {
            while let (_, rowDiagnostics) = reader.next() {
                rows += 1
                diagnostics += rowDiagnostics
            }
            diagnostics += reader.endDiagnostics
        }
        return (rows, diagnostics)
    }
}
