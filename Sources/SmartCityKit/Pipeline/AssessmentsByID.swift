/// The respondents of other responses files by id, scored with their answers: a previous
/// assessment (`--previous FILE`), so that each report shows what changed since, or target
/// answers (`--targets FILE`), whose scores become each respondent's targets. Only what the
/// reports use is kept per id (`EarlierAssessment`): the scores, and the answers of a previous one;
/// nothing at all when no report shows them (the files are then only read for their diagnostics).
///
/// Kept compactly, because a whole earlier cohort is held while the current one is scored: the
/// files are read once, like the responses (`BlockReader`, every core), each respondent scored
/// where its piece is parsed and encoded there as one record (its exact scores as spill
/// fractions, its band as an index into the questionnaire's bands, and its answers mostly one
/// byte each: a scale value from 0 to 127 or an option index below 118), kept in pages of bytes.
/// The reading's own id table - the one that leaves out a second row with the same id - finds a
/// respondent's file and row, and a table per file the position of that row's record: no id is
/// kept twice and no per-respondent object is made.
package struct AssessmentsByID: Sendable {
    /// What is kept per id.
    package enum Keeping: Sendable {
        /// Nothing: no report shows the earlier assessments (the files are still read and checked).
        case nothing
        /// The scores and band (target answers, or a previous assessment shown without answers).
        case scores
        /// The scores, band and every answer (a previous assessment whose changed answers the reports list).
        case scoresAndAnswers
    }

    private var ids = IDs()
    /// Per file, per row: the position of the row's record, or -1 where the row has none.
    private var positions: [[Int]] = []
    /// The records, one after another; a page is `pageSize` bytes (or one longer record).
    private var pages: [SpillWriter] = []
    /// The band ids of the questionnaire's total, in order; records hold their index (those of
    /// assessments added one by one join the list as met).
    private var bandIDs: [String]
    private(set) var count = 0

    /// The bytes of a page, and the shift of a page's index in a record's position.
    private static let pageSize = 1 << 20, pageShift = 20

    /// An empty store, whose records give band ids by their index in `bandIDs`.
    package init(bandIDs: [String] = []) {
        self.bandIDs = bandIDs
    }

    /// Reads and scores the responses files, keeping per id what `keeping` says; diagnostics of
    /// reading go to `report` as they are found, in file order, as a scoring run reports them.
    /// `blockSize`: the size of the blocks a large file is read in, when not the usual (smaller in tests, to make many pieces).
    package static func score(questionnaire: Questionnaire, paths: [String], options: ReadingOptions, keeping: Keeping,
                              blockSize: Int? = nil, report: ([Diagnostic]) -> Void) -> AssessmentsByID {
        let bandIDs = questionnaire.bands.bands.map(\.id)
        let processor = EarlierAssessmentConsumer.Processor(questionnaire: questionnaire, bandIDs: bandIDs, keeping: keeping)
        var consumer = EarlierAssessmentConsumer(store: AssessmentsByID(bandIDs: bandIDs), processor: processor)
        var ids = RespondentIDTable()
        for (fileIndex, path) in paths.enumerated() {
            let opened = ResponseSource.open(path: path, questionnaire: questionnaire, options: options, hashing: false)
            report(opened.diagnostics)
            consumer.begin(path: path, wording: options.csvWording)
            guard let source = opened.value else { continue }
            BlockReader(source: source, files: paths, fileIndex: fileIndex, blockSize: blockSize ?? BlockReader.blockSize)
                .read(into: &consumer, ids: &ids, report: report)
        }
        var store = consumer.store
        if keeping != .nothing { store.ids.table = ids }
        return store
    }

    /// Keeps a respondent's assessment under its id (should a second one with the same id come,
    /// the first is kept).
    mutating func add(_ assessment: EarlierAssessment, id: String) {
        if positions.isEmpty { addFile() }
        let row = positions[0].count
        if case .duplicate = ids.table.insert(id, file: 0, row: row) { return }
        let band = assessment.score.bandID.map { id in
            bandIDs.firstIndex(of: id) ?? { bandIDs.append(id); return bandIDs.count - 1 }()
        }
        var record = ByteBuffer()
        record.append(atMost: Self.maximumLength(of: assessment)) { Self.encode(assessment, band: band, into: &$0) }
        append(record.bytes[...], file: 0, row: row)
    }

    /// Makes room for the records of one more file, the last of the files.
    mutating func addFile() { positions.append([]) }

    /// Keeps the record of the respondent first seen in `row` of file `file` (its id is in the table).
    mutating func append(_ record: ArraySlice<UInt8>, file: Int, row: Int) {
        if pages.isEmpty || pages[pages.count - 1].count + record.count > Self.pageSize {
            pages.append(SpillWriter(capacity: max(Self.pageSize, record.count)))
        }
        let last = pages.count - 1
        let position = last << Self.pageShift | pages[last].count
        pages[last].fields(atMost: record.count) { $0.append(record) }
        if positions[file].count <= row { positions[file] += repeatElement(-1, count: row + 1 - positions[file].count) }
        positions[file][row] = position
        count += 1
    }

    /// The respondent with this id in the files (the same text in another Unicode normalisation
    /// counts as the same id).
    package func respondent(_ id: String) -> EarlierAssessment? {
        guard let position = position(of: id) else { return nil }
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

    /// Where the record of the respondent with this id is, when it has one.
    private func position(of id: String) -> Int? {
        // Without records (no earlier files, or nothing kept) the id is not even hashed.
        guard count > 0, let sighting = ids.table.firstSighting(of: id), sighting.file < positions.count, sighting.row < positions[sighting.file].count else {
            return nil
        }
        let position = positions[sighting.file][sighting.row]
        return position >= 0 ? position : nil
    }

    /// The most bytes the record of `assessment` takes.
    static func maximumLength(of assessment: EarlierAssessment) -> Int {
        (assessment.score.dimensions.count + 1) * SpillField.fractionLength + 3 * SpillField.unsignedLength
            + (assessment.answers?.count ?? 0) * SpillField.answerLength
    }

    /// Writes the record of an assessment whose band is `band` (an index into the store's band ids).
    static func encode(_ assessment: EarlierAssessment, band: Int?, into record: inout ByteCursor) {
        record.spillUnsigned(UInt64(assessment.score.dimensions.count))
        for score in assessment.score.dimensions { record.spillFraction(score) }
        record.spillFraction(assessment.score.total)
        record.spillIndex(band)
        record.spillIndex(assessment.answers.map(\.count))
        for answer in assessment.answers ?? [] { encode(answer, into: &record) }
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
