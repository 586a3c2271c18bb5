/// The respondents of other responses files by id, scored with their answers: a previous
/// assessment (`--previous FILE`), so that each report shows what changed since, or target
/// answers (`--targets FILE`), whose scores become each respondent's targets. Only what the
/// reports use is kept per id (`EarlierAssessment`): the scores, and the answers of a previous one.
///
/// Kept compactly, because a whole earlier cohort is held while the current one is scored: each
/// respondent is one record in pages of bytes (its exact scores as spill fractions, its band as
/// an index into the few band ids, and its answers mostly one byte each: a scale value from 0 to
/// 127 or an option index below 118), found by its id in a `RespondentIDTable` that records, as the
/// "row" of each id, the position of its record. `score --previous` of 300,000 I-monitor rows
/// against 300,000 earlier ones grows by about 290 bytes per earlier respondent (id, record and the
/// rest of the run) over `score` alone, instead of about 1.4 KB with a dictionary of `EarlierAssessment`s.
package struct AssessmentsByID: Sendable {
    private var ids = IDs()
    /// The records, one after another; a page is `pageSize` bytes (or one longer record).
    private var pages: [SpillWriter] = []
    /// The band ids met, in order; records hold their index.
    private var bandIDs: [String] = []
    private(set) var count = 0
    /// The files, with their SHA-256.
    private(set) var files: [SourceFile] = []

    /// The bytes of a page, and the shift of a page's index in a record's position.
    private static let pageSize = 1 << 20, pageShift = 20

    package init() {}

    /// Scores the responses files, keeping each respondent's answers when `keepsAnswers` (a
    /// previous assessment's, whose changed answers the reports list); diagnostics of reading go to `report`.
    package static func score(questionnaire: Questionnaire, questionnaireFile: SourceFile, paths: [String], language: String,
                             options: ReadingOptions, temporaryFolder: String, keepsAnswers: Bool = true,
                             report: ([Diagnostic]) -> Void) -> Checked<AssessmentsByID> {
        var settings = ScoringRun.Settings()
        settings.keepsAnswers = keepsAnswers
        settings.temporaryFolder = temporaryFolder
        let run = ScoringRun.score(questionnaire: questionnaire, questionnaireFile: questionnaireFile, responsePaths: paths,
                                   language: language, options: options, settings: settings, report: report)
        var previous = AssessmentsByID()
        previous.files = run.summary.responseFiles
        do {
            // The descriptive answers are among the details.
            try run.forEachBatch(namingFiles: false, details: keepsAnswers) { batch in
                for ranked in batch {
                    previous.add(EarlierAssessment(ranked.respondent, questionnaire: questionnaire, keepsAnswers: keepsAnswers), id: ranked.respondent.id)
                }
            }
        } catch let diagnostic as Diagnostic {
            return .failure(diagnostic)
        } catch {
            return .failure(.error(SourceLocation(file: temporaryFolder), "\(error)"))
        }
        return Checked(previous)
    }

    /// Keeps a respondent's assessment under its id (a scoring run has left out a second row
    /// with the same id; should one come, the first is kept).
    mutating func add(_ assessment: EarlierAssessment, id: String) {
        let band = assessment.score.bandID.map { id in
            bandIDs.firstIndex(of: id) ?? { bandIDs.append(id); return bandIDs.count - 1 }()
        }
        let answers = assessment.answers ?? []
        let length = (assessment.score.dimensions.count + 1) * SpillField.fractionLength + 2 * SpillField.unsignedLength
            + answers.count * SpillField.answerLength
        if pages.isEmpty || pages[pages.count - 1].count + length > Self.pageSize {
            pages.append(SpillWriter(capacity: max(Self.pageSize, length)))
        }
        let last = pages.count - 1
        let position = last << Self.pageShift | pages[last].count
        if case .duplicate = ids.table.insert(id, file: 0, row: position) { return }
        pages[last].fields(atMost: length) { record in
            record.spillUnsigned(UInt64(assessment.score.dimensions.count))
            for score in assessment.score.dimensions { record.spillFraction(score) }
            record.spillFraction(assessment.score.total)
            record.spillIndex(band)
            record.spillIndex(assessment.answers.map(\.count))
            for answer in answers { Self.encode(answer, into: &record) }
        }
        count += 1
    }

    /// The respondent with this id in the files (the same text in another Unicode normalisation
    /// counts as the same id).
    package func respondent(_ id: String) -> EarlierAssessment? {
        guard let position = ids.table.firstSighting(of: id)?.row else { return nil }
        var record = SpillReader(bytes: pages[position >> Self.pageShift].bytes, position: position & (Self.pageSize - 1))
        do {
            let dimensionCount = Int(try record.unsigned())
            var dimensions: [Fraction?] = []
            dimensions.reserveCapacity(dimensionCount)
            for _ in 0..<dimensionCount { dimensions.append(try record.fraction()) }
            let total = try record.fraction()
            let band = try record.index().map { bandIDs[$0] }
            var answers: [Answer]?
            if let answerCount = try record.index() {
                answers = try (0..<answerCount).map { _ in try Self.decode(&record) }
            }
            return EarlierAssessment(score: EarlierAssessment.Scores(dimensions: dimensions, total: total, bandID: band), answers: answers)
        } catch {
            preconditionFailure("a record of AssessmentsByID is written and read in memory by the same code: \(error)")
        }
    }

    /// The first one-byte code of an option index; indices below `numberCode - choiceCode` take one byte.
    private static let choiceCode: UInt8 = 10
    /// The first one-byte code of a whole scale value (0-127).
    private static let numberCode: UInt8 = 128

    /// An answer in one byte when it is a whole number from 0 to 127 or an option index below
    /// 118 (almost every answer), else as the spill writes it (whose tags are below `choiceCode`).
    private static func encode(_ answer: Answer, into record: inout ByteCursor) {
        switch answer {
        case .number(let value) where value >= 0 && value < 128 && Double(Int(value)).bitPattern == value.bitPattern:
            record.append(numberCode + UInt8(Int(value)))
        case .choice(let option) where option >= 0 && option < Int(numberCode - choiceCode):
            record.append(choiceCode + UInt8(option))
        default:
            record.spillAnswer(answer)
        }
    }

    private static func decode(_ record: inout SpillReader) throws -> Answer {
        let start = record.position
        let code = try record.byte()
        if code >= numberCode { return .number(Double(code - numberCode)) }
        if code >= choiceCode { return .choice(Int(code - choiceCode)) }
        var spilled = SpillReader(bytes: record.bytes, position: start, end: record.end)
        let answer = try spilled.answer()
        record = spilled
        return answer
    }

    /// The id table, shared by the cores that look ids up while reports are rendered. It is
    /// read only once filled, and unbounded (no overflow runs, its only reference type), so
    /// sharing it is safe.
    private struct IDs: @unchecked Sendable {
        var table = RespondentIDTable()
    }
}
