/// Scores responses files in two streaming passes, so that memory does not hold respondents:
/// the first pass keeps only a compact summary line per respondent (for ranks, medians and the
/// cohort table); the second reads the files again and hands each respondent, with its rank,
/// to the renderers, which write it out at once.
public enum ScoringRun {
    /// Progress callback: (file, rows read so far).
    public typealias Progress = (String, Int) -> Void

    /// Pass 1: the cohort summary. Diagnostics go to `report` as they are found, in file order,
    /// so that a file with an error on every row does not pile them up in memory.
    public static func summarise(
        questionnaire: Questionnaire, questionnaireFile: SourceFile, responsePaths: [String], language: String,
        options: ReadingOptions, progress: Progress? = nil, report: ([Diagnostic]) -> Void
    ) -> CohortSummary {
        var accumulator = CohortAccumulator(questionnaire: questionnaire)
        var metadataNames: [String] = []
        let files = stream(
            questionnaire: questionnaire, paths: responsePaths, options: options, metadataNames: &metadataNames, progress: progress,
            onRespondent: { accumulator.add($0, metadataNames: $1) },
            onExcluded: { accumulator.excluded.append($0) },
            onDiagnostics: { if !$0.isEmpty { report($0) } })
        return accumulator.finish(
            questionnaireFile: questionnaireFile, responseFiles: files, language: language, metadataNames: metadataNames, options: options)
    }

    /// Pass 2: every scored respondent again, in input order, with its rank. Fails when a file
    /// changed since the first pass.
    public static func forEachRespondent(
        of summary: CohortSummary, progress: Progress? = nil, _ body: (RankedRespondent) throws -> Void
    ) throws {
        var metadataNames = summary.metadataNames
        var sequence = 0
        var failure: Error?
        let files = stream(
            questionnaire: summary.questionnaire, paths: summary.responseFiles.map(\.path), options: summary.readingOptions,
            metadataNames: &metadataNames, progress: progress,
            onRespondent: { respondent, _ in
                guard failure == nil, sequence < summary.entries.count else { return }
                do {
                    try body(RankedRespondent(respondent: respondent, summary: summary.entries[sequence], sequence: sequence))
                } catch {
                    failure = error
                }
                sequence += 1
            },
            onExcluded: { _ in }, onDiagnostics: { _ in })
        if let failure { throw failure }
        for (before, after) in zip(summary.responseFiles, files) where before.sha256 != after.sha256 {
            throw Diagnostic.error(SourceLocation(file: after.path), "the file changed while it was being scored; score it again")
        }
    }

    /// One pass over the files: each scored respondent (with the metadata names so far), each row
    /// left out, each file's diagnostics.
    /// `metadataNames` is the union of the files' metadata columns, extended as files are opened.
    private static func stream(
        questionnaire: Questionnaire, paths: [String], options: ReadingOptions, metadataNames: inout [String], progress: Progress?,
        onRespondent: (ScoredRespondent, [String]) -> Void, onExcluded: (ExcludedEntry) -> Void, onDiagnostics: ([Diagnostic]) -> Void
    ) -> [SourceFile] {
        let engine = ScoringEngine(questionnaire: questionnaire)
        let descriptiveIndices = questionnaire.descriptiveQuestionIndices
        var files: [SourceFile] = []
        // One table of ids over all files (the readers' own is off): where each was first seen.
        var firstSeen: [String: (file: Int32, row: Int32)] = [:]
        for (fileIndex, path) in paths.enumerated() {
            let opened = ResponseFileReader.open(path: path, questionnaire: questionnaire, options: options, checksDuplicates: false)
            onDiagnostics(opened.diagnostics)
            guard let reader = opened.reader else {
                onExcluded(ExcludedEntry(file: path, row: ExcludedRow(row: 1, respondentID: nil, reason: .unreadable)))
                continue
            }
            // Map this file's metadata columns into the union over all files.
            let columnMap = reader.layout.metadataNames.map { name -> Int in
                if let index = metadataNames.firstIndex(of: name) { return index }
                metadataNames.append(name)
                return metadataNames.count - 1
            }
            let idColumn = reader.layout.names[reader.layout.idColumn]
            var rowsRead = 0
            while let (outcome, rowDiagnostics) = reader.next() {
                onDiagnostics(rowDiagnostics)
                rowsRead += 1
                if rowsRead % 10_000 == 0 { progress?(path, rowsRead) }
                switch outcome {
                case .excluded(let row):
                    onExcluded(ExcludedEntry(file: path, row: row))
                case .row(let row):
                    if let first = firstSeen[row.respondentID] {
                        let firstFile = paths[Int(first.file)], firstRow = Int(first.row)
                        let message = Int(first.file) == fileIndex
                            ? "duplicate respondent id \"\(row.respondentID)\" (first on row \(firstRow)); ids must be unique. The row is left out."
                            : "respondent id \"\(row.respondentID)\" was already scored from \(firstFile) row \(firstRow); ids must be unique across files. The row is left out."
                        onDiagnostics([.error(SourceLocation(file: path, row: row.row, column: idColumn), message)])
                        onExcluded(ExcludedEntry(file: path, row: ExcludedRow(row: row.row, respondentID: row.respondentID, reason: .duplicateID(file: firstFile, row: firstRow))))
                        continue
                    }
                    firstSeen[row.respondentID] = (Int32(fileIndex), Int32(clamping: row.row))
                    var metadata = [String](repeating: "", count: metadataNames.count)
                    for (position, value) in row.metadata.enumerated() { metadata[columnMap[position]] = value }
                    onRespondent(ScoredRespondent(
                        id: row.respondentID, metadata: metadata, score: engine.score(row.answers),
                        descriptiveAnswers: descriptiveIndices.map { row.answers[$0] }, file: path, row: row.row), metadataNames)
                }
            }
            onDiagnostics(reader.endDiagnostics)
            files.append(SourceFile(path: path, sha256: reader.sha256))
        }
        return files
    }
}

/// Checks a responses file against a questionnaire without scoring (`smartcity validate`).
public enum ResponseChecker {
    /// Reads the file, handing every diagnostic to `report` as it is found; returns the number of data rows.
    @discardableResult
    public static func check(path: String, questionnaire: Questionnaire, options: ReadingOptions, report: ([Diagnostic]) -> Void) -> Int {
        let opened = ResponseFileReader.open(path: path, questionnaire: questionnaire, options: options)
        report(opened.diagnostics)
        var rows = 0
        if let reader = opened.reader {
            while let (_, rowDiagnostics) = reader.next() {
                rows += 1
                if !rowDiagnostics.isEmpty { report(rowDiagnostics) }
            }
            report(reader.endDiagnostics)
        }
        return rows
    }

    /// The number of data rows and every diagnostic of reading the file (for small files and tests).
    public static func check(path: String, questionnaire: Questionnaire, options: ReadingOptions) -> (rows: Int, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let rows = check(path: path, questionnaire: questionnaire, options: options) { diagnostics += $0 }
        return (rows, diagnostics)
    }
}
