/// Drafts a mapping file for a survey-tool export: every column's target as the column planner
/// decides it, the labels that had to be matched to codes, and what could not be matched.
/// Started from an existing mapping (`options.mapping`, `map --map`), it keeps every decision
/// in it, drafts only what is still open and says what it added.
package enum MappingDraft {
    /// At most this many distinct unmatched answers are listed per column.
    static let maximumListedAnswers = 20

    /// The draft mapping file as JSON, with the diagnostics of reading the export (in the language of
    /// `options.cellWording`).
    package static func draft(path: String, questionnaire: Questionnaire, options: ReadingOptions, existingFile: String? = nil) -> Checked<String> {
        let existing = options.mapping
        let start = CSVFileStart.read(path: path, count: 3, wording: options.csvWording, workbookWording: options.workbookWording)
        guard let opened = start.value else { return Checked(nil, start.diagnostics) }
        var reader = opened.reader
        let rows = opened.records
        var diagnostics: [Diagnostic] = []
        let given = options.dialect ?? existing?.dialect
        let detected = SurveyDialect.detect(rows.map(\.fields))
        let dialect = given ?? detected?.dialect ?? .csv
        if given == nil, let detected {
            diagnostics.append(SurveyDialect.detectionNote(detected, file: path, wording: options.exportWording))
        }
        let headerCount = min(dialect.headerRowCount(rows.map(\.fields)), rows.count)
        let columns = dialect.columns(rows.prefix(headerCount).map(\.fields))
        let plan = ColumnPlanner(dialect: dialect, questionnaire: questionnaire, mapping: options.mapping, idColumn: options.idColumn).plan(columns)
        var (columnMembers, unmapped, draftedColumns) = columnDecisions(columns, plan: plan, existing: existing)
        var study = AnswerStudy(questionnaire: questionnaire, existing: existing, dialect: dialect, columns: columns, plan: plan)
        for record in rows.dropFirst(headerCount) where !record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { study.read(record.fields) }
        do {
            while let record = try reader.next() { study.read(record.fields) }
        } catch let error as SmartCityError {
            return Checked(nil, diagnostics + error.diagnostics)
        } catch let error as CSVSyntaxError {
            return Checked(nil, diagnostics + [.error(SourceLocation(file: path), error.message(options.csvWording))])
        } catch {
            return Checked(nil, diagnostics + [UnreadableFile.diagnostic(for: error, path: path, wording: options.csvWording)])
        }
        var answers = study.answers
        let (unknown, draftedAnswers) = (study.unknown, study.draftedAnswers)
        let inferred = infer(from: study.evidence, answers: &answers, existing: existing, file: path, wording: options.exportWording)
        diagnostics += inferred.diagnostics
        for (column, texts) in unknown.sorted(by: { $0.key < $1.key }) {
            for text in texts where !inferred.covers(column: column, text: text) {
                unmapped.append(.object([("column", .string(column)), ("answer", .string(text)),
                                         ("reason", .string("matches no option, scale point or non-answer; add it under answers with its code, or under nonAnswers when the tool writes it for \"don't know\" or \"not applicable\" in every question"))]))
            }
        }
        if let existing {
            diagnostics.append(keptNote(existing, draftedColumns: draftedColumns, draftedAnswers: draftedAnswers, open: unmapped.count, file: existingFile ?? path,
                                        wording: options.exportWording))
        }
        let nonAnswers = inferred.nonAnswers.merging(existing?.nonAnswers ?? [:]) { _, kept in kept }
        let document = MappingDocument(source: path, questionnaire: questionnaire.id, dialect: dialect, columns: columnMembers, answers: answers,
                                       nonAnswers: nonAnswers, review: inferred.review, unmapped: unmapped)
        return Checked(document.json, diagnostics)
    }

    /// What the answers in an export's question columns show: labels to list under `answers`,
    /// texts no decoder reads (per column, the first few), and how the tool codes its answers.
    private struct AnswerStudy {
        let questionnaire: Questionnaire
        let existing: ResponseMapping?
        let columns: [ExportColumn]
        /// Per question column: the plain decoder (codes of our own format) and the export's
        /// (labels, the existing mapping's among them).
        let decoders: [Int: (question: Question, plain: AnswerDecoder, export: AnswerDecoder)]
        /// Per question column: its place in the evidence.
        let evidenceIndex: [Int: Int]
        var evidence: AnswerCodingEvidence
        var answers: [String: [String: String]]
        var draftedAnswers = 0
        var unknown: [String: [String]] = [:]

        init(questionnaire: Questionnaire, existing: ResponseMapping?, dialect: SurveyDialect, columns: [ExportColumn], plan: ColumnPlanner.Plan) {
            self.questionnaire = questionnaire
            self.existing = existing
            self.columns = columns
            let labels = LabelAnswers(questionnaire: questionnaire, mapping: existing)
            var decoders: [Int: (question: Question, plain: AnswerDecoder, export: AnswerDecoder)] = [:]
            for (index, target) in plan.targets.enumerated() {
                guard case .question(let id) = target, let questionIndex = questionnaire.questions.firstIndex(where: { $0.id == id }) else { continue }
                let question = questionnaire.questions[questionIndex]
                decoders[index] = (question, AnswerDecoder(question: question, nonAnswers: questionnaire.nonAnswers, dialect: nil, labelAnswers: [:]),
                                   AnswerDecoder(question: question, nonAnswers: questionnaire.nonAnswers, dialect: dialect, labelAnswers: labels.answers[questionIndex]))
            }
            self.decoders = decoders
            let studied = decoders.keys.sorted()
            evidence = AnswerCodingEvidence(dialect: dialect, nonAnswers: questionnaire.nonAnswers,
                                            columns: studied.map { (columns[$0].name, decoders[$0]!.question) })
            evidenceIndex = Dictionary(uniqueKeysWithValues: studied.enumerated().map { ($1, $0) })
            answers = existing?.answers ?? [:]
        }

        /// Whether the text is one answer: a label to list under `answers`, or else an unknown text to list as unmapped.
        private mutating func studyAnswer(_ text: String, decoder: (question: Question, plain: AnswerDecoder, export: AnswerDecoder)) -> Bool {
            let plain = AnswerDecoder.withBytes(text) { decoder.plain.decode($0, problem: { _ in }) }
            if plain != .invalid { return true }
            let exported = AnswerDecoder.withBytes(text) { decoder.export.decode($0, problem: { _ in }) }
            guard exported != .invalid else { return false }
            if answers[decoder.question.id]?[text] == nil, existing?.nonAnswers[text] == nil {
                answers[decoder.question.id, default: [:]][text] = decoder.question.canonicalText(of: exported, nonAnswers: questionnaire.nonAnswers)
                draftedAnswers += 1
            }
            return true
        }

        /// Studies the answers of one record.
        mutating func read(_ fields: [String]) {
            for (index, decoder) in decoders where index < fields.count {
                let text = fields[index].trimmingSpaces
                let column = columns[index].name
                guard !text.isEmpty else { continue }
                let read = studyAnswer(text, decoder: decoder)
                evidence.add(text, column: evidenceIndex[index]!, read: read)
                guard !read else { continue }
                // A multi cell: each chosen option on its own.
                let pieces = if case .multi = decoder.question.kind { decoder.export.multiPieces(text) } else { [text] }
                for piece in pieces where !studyAnswer(piece, decoder: decoder) {
                    if (unknown[column]?.count ?? 0) < maximumListedAnswers, !(unknown[column]?.contains(piece) ?? false) {
                        unknown[column, default: []].append(piece)
                    }
                }
            }
        }
    }

    /// Every column's target as a member of `columns` (with the decisions of the existing mapping
    /// about columns this export lacks), the columns left unmapped with the reason, and the
    /// columns the existing mapping did not decide.
    private static func columnDecisions(_ columns: [ExportColumn], plan: ColumnPlanner.Plan, existing: ResponseMapping?)
        -> (members: [(String, JSONValue)], unmapped: [JSONValue], drafted: [String])
    {
        var members: [(String, JSONValue)] = [], unmapped: [JSONValue] = [], drafted: [String] = []
        for (index, column) in columns.enumerated() {
            members.append((column.name, .string(plan.targets[index].description)))
            if existing != nil, existing?.columns[column.name] == nil { drafted.append(column.name) }
            if let reason = plan.unmapped.first(where: { $0.column.index == index })?.reason {
                unmapped.append(.object([("column", .string(column.name)), ("reason", .string(reason))]))
            }
        }
        // Decisions about columns this export does not have stay too (another wave's export, say).
        let names = Set(columns.map(\.name))
        for (name, target) in (existing?.columns ?? [:]).sorted(by: { $0.key < $1.key }) where !names.contains(name) {
            members.append((name, .string(target.description)))
        }
        return (members, unmapped, drafted)
    }

    /// What a draft started from an existing mapping kept and added, in `wording`'s language.
    private static func keptNote(_ existing: ResponseMapping, draftedColumns: [String], draftedAnswers: Int, open: Int, file: String,
                                 wording: ExportWording) -> Diagnostic {
        let kept = (existing.columns.count, existing.answers.values.reduce(0) { $0 + $1.count }, existing.nonAnswers.count)
        let names = draftedColumns.prefix(3).map { "\"\($0)\"" }.joined(separator: ", ") + (draftedColumns.count > 3 ? ", ..." : "")
        return .note(SourceLocation(file: file), wording.draftKept(kept, (draftedColumns.count, names), draftedAnswers, open))
    }

    /// The members of a drafted mapping file, in the order a reviewer reads them.
    struct MappingDocument {
        var source: String
        var questionnaire: String
        var dialect: SurveyDialect
        var columns: [(String, JSONValue)]
        var answers: [String: [String: String]]
        var nonAnswers: [String: NonAnswer.Kind]
        var review: [JSONValue]
        var unmapped: [JSONValue]

        /// The file's text.
        var json: String {
            var members: [(String, JSONValue)] = [
                ("$comment", .string("Drafted by smartcity map from \(FilePath.name(of: source)); review every line before using it with --map.")),
                ("format", .integer(ResponseMapping.supportedFormat)),
                ("questionnaire", .string(questionnaire)),
                ("from", .string(dialect.rawValue)),
                ("columns", .object(columns)),
                ("answers", .object(answers.sorted { $0.key < $1.key }.map { id, labels in
                    (id, .object(labels.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }))
                })),
            ]
            if !nonAnswers.isEmpty {
                members.append(("nonAnswers", .object(nonAnswers.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value.rawValue)) })))
            }
            if !review.isEmpty { members.append(("review", .array(review))) }
            members.append(("unmapped", .array(unmapped)))
            return JSONValue.object(members).rendered() + "\n"
        }
    }

    /// What the draft infers from the cells beyond labels: value maps of numeric codings and
    /// non-answer codes, each flagged for review in the draft and on stderr.
    struct Inferred {
        var nonAnswers: [String: NonAnswer.Kind] = [:]
        /// The `review` entries: what was inferred and the evidence.
        var review: [JSONValue] = []
        var diagnostics: [Diagnostic] = []
        /// Per column, the normalised texts now mapped.
        var mapped: [String: Set<String>] = [:]
        var nonAnswerTexts: Set<String> = []

        /// Whether an unmatched answer of a column is now mapped.
        func covers(column: String, text: String) -> Bool {
            let key = LabelText.normalise(text)
            return nonAnswerTexts.contains(key) || mapped[column]?.contains(key) == true
        }
    }

    /// Adds the inferred value maps to `answers` (never over a decision of `existing`) and
    /// proposes the non-answer codes, with the evidence (said in `wording`'s language; the mapping's own
    /// `review` members in English, as every member of the file).
    static func infer(from evidence: AnswerCodingEvidence, answers: inout [String: [String: String]], existing: ResponseMapping?, file: String,
                      wording: ExportWording) -> Inferred {
        var inferred = Inferred()
        let location = SourceLocation(file: file)
        let recodes = evidence.recodes().filter { existing?.answers[$0.question] == nil }
        for recode in recodes {
            for (written, code) in recode.values { answers[recode.question, default: [:]][written] = code }
            inferred.mapped[recode.column, default: []].formUnion(recode.values.map { LabelText.normalise($0.written) })
            inferred.review.append(.object([("column", .string(recode.column)), ("question", .string(recode.question)),
                                            ("values", .object(recode.values.map { ($0.written, .string($0.code)) })),
                                            ("evidence", .string(recode.evidence))]))
        }
        for group in AnswerCodingEvidence.grouped(recodes) {
            inferred.diagnostics.append(.warning(location, wording.draftedValueMap(AnswerCodingEvidence.columnList(group.recodes, wording: wording),
                                                                                   group.recodes[0].evidence(wording), group.values)))
        }
        for found in evidence.nonAnswerCodes(excluding: recodes) where existing?.nonAnswers[found.code] == nil {
            inferred.nonAnswers[found.code] = found.kind
            inferred.nonAnswerTexts.insert(LabelText.normalise(found.code))
            let said = "written in \(found.questions) questions (\(found.cells) cells), where no option or scale point has it"
            inferred.review.append(.object([("nonAnswer", .string(found.code)), ("kind", .string(found.kind.rawValue)), ("evidence", .string(said))]))
            inferred.diagnostics.append(.warning(location, wording.draftedNonAnswer(found.code, found.questions, found.cells, found.kind.rawValue)))
        }
        return inferred
    }
}
