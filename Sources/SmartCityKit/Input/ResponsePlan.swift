/// How to read a responses file.
package struct ReadingOptions: Sendable {
    /// The name of the column that identifies a respondent; nil: `id`, or the survey tool's own.
    var idColumn: String?
    /// The survey tool that wrote the file; nil: detect it.
    var dialect: SurveyDialect?
    /// How the export's columns and labels map to the questionnaire.
    package var mapping: ResponseMapping?
    /// Whether responses marked incomplete (by the survey tool or by the questionnaire's
    /// `minimumTotalCoverage`) are ranked and counted like the others.
    package var includeIncomplete = false
    /// Metadata columns to copy into the reports although the questionnaire does not declare
    /// them, or although they hold personal data (`--keep-column`).
    package var keepColumns: [String] = []
    /// Metadata columns another option needs in the reports (`--municipality-column`), kept like
    /// `keepColumns`; that option says itself when the file lacks one, so no warning here.
    package var impliedKeepColumns: [String] = []
    /// The sheet of a workbook to read (`--sheet`); nil: the template's answers sheet or the first sheet.
    package var sheet: String?
    /// Whether every metadata column is kept (a conversion such as `import`, not a report).
    var keepsAllMetadata = false
    /// The folder of questionnaires to name the right one from, when a file answers fewer than
    /// half of the questions of the questionnaire it is read against; nil: none is named.
    package var catalogDirectory: String?
    /// Why a cell is not an answer, in the run's language.
    package var cellWording = AnswerCellWording.english

    package init(idColumn: String? = nil, dialect: SurveyDialect? = nil, mapping: ResponseMapping? = nil, cellWording: AnswerCellWording = .english) {
        self.idColumn = idColumn
        self.dialect = dialect
        self.mapping = mapping
        self.cellWording = cellWording
    }

    /// The id column of a file in our own format.
    var plainIDColumn: String { idColumn ?? "id" }

    /// What is said about the file's bytes and rows, its workbook, the survey tool's export and JSON syntax,
    /// in the run's language (that of `cellWording`).
    package var csvWording: CSVWording { .forLanguage(cellWording.language) }
    var workbookWording: WorkbookWording { .forLanguage(cellWording.language) }
    var exportWording: ExportWording { .forLanguage(cellWording.language) }
    /// What is said about JSON responses that are not JSON.
    var jsonWording: JSONWording { .forLanguage(cellWording.language) }
}

/// The cells of one record, as the plan reads them: CSV fields as bytes, or JSON values.
protocol ResponseCells {
    var count: Int { get }
    /// The cell's text as bytes, and whether it was written in quotes.
    func withText<Result>(_ column: Int, _ body: (UnsafeBufferPointer<UInt8>, Bool) -> Result) -> Result
    /// The cell as a JSON value, for JSON responses; nil for text.
    func json(_ column: Int) -> JSONNode.Value?
    /// The cell as text, for ids and metadata; from CSV and sheets without the `'` that
    /// spreadsheet-safe CSV puts before a formula start (as answers are read).
    func string(_ column: Int) -> String
}

/// What one record became: a row to score (cell problems leave those answers unscored) or an
/// exclusion. Problems are reported through the caller's `report`.
enum RecordOutcome {
    /// A row read; `incomplete` when its survey tool marks it unfinished.
    case row(id: String, metadata: [String], incomplete: IncompleteReason?)
    case excluded(ExcludedRow)
}

/// A problem found in a record, located by its row: the caller knows how rows are numbered.
struct RecordProblem {
    package var severity: Severity
    /// The column's name as the file writes it; nil for the whole row.
    var column: String?
    package var message: String
}

