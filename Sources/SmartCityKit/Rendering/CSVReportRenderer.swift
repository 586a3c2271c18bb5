/// `scores.csv` (one row per respondent, in input order, with its rank) and `scores-long.csv`
/// (one row per respondent and dimension), RFC 4180 with `,` and `\n` line ends, safe to open in
/// a spreadsheet. Column names are ids, never translated, so scripts work in every language.
/// Only the rank needs the whole cohort: a scoring pass may render each respondent's rows where
/// it scores (`appendRowCells(of:metadataCount:to:)`), and the rendering pass then only puts the
/// rank into each `scores.csv` row (`appendRow(head:rank:tail:to:)`).
struct CSVReportRenderer: ReportRenderer {
    /// Each dimension's id as a cell of `scores-long.csv`, encoded once for every row.
    private let dimensionCells: [[UInt8]]
    /// Each dimension's bands: the id and its encoded cell.
    private let bandCells: [[(id: String, cell: [UInt8])]]
    private let hasLevels: Bool
    /// Whether `begin` and `respondent` write `scores-long.csv`; not when the scoring pass wrote it.
    let rendersLongRows: Bool

    init(questionnaire: Questionnaire, rendersLongRows: Bool = true) {
        dimensionCells = questionnaire.dimensions.map { Self.cell($0.id) }
        bandCells = questionnaire.dimensions.map { dimension in questionnaire.bands(for: dimension).bands.map { ($0.id, Self.cell($0.id)) } }
        hasLevels = questionnaire.hasLevels
        self.rendersLongRows = rendersLongRows
    }

    /// Text as one encoded cell (`CSVWriter.appendText`).
    private static func cell(_ text: String) -> [UInt8] {
        var buffer = ByteBuffer()
        CSVWriter.appendText(text, to: &buffer)
        return buffer.bytes
    }

    /// The encoded cell of a dimension's band id, when the questionnaire has it (always, for
    /// results of its engine); nil otherwise.
    @inline(__always) private func bandCell(_ id: String, dimension position: Int) -> [UInt8]? {
        guard position < bandCells.count else { return nil }
        for band in bandCells[position] where band.id == id { return band.cell }
        return nil
    }

    /// The encoded cell of the dimension at `position` of a respondent's results, when the questionnaire has it (always).
    @inline(__always) private func dimensionCell(at position: Int) -> [UInt8]? {
        position < dimensionCells.count ? dimensionCells[position] : nil
    }

    static let wideFile = "scores.csv", longFile = "scores-long.csv", descriptiveFile = "descriptive.csv"

