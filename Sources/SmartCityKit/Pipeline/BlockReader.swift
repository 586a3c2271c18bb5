/// Reads every record of one responses file for a consumer: a large CSV file in blocks cut at
/// record boundaries, each block's pieces parsed and processed on every core while the block
/// before it is merged, the pieces merged in input order. A row whose id is already in the id
/// table (from this file or an earlier one of `files`) is left out with an error before its
/// piece reaches the consumer.
struct BlockReader {
    /// The size of the blocks a large file is read in.
    static let blockSize = 2 << 20

    let source: ResponseSource
    /// The paths of every file of the run, for messages about ids first seen in an earlier one.
    let files: [String]
    /// This file's position in `files`.
    let fileIndex: Int
    /// The size of the blocks (smaller in tests, to make many pieces).
    var blockSize = BlockReader.blockSize

    private var path: String { source.path }

    /// Reads the file into `consumer`; diagnostics of the file as a whole go to `report`.
    func read<Consumer: RowConsumer>(into consumer: inout Consumer, ids: inout RespondentIDTable, report: ([Diagnostic]) -> Void) {
        // The consumer and the id table move into the merger and back: never two copies while they grow.
        var merger = Merger(consumer: consume consumer, ids: consume ids, path: path, files: files, fileIndex: fileIndex,
                            idColumn: source.plan.idName, idsAreRowNumbers: source.plan.idColumn == nil, wording: source.plan.wording,
                            csvWording: source.plan.csvWording)
        readRecords(RecordReading(plan: source.plan, processor: merger.consumer.processor), into: &merger, report: report)
        consumer = merger.consumer
        ids = merger.ids
    }

    /// Every record: JSON and sheet rows as one piece, CSV records read ahead as one, then the rest in blocks.
    private func readRecords<Consumer: RowConsumer>(_ reading: RecordReading<Consumer.Processor>, into merger: inout Merger<Consumer>,
                                                      report: ([Diagnostic]) -> Void) {
        var answers = [Answer](repeating: .blank, count: source.plan.sources.count)
        var scratch = SpillWriter()
        var piece = Piece()
        switch source.records {
        case .json(let rows, _):
            for (index, values) in rows.enumerated() {
                reading.read(JSONCells(values: values), row: index + 2, line: index + 2, answers: &answers, scratch: &scratch, into: &piece)
            }
            merger.merge(piece, report: report)
        case .sheet(let rows, let width, _):
            for row in rows where !row.cells.allSatisfy({ $0.text.trimmingSpaces.isEmpty }) {
                reading.read(SheetRowCells(row: row, width: width), row: row.number, line: row.number, answers: &answers, scratch: &scratch, into: &piece)
            }
            merger.merge(piece, report: report)
        case .csv(_, let readAhead, let firstRow):
            var row = firstRow - 1
            for record in readAhead {
                row += 1
                if record.fields.allSatisfy({ $0.trimmingSpaces.isEmpty }) { continue }
                reading.read(StringCells(fields: record.fields, quotedEmpty: record.quotedEmpty), row: row, line: record.line,
                             answers: &answers, scratch: &scratch, into: &piece)
            }
            merger.merge(piece, report: report)
            readBlocks(after: row, reading: reading, into: &merger, report: report)
            if merger.row < firstRow { report([.warning(SourceLocation(file: path), source.plan.csvWording.noRespondentRows)]) }
            report(source.endDiagnostics)
        }
    }

    /// The CSV records after the ones read ahead (the last of which is `row`), in blocks: each
    /// block is parsed on every core while the one before it is merged here.
    private func readBlocks<Consumer: RowConsumer>(after row: Int, reading: RecordReading<Consumer.Processor>, into merger: inout Merger<Consumer>,
                                                     report: ([Diagnostic]) -> Void) {
        merger.row = row
        let questionCount = source.plan.sources.count
        var failure: Diagnostic?
        let wording = source.plan.csvWording
        source.withCSVReader { reader in
            let delimiter = reader.delimiter ?? UInt8(ascii: ",")
            merger.line = reader.nextLine
            do {
                var parsing: BlockParse?
                while let block = try reader.nextBlock(size: blockSize) {
                    let next = BlockParse(consume block, delimiter: delimiter, questionCount: questionCount, reading: reading)
                    if let previous = parsing, let stop = merger.mergeBlock(previous.results(), report: report) {
                        _ = next.results()
                        failure = stop
                        return
                    }
                    parsing = next
                }
                if let last = parsing { failure = merger.mergeBlock(last.results(), report: report) }
            } catch let error as CSVSyntaxError {
                let failedRow = merger.row + 1
                failure = .error(SourceLocation(file: path, position: .row(failedRow)), error.message(wording) + wording.restNotRead)
                merger.merge(Piece(rows: [PieceRow(outcome: .excluded(ExcludedRow(row: failedRow, respondentID: nil, reason: .unreadable)),
                                                   row: failedRow, line: error.line, problems: [])]), report: report)
            } catch let error as SmartCityError {
                failure = error.diagnostics[0]
            } catch {
                failure = UnreadableFile.diagnostic(for: error, path: path, wording: wording)
            }
        }
        if let failure { report([failure]) }
    }
}

extension BlockReader {
    /// Hands pieces to the consumer in input order: their rows and lines shifted to count from
    /// the file's start, duplicate ids left out.
    struct Merger<Consumer: RowConsumer> {
        var consumer: Consumer
        var ids: RespondentIDTable
        let path: String
        let files: [String]
        let fileIndex: Int
        let idColumn: String
        let idsAreRowNumbers: Bool
        /// What is said about duplicate ids, and about the syntax, in the run's language.
        let wording: ResponseFileWording
        let csvWording: CSVWording
        /// The last row and line merged (of the blocks' pieces).
        var row = 0
        var line = 1

        /// Leaves out the rows of `piece` whose ids were seen before, then hands it over.
        mutating func merge(_ piece: consuming Piece, report: ([Diagnostic]) -> Void) {
            for index in piece.rows.indices {
                if piece.rows[index].excludeIfDuplicate(ids: &ids, files: files, fileIndex: fileIndex, idColumn: idColumn, wording: wording) {
                    piece.lostScoredRows = true
                }
            }
            consumer.merge(piece, report: report)
        }

        /// Merges a parsed block's pieces; the error when a piece stopped at a syntax error
        /// (its row then left out as unreadable, and the rest of the file not read).
        mutating func mergeBlock(_ results: consuming [PieceResult], report: ([Diagnostic]) -> Void) -> Diagnostic? {
            for index in results.indices {
                let (records, lines) = (results[index].records, results[index].lines)
                // Rows and lines were counted from each piece's start: shift them, in place.
                results[index].shift(rows: row, lines: line - 1, idsAreRowNumbers: idsAreRowNumbers)
                var piece = results[index].piece
                results[index].piece = Piece()
                if let error = results[index].error {
                    let failedRow = row + records + 1
                    piece.rows.append(PieceRow(outcome: .excluded(ExcludedRow(row: failedRow, respondentID: nil, reason: .unreadable)),
                                               row: failedRow, line: error.line, problems: []))
                    merge(piece, report: report)
                    return .error(SourceLocation(file: path, position: .row(failedRow)), error.message(csvWording) + csvWording.restNotRead)
                }
                merge(piece, report: report)
                row += records
                line += lines
            }
            return nil
        }
    }
}