/// The questionnaire and a file's header compiled into what each column becomes: the id, a
/// metadata value, the answer to a question (with its decoder: scale, options, yes/no words,
/// labels of the survey tool), or one option of a multi question. Built once per file; every
/// record is then read into typed answers in one pass, with no text made for answer cells.
final class ResponsePlan: Sendable {
    let file: String
    package let questionnaire: Questionnaire
    /// The fields a record must have (nil: exports, whose rows may be ragged).
    let width: Int?
    /// The source column of the id (nil: ids are `row-N`), and its name for messages.
    let idColumn: Int?
    let idName: String
    let metadataNames: [String]
    let metadataColumns: [Int]
    /// Per question: where its answer comes from.
    let sources: [AnswerSource]
    /// Whether an unquoted empty cell means "not shown" (LimeSurvey).
    let emptyMeansNotShown: Bool
    /// The survey tool whose export this is; nil for a file in our own format.
    let dialect: SurveyDialect?
    /// The export's name of each source column, for messages.
    let columnNames: [String]
    /// The `.cell` sources as plain values for the loop over every record's cells. Decoders are
    /// referenced without retaining them (`sources` keeps them alive), so that cores reading
    /// records at once do not contend on their reference counts.
    private let cellReads: [CellRead]
    /// The questions whose source is not one cell.
    private let otherSources: [Int]
    /// How the survey tool marks an unfinished response, in this file's columns (none when the
    /// run includes incomplete responses).
    let completionChecks: [CompletionCheck]
    /// Whether incomplete responses (by the tool or by `minimumTotalCoverage`) are kept out of the cohort.
    let keepsIncompleteOut: Bool
    /// What the file's structure (its ids) says about itself, in the run's language.
    let wording: ResponseFileWording
    /// What is said about its rows (wrong field counts, empty ids, syntax), in the run's language.
    let csvWording: CSVWording

    /// A column that tells whether a response was finished.
    enum CompletionCheck: Sendable {
        /// LimeSurvey's `submitdate`: empty until the response is submitted.
        case submitDate(column: Int)
        /// Qualtrics' `Finished`: true or false (1 or 0).
        case finished(column: Int)
        /// Qualtrics' `Progress`: the percentage of the survey completed.
        case progress(column: Int)
    }

    private struct CellRead {
        let question: Int
        let column: Int
        let decoder: Unmanaged<AnswerDecoder>
    }

    init(file: String, questionnaire: Questionnaire, width: Int?, idColumn: Int?, idName: String, metadataNames: [String],
         metadataColumns: [Int], sources: [AnswerSource], emptyMeansNotShown: Bool, columnNames: [String],
         completionChecks: [CompletionCheck] = [], keepsIncompleteOut: Bool = true, dialect: SurveyDialect? = nil, wording: ResponseFileWording,
         csvWording: CSVWording) {
        self.wording = wording
        self.csvWording = csvWording
        self.dialect = dialect
        self.completionChecks = keepsIncompleteOut ? completionChecks : []
        self.keepsIncompleteOut = keepsIncompleteOut
        self.file = file
        self.questionnaire = questionnaire
        self.width = width
        self.idColumn = idColumn
        self.idName = idName
        self.metadataNames = metadataNames
        self.metadataColumns = metadataColumns
        self.sources = sources
        self.emptyMeansNotShown = emptyMeansNotShown
        self.columnNames = columnNames
        var cellReads: [CellRead] = [], otherSources: [Int] = []
        for (question, source) in sources.enumerated() {
            if case .cell(let column, let decoder) = source {
                cellReads.append(CellRead(question: question, column: column, decoder: Unmanaged.passUnretained(decoder)))
            } else {
                otherSources.append(question)
            }
        }
        self.cellReads = cellReads
        self.otherSources = otherSources
    }

    /// Where a question's answer is in a record.
    enum AnswerSource: Sendable {
        case none
        case cell(column: Int, decoder: AnswerDecoder)
        /// One column per option: (option index, column); labels of the tool's marks.
        case options([(option: Int, column: Int)], decoder: AnswerDecoder, labels: [String: Answer])
    }