    /// The headers of `scores.csv` and `scores-long.csv`, and `descriptive.csv` when the
    /// questionnaire has descriptive questions.
    func begin(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {
        let table = ScoresTable(summary)
        var writer = CSVWriter()
        writer.row(table.columns.map { table.name($0, in: summary) })
        try output.append(writer.flush(), to: Self.wideFile)
        if rendersLongRows { try output.append(longHeader(metadataNames: summary.metadataNames), to: Self.longFile) }
        if !summary.descriptiveSummaries.isEmpty {
            try output.write(descriptive(summary), to: Self.descriptiveFile)
        }
    }

    /// The header of `scores-long.csv`, for a cohort with these metadata columns.
    func longHeader(metadataNames: [String]) -> String {
        var writer = CSVWriter()
        writer.row(["id"] + metadataNames + ["dimension", "score", "band", "coverage", "answered", "questions"] + (hasLevels ? ["level"] : []))
        return writer.flush()
    }

    /// A row of `scores.csv` and one row per dimension of `scores-long.csv` (unless the scoring
    /// pass wrote them), in input order, written as bytes with numbers straight from their exact values.
    package func respondent(_ ranked: RankedRespondent, summary: CohortSummary, strings: ReportStrings, into parts: inout RenderedParts) {
        // The id and metadata cells start the wide row and every long row, and the dimensions'
        // score cells follow them in the wide row: written once, then copied into the long rows.
        var prefix: ArraySlice<UInt8> = [], scores: ArraySlice<UInt8> = []
        let table = ScoresTable(summary)
        parts.appending(to: Self.wideFile) { wide in
            let cells = Self.appendCells(0..<table.columnCount, of: table, respondent: ranked.respondent, rank: ranked.rank, to: &wide)
            wide.append(UInt8(ascii: "\n"))
            // Taken last: the wide bytes are not changed while the slices share them.
            prefix = wide.bytes[cells.prefix]
            scores = wide.bytes[cells.scores]
        }
        guard rendersLongRows else { return }
        let score = ranked.respondent.score
        parts.appending(to: Self.longFile) { long in appendLongRows(score, prefix: prefix, scores: scores, levels: levels(of: score), to: &long) }
    }

    /// Where the cells of a respondent's `scores.csv` row are (`appendRowCells`): `head`, every
    /// cell before the rank (from the id to the coverage), within it the id and metadata cells
    /// (`prefix`) and the dimensions' score cells (`scores`), and `tail`, what follows the rank
    /// (`,` and a cell per level, when the questionnaire has levels).
    struct RowCells {
        var head: Range<Int>
        var prefix: Range<Int>
        var scores: Range<Int>
        var tail: Range<Int>
    }

    /// The cells of a respondent's `scores.csv` row but its rank, without its cohort (for a
    /// scoring pass that renders rows where it scores), appended to `buffer`; the rank goes in
    /// between when the cohort is known (`appendRow`), and the `scores-long.csv` rows follow
    /// from them (`appendLongRows(of:cells:in:to:)`).
    func appendRowCells(of respondent: ScoredRespondent, metadataCount: Int, to buffer: inout ByteBuffer) -> RowCells {
        let table = ScoresTable(metadataCount: metadataCount, dimensionCount: dimensionCells.count, hasLevels: hasLevels)
        let headStart = buffer.count
        let head = Self.appendCells(0..<table.rankPosition, of: table, respondent: respondent, rank: nil, to: &buffer)
        let tailStart = buffer.count
        _ = Self.appendCells(table.rankPosition + 1..<table.columnCount, of: table, respondent: respondent, rank: nil, leadingComma: true, to: &buffer)
        return RowCells(head: headStart..<tailStart, prefix: head.prefix, scores: head.scores, tail: tailStart..<buffer.count)
    }

    /// A `scores.csv` row from its cells before and after the rank (`appendRowCells`) and the rank.
    func appendRow(head: ArraySlice<UInt8>, rank: Int?, tail: ArraySlice<UInt8>, to rows: inout ByteBuffer) {
        rows.append(atMost: head.count + 1 + ByteCursor.integerLength + tail.count + 1) { row in
            row.append(head)
            row.append(UInt8(ascii: ","))
            Self.append(.integer(rank), to: &row)
            row.append(tail)
            row.append(UInt8(ascii: "\n"))
        }
    }

    /// The rows of `scores-long.csv` of a respondent with `score`, whose row cells are at `cells` in `buffer`.
    func appendLongRows(of score: RespondentScore, cells: RowCells, in buffer: ByteBuffer, to long: inout ByteBuffer) {
        appendLongRows(score, prefix: buffer.bytes[cells.prefix], scores: buffer.bytes[cells.scores], levels: levels(of: score), to: &long)
    }

    /// Each dimension's level as the number it was answered with (`NumberFormat.plain`), when the questionnaire has levels.
    private func levels(of score: RespondentScore) -> [String]? {
        hasLevels ? score.dimensions.map { $0.level.map(NumberFormat.plain) ?? "" } : nil
    }

    /// Appends the cells of the wide row's `columns` (comma-separated, a comma before the first
    /// too with `leadingComma`, no line end) with the respondent's values (its rank: `rank`);
    /// returns where in `buffer` the id and metadata cells are, and the dimensions' score cells
    /// (comma-separated, in dimension order), when `columns` has them. (The respondent is passed
    /// as such, not captured by a closure, which copied it.)
    private static func appendCells(_ columns: Range<Int>, of table: ScoresTable, respondent: borrowing ScoredRespondent, rank: Int?,
                                    leadingComma: Bool = false, to buffer: inout ByteBuffer) -> (prefix: Range<Int>, scores: Range<Int>) {
        let start = buffer.count
        var length = 0
        for position in columns { length += 1 + maximumLength(of: table.value(table.column(at: position), of: respondent, rank: rank)) }
        var prefixEnd = start, scoresEnd = start
        buffer.append(atMost: length) { row in
            for position in columns {
                if position > columns.lowerBound || leadingComma { row.append(UInt8(ascii: ",")) }
                append(table.value(table.column(at: position), of: respondent, rank: rank), to: &row)
                if position == table.prefixCount - 1 { prefixEnd = start + row.count }
                if position == table.prefixCount + table.dimensionCount - 1 { scoresEnd = start + row.count }
            }
        }
        return (start..<prefixEnd, min(prefixEnd + 1, scoresEnd)..<scoresEnd)
    }

    /// The most bytes `append` writes of a value.
    private static func maximumLength(of value: ScoresTable.Value) -> Int {
        switch value {
        case .text(let text): CSVWriter.encodedLength(text)
        case .fixed, .share: numberLength
        case .integer: ByteCursor.integerLength
        case .band(let id): CSVWriter.encodedLength(id ?? "")
        case .level(let level): level.map { NumberFormat.plain($0).utf8.count } ?? 0
        }
    }

    /// A value of `scores.csv`: text neutralised for spreadsheets, exact values with
    /// `ScoresTable.digits` decimals, nothing for a missing value (a missing value in pandas and R).
    private static func append(_ value: ScoresTable.Value, to row: inout ByteCursor) {
        switch value {
        case .text(let text): CSVWriter.appendText(text, to: &row)
        case .fixed(let number): if let number { row.appendFixed(number, digits: ScoresTable.digits) }
        case .share(let share): row.appendFixed(share, digits: ScoresTable.digits)
        case .integer(let integer): if let integer { row.appendInteger(integer) }
        case .band(let id): CSVWriter.appendText(id ?? "", to: &row)
        // A level is written as the number it was answered with.
        case .level(let level): if let level { row.append(NumberFormat.plain(level)) }
        }
    }

    /// The most bytes `appendNumber` writes.
    private static let numberLength = 1 + ByteCursor.fixedLength(digits: 4)

    /// The rows of `scores-long.csv` of one respondent: one per dimension, each after `prefix`,
    /// with its level when the questionnaire has levels. Dimension and band cells are as encoded
    /// once per run, score cells those of the wide row (`scores`: comma-separated, in dimension order).
    private func appendLongRows(_ score: RespondentScore, prefix: ArraySlice<UInt8>, scores: ArraySlice<UInt8>, levels: [String]?,
                                to long: inout ByteBuffer) {
        let length = score.dimensions.indices.reduce(0) { length, position in
            let result = score.dimensions[position]
            let band = result.bandID.map { bandCell($0, dimension: position)?.count ?? CSVWriter.encodedLength($0) } ?? 0
            return length + prefix.count + 1 + (dimensionCell(at: position)?.count ?? CSVWriter.encodedLength(result.dimensionID))
                + 2 * Self.numberLength + 1 + band + 2 * (1 + ByteCursor.integerLength) + (levels.map { 1 + $0[position].utf8.count } ?? 0) + 1
        }
        long.append(atMost: length) { row in
            var scoreStart = scores.startIndex
            // Field by field: a copy of a whole result would retain its ids and factors.
            for position in score.dimensions.indices {
                row.append(prefix)
                row.append(UInt8(ascii: ","))
                if let cell = dimensionCell(at: position) {
                    row.append(cell)
                } else {
                    CSVWriter.appendText(score.dimensions[position].dimensionID, to: &row)
                }
                // A score cell holds no comma: the next one ends it.
                let scoreEnd = scores[scoreStart...].firstIndex(of: UInt8(ascii: ",")) ?? scores.endIndex
                row.append(UInt8(ascii: ","))
                row.append(scores[scoreStart..<scoreEnd])
                scoreStart = min(scoreEnd + 1, scores.endIndex)
                row.append(UInt8(ascii: ","))
                if let id = score.dimensions[position].bandID {
                    if let cell = bandCell(id, dimension: position) { row.append(cell) } else { CSVWriter.appendText(id, to: &row) }
                }
                Self.appendNumber(score.dimensions[position].exactCoverage, to: &row)
                row.append(UInt8(ascii: ","))
                row.appendInteger(score.dimensions[position].answered)
                row.append(UInt8(ascii: ","))
                row.appendInteger(score.dimensions[position].questions)
                if let levels {
                    row.append(UInt8(ascii: ","))
                    row.append(levels[position])
                }
                row.append(UInt8(ascii: "\n"))
            }
        }
    }

    /// `,` and an exact value with four decimals, or `,` alone (a missing value in pandas and R).
    private static func appendNumber(_ value: Fraction?, to row: inout ByteCursor) {
        row.append(UInt8(ascii: ","))
        if let value { row.appendFixed(value, digits: 4) }
    }

    func end(_ summary: CohortSummary, strings: ReportStrings, output: ReportOutput) throws {}

    /// The descriptive questions, tidy: a row per question and answer with its count and share of
    /// the respondents who answered; numeric questions get rows for their statistics in `value`.
    func descriptive(_ report: CohortSummary) -> String {
        var writer = CSVWriter()
        writer.row(["question", "group", "answer", "count", "share", "answered", "value"])
        for summary in report.descriptiveSummaries {
            let question = report.questionnaire.questions[summary.questionIndex]
            let prefix = [question.id, question.groupID]
            for count in summary.counts {
                writer.row(prefix + [count.code, String(count.count), count.exactShare.fixed(digits: 4), String(summary.answered), ""])
            }
            if let statistics = summary.statistics, !question.kind.isLevel {
                for (name, value) in [("mean", statistics.mean), ("median", statistics.median), ("min", statistics.minimum), ("max", statistics.maximum)] {
                    writer.row(prefix + [name, "", "", String(summary.answered), NumberFormat.fixed(value, digits: 4)])
                }
            }
        }
        return writer.text
    }
}