    /// The plan for a file whose header rows are `rows` (the first holds the column names; a
    /// survey tool may add more). Returns the number of header rows used and the diagnostics of
    /// the header (the tool detected, unmapped columns, missing questions).
    static func make(headerRows rows: [[String]], questionnaire: Questionnaire, options: ReadingOptions, file: String, isJSON: Bool = false)
        -> (plan: Checked<ResponsePlan>, headerRows: Int)
    {
        let first = rows.first ?? []
        let given = options.dialect ?? options.mapping?.dialect
        let (dialect, dialectNotes) = chooseDialect(rows, given: given, isJSON: isJSON, file: file, wording: options.exportWording)
        var diagnostics = dialectNotes
        let headerCount = isJSON ? 1 : min(dialect.headerRowCount(rows), max(rows.count, 1))
        let isExport = dialect != .csv || options.mapping != nil
        let header = isExport
            ? CanonicalHeader(export: dialect.columns(Array(rows.prefix(headerCount))), dialect: dialect, questionnaire: questionnaire, options: options, file: file)
            : CanonicalHeader(plain: first)
        let (canonical, shown, sourceOf) = (header.canonical, header.shown, header.sourceOf)
        diagnostics += header.diagnostics
        let idName = isExport ? "id" : options.plainIDColumn
        var analysis = HeaderAnalysis(questionnaire: questionnaire, file: file, idName: idName, wording: options.cellWording.structure)
        if isExport {
            analysis.unmatchedHint = options.cellWording.structure.mapTheExport(dialect == .csv ? nil : dialect.displayName, given != nil)
        }
        let layout = analysis.analyse(canonical, displayNames: shown)
        let matched = layout.value.map { Set($0.questionColumns.keys).union($0.optionColumns.keys).count } ?? 0
        if matched * 2 < questionnaire.questions.count, options.mapping == nil, let directory = options.catalogDirectory,
            let better = QuestionnaireSuggestion.best(for: dialect.columns(Array(rows.prefix(headerCount))), dialect: dialect,
                                                      excluding: questionnaire, in: directory)
        {
            // Refused, with this one error instead of the header's complaints about the wrong questionnaire's
            // columns: scoring them would write reports of (nearly) unanswered questionnaires.
            diagnostics.append(better.diagnostic(current: questionnaire, matched: matched, file: file, wording: options.exportWording))
            return (Checked(nil, diagnostics), headerCount)
        }
        diagnostics += layout.diagnostics
        guard let found = layout.value else { return (Checked(nil, diagnostics), headerCount) }

        let sources = answerSources(found, sourceOf: sourceOf, questionnaire: questionnaire, exportDialect: isExport ? dialect : nil, mapping: options.mapping,
                                   wording: options.cellWording)
        let metadata = found.metadata.compactMap { column in sourceOf[column].map { (name: canonical[column], source: $0) } }
        // Completion is read from every metadata column; the reports get only the selected ones.
        let checks = completionChecks(dialect: dialect, metadataNames: metadata.map(\.name), metadataColumns: metadata.map(\.source))
        let selection = options.keepsAllMetadata
            ? MetadataSelection(keepingAll: metadata.count)
            : MetadataSelection(names: metadata.map(\.name), questionnaire: questionnaire, keep: options.keepColumns,
                                implied: options.impliedKeepColumns, file: file,
                                wording: options.cellWording.structure)
        diagnostics += selection.diagnostics
        let plan = ResponsePlan(
            file: file, questionnaire: questionnaire, width: isExport ? nil : first.count,
            idColumn: sourceOf[found.idColumn], idName: shown[found.idColumn],
            metadataNames: selection.kept.map { metadata[$0].name }, metadataColumns: selection.kept.map { metadata[$0].source },
            sources: sources, emptyMeansNotShown: dialect == .limesurvey, columnNames: isExport ? first.map(\.trimmingSpaces) : shown,
            completionChecks: checks,
            keepsIncompleteOut: !options.includeIncomplete, dialect: isExport ? dialect : nil, wording: options.cellWording.structure,
            csvWording: options.csvWording)
        return (Checked(plan, diagnostics), headerCount)
    }

    /// The dialect the header is read in: the one asked for (with a warning when the header looks
    /// like another's), else the one detected (with a note that says why), else plain CSV; the
    /// note and the warning in `wording`'s language.
    private static func chooseDialect(_ rows: [[String]], given: SurveyDialect?, isJSON: Bool, file: String,
                                      wording: ExportWording) -> (SurveyDialect, [Diagnostic]) {
        let detected = isJSON ? nil : SurveyDialect.detect(rows)
        let dialect = given ?? detected?.dialect ?? .csv
        if given == nil, let detected {
            return (dialect, [SurveyDialect.detectionNote(detected, file: file, wording: wording)])
        } else if let given, given != .csv, let other = detected, other.dialect != given {
            return (dialect, [.warning(SourceLocation(file: file), wording.looksLikeAnother(other.dialect.displayName, given.displayName))])
        }
        return (dialect, [])
    }

    /// The canonical header (id, metadata, question ids, Q[opt]), the name shown for each
    /// column, and the column of the file each comes from.
    private struct CanonicalHeader {
        var canonical: [String] = [], shown: [String] = [], sourceOf: [Int?] = []
        var diagnostics: [Diagnostic] = []

        /// A plain file's header: its own.
        init(plain first: [String]) {
            canonical = first
            shown = first.map(\.trimmingSpaces)
            sourceOf = first.indices.map { $0 }
        }

        /// An export's or a mapped file's header, its columns planned.
        init(export columns: [ExportColumn], dialect: SurveyDialect, questionnaire: Questionnaire, options: ReadingOptions, file: String) {
            let planner = ColumnPlanner(dialect: dialect, questionnaire: questionnaire, mapping: options.mapping, idColumn: options.idColumn)
            let planned = planner.plan(columns)
            diagnostics += ResponsePlan.unmappedWarnings(planned.unmapped, file: file, wording: options.exportWording)
            if !planned.hasID {
                diagnostics.append(.note(SourceLocation(file: file), options.cellWording.structure.noIDColumnNote))
            }
            if let idIndex = planned.targets.firstIndex(of: .id) {
                canonical.append("id"); shown.append(columns[idIndex].name); sourceOf.append(idIndex)
            } else {
                // The ids are made from row numbers: no column to point at in messages.
                canonical.append("id"); shown.append(""); sourceOf.append(nil)
            }
            for (index, target) in planned.targets.enumerated() {
                switch target {
                case .id, .ignore: continue
                case .metadata: canonical.append(planner.metadataID(formName: columns[index].name) ?? columns[index].name)
                case .question, .option: canonical.append(target.description)
                }
                shown.append(columns[index].name)
                sourceOf.append(index)
            }
        }
    }

    /// Where each question's answer is read: a cell, or one column per option; with the decoder
    /// of its export's dialect and answer labels (nil dialect: a plain file).
    private static func answerSources(_ found: HeaderAnalysis.Layout, sourceOf: [Int?], questionnaire: Questionnaire, exportDialect: SurveyDialect?,
                                      mapping: ResponseMapping?, wording: AnswerCellWording) -> [AnswerSource] {
        let labels = exportDialect == nil ? nil : LabelAnswers(questionnaire: questionnaire, mapping: mapping)
        func decoder(_ index: Int) -> AnswerDecoder {
            AnswerDecoder(question: questionnaire.questions[index], nonAnswers: questionnaire.nonAnswers,
                          dialect: exportDialect, labelAnswers: labels?.answers[index] ?? [:],
                          explicitAnswers: labels?.explicit[index] ?? [:], wording: wording)
        }
        return questionnaire.questions.indices.map { index -> AnswerSource in
            if let column = found.questionColumns[index], let source = sourceOf[column] {
                return .cell(column: source, decoder: decoder(index))
            }
            if let columns = found.optionColumns[index] {
                return .options(columns.compactMap { entry in sourceOf[entry.column].map { (entry.option, $0) } },
                                decoder: decoder(index), labels: labels?.answers[index] ?? [:])
            }
            return .none
        }
    }

    /// One warning per reason why columns map to nothing, with how many and the first names,
    /// located at the first of them, in `wording`'s language.
    static func unmappedWarnings(_ unmapped: [ColumnPlanner.Unmapped], file: String, wording: ExportWording) -> [Diagnostic] {
        var reasons: [ColumnPlanner.UnmappedReason] = [], columns: [ColumnPlanner.UnmappedReason: [String]] = [:]
        for entry in unmapped {
            if columns[entry.why] == nil { reasons.append(entry.why) }
            columns[entry.why, default: []].append(entry.column.name)
        }
        return reasons.map { reason in
            let names = columns[reason] ?? [], text = reason.text(wording)
            let location = SourceLocation(file: file, row: 1, column: names[0])
            guard names.count > 1 else { return .warning(location, wording.oneColumn(names[0], text)) }
            let shown = names.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (names.count > 3 ? wording.andMore(names.count - 3) : "")
            return .warning(location, wording.severalColumns(names.count, shown, text))
        }
    }

    /// The id of a row in a file without an id column: `row-N`, by its spreadsheet row.
    static func rowNumberID(_ row: Int) -> String { "row-\(row)" }

    /// Reads one record into `answers` (aligned with the questions); `row` is its spreadsheet row.
    func read<Cells: ResponseCells>(_ cells: Cells, row: Int, answers: inout [Answer], report: (RecordProblem) -> Void) -> RecordOutcome {
        if let width, cells.count != width {
            let id = idColumn.flatMap { $0 < cells.count ? cells.string($0) : nil }
            return .excluded(ExcludedRow(row: row, respondentID: id, reason: .wrongFieldCount(found: cells.count, expected: width)))
        }
        let id: String
        if let idColumn {
            id = idColumn < cells.count ? cells.string(idColumn).trimmingSpaces : ""
            guard !id.isEmpty else {
                report(RecordProblem(severity: .error, column: idName, message: csvWording.emptyID(idName)))
                return .excluded(ExcludedRow(row: row, respondentID: nil, reason: .missingID))
            }
        } else {
            id = Self.rowNumberID(row)
        }
        // The closures per cell capture locals only: capturing the plan would retain it per
        // cell, on every core at once.
        let notShownWhenEmpty = emptyMeansNotShown
        for read in cellReads {
            let column = read.column
            guard column < cells.count else { answers[read.question] = notShownWhenEmpty ? .notShown : .blank; continue }
            var message: String?
            answers[read.question] = read.decoder._withUnsafeGuaranteedRef { decoder in
                if let value = cells.json(column) { return decoder.decode(json: value) { message = $0 } }
                return cells.withText(column) { bytes, quoted in
                    if notShownWhenEmpty && bytes.isEmpty && !quoted { return .notShown }
                    return decoder.decode(bytes) { message = $0 }
                }
            }
            if let message { report(RecordProblem(severity: .error, column: columnNames[column], message: message)) }
        }
        for index in otherSources {
            switch sources[index] {
            case .none, .cell: answers[index] = .blank
            case .options(let columns, let decoder, let labels):
                answers[index] = readOptions(columns, decoder: decoder, labels: labels, cells: cells, report: report)
            }
        }
        let metadata = metadataColumns.map { $0 < cells.count ? cells.string($0) : "" }
        for (position, value) in zip(metadataNames.indices, metadata) where containsControlCharacter(value) {
            report(RecordProblem(severity: .warning, column: metadataNames[position],
                                 message: csvWording.controlCharacterInCell))
        }
        if containsControlCharacter(id) {
            report(RecordProblem(severity: .warning, column: idName, message: csvWording.controlCharacterInID))
        }
        return .row(id: id, metadata: metadata, incomplete: incompleteness(cells))
    }

    /// Whether the survey tool marks the record unfinished.
    private func incompleteness<Cells: ResponseCells>(_ cells: Cells) -> IncompleteReason? {
        for check in completionChecks {
            switch check {
            case .submitDate(let column):
                if column >= cells.count || cells.string(column).trimmingSpaces.isEmpty { return .notSubmitted }
            case .finished(let column):
                guard column < cells.count else { continue }
                if ["false", "0"].contains(cells.string(column).trimmingSpaces.lowercased()) { return .notFinished }
            case .progress(let column):
                guard column < cells.count, let percent = Double(cells.string(column).trimmingSpaces) else { continue }
                if percent < 100 { return .partialProgress(percent: percent) }
            }
        }
        return nil
    }

    /// The completion checks of a dialect, from the metadata columns it exports.
    static func completionChecks(dialect: SurveyDialect, metadataNames: [String], metadataColumns: [Int]) -> [CompletionCheck] {
        func column(_ name: String) -> Int? {
            metadataNames.firstIndex { $0.lowercased() == name }.flatMap { $0 < metadataColumns.count ? metadataColumns[$0] : nil }
        }
        switch dialect {
        case .limesurvey:
            // By its code or its full-text heading in any interface language.
            let submitted = metadataNames.firstIndex { SurveyDialect.limeSurveyCode(of: $0) == "submitdate" }
            return submitted.flatMap { $0 < metadataColumns.count ? [.submitDate(column: metadataColumns[$0])] : nil } ?? []
        case .qualtrics: return [column("finished").map { .finished(column: $0) }, column("progress").map { .progress(column: $0) }].compactMap { $0 }
        case .csv, .kobo, .odk, .googleForms, .surveyMonkey: return []
        }
    }

    /// Combines the `Q12[opt]` columns of a multi question into one answer.
    private func readOptions<Cells: ResponseCells>(
        _ columns: [(option: Int, column: Int)], decoder: AnswerDecoder, labels: [String: Answer], cells: Cells, report: (RecordProblem) -> Void
    ) -> Answer {
        guard case .multi(let options, _) = decoder.question.kind else { return .invalid }
        var chosen = OptionSelection()
        var anyFilled = false
        let nonAnswers = questionnaire.nonAnswers
        for (option, column) in columns where column < cells.count {
            // Options first, then the non-answers' columns (`Q12[dk]`).
            let nonAnswer = option < options.count ? nil : nonAnswers[option - options.count]
            let code = nonAnswer?.code ?? options[option].code
            let mark: OptionCellMark = cells.withText(column) { raw, _ in
                let text = AnswerDecoder.trimmed(raw)
                if text.isEmpty { return .empty }
                if let kind = decoder.nonAnswer(text) { return .nonAnswer(kind) }
                if let isChosen = OptionMark.parse(text) { return isChosen ? .chosen : .notChosen }
                if ASCII.equalIgnoringCase(text, code.utf8) { return .chosen }
                // Qualtrics' numeric values put the choice's number (its position) in its split column.
                if text.elementsEqual(String(option + 1).utf8) { return .chosen }
                let written = String(decoding: text, as: UTF8.self)
                switch labels[LabelText.normalise(written)] {
                case .choice(let index)? where index == option: return .chosen
                case .nonAnswer(let kind)?: return .nonAnswer(kind)
                default: return .unknown(written)
                }
            }
            switch mark {
            case .empty: continue
            case .chosen:
                if let nonAnswer { return .nonAnswer(nonAnswer.kind) }
                chosen.insert(option)
            case .notChosen: break
            case .nonAnswer(let kind): return .nonAnswer(kind)
            case .unknown(let text):
                report(RecordProblem(severity: .error, column: columnNames[column],
                    message: csvWording.notAnOptionMark(text, code)))
                return .invalid
            }
            anyFilled = true
        }
        return anyFilled ? .choices(chosen) : .blank
    }
}

/// What a per-option cell says.
private enum OptionCellMark { case empty, chosen, notChosen, nonAnswer(NonAnswer.Kind), unknown(String) }

/// Answers by their labels, in every language of the questionnaire and as a mapping file names
/// them, for survey-tool exports that write labels instead of codes.
struct LabelAnswers {
    /// Per question: normalised label -> answer.
    package let answers: [[String: Answer]]
    /// Per question: the mapping file's value map (normalised label -> answer), applied before
    /// any other reading of a cell.
    let explicit: [[String: Answer]]

    init(questionnaire: Questionnaire, mapping: ResponseMapping?) {
        var explicit: [[String: Answer]] = []
        answers = questionnaire.questions.map { question in
            var labels: [String: Answer] = [:]
            func add(_ label: LocalizedText, _ answer: Answer) {
                // In language order, so that a label shared by two options always maps the same way.
                for (_, text) in label.translations.sorted(by: { $0.key < $1.key }) { labels[LabelText.normalise(text)] = answer }
            }
            switch question.kind {
            case .choice(let options), .multi(let options, _):
                for (index, option) in options.enumerated() { add(option.label, .choice(index)) }
            case .likert(let scale, _), .level(let scale):
                for point in scale.points { add(point.label, .number(point.value)) }
            case .yesNo:
                add(YesNoAnswer.yesLabel, .yesNo(true))
                add(YesNoAnswer.noLabel, .yesNo(false))
            case .number: break
            }
            for nonAnswer in questionnaire.nonAnswers { add(nonAnswer.label, .nonAnswer(nonAnswer.kind)) }
            // The tool's own non-answer codes, the same in every question.
            var mapped: [String: Answer] = [:]
            for (code, kind) in mapping?.nonAnswers ?? [:] { mapped[LabelText.normalise(code)] = .nonAnswer(kind) }
            // The mapping's labels name codes or values of our own format: typed here, once.
            let plain = AnswerDecoder(question: question, nonAnswers: questionnaire.nonAnswers, dialect: nil, labelAnswers: [:])
            for (label, code) in mapping?.answers[question.id] ?? [:] {
                var answer = AnswerDecoder.withBytes(code) { plain.decode($0, problem: { _ in }) }
                if case .choices(let chosen) = answer, chosen.count == 1, let only = chosen.first(where: { _ in true }) { answer = .choice(only) }
                if answer != .invalid && answer != .blank { mapped[LabelText.normalise(label)] = answer }
            }
            explicit.append(mapped)
            return labels.merging(mapped) { _, explicit in explicit }
        }
        self.explicit = explicit
    }
}
