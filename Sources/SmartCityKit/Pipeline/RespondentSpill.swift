import Foundation

/// Scored respondents in a compact binary form, written once by the scoring pass and read back,
/// in input order, by the rendering stage: the responses are never read twice, and the cohort's
/// full results are never all in memory. Kept in memory up to `memoryLimit`, then in a temporary
/// file without a name, which the system removes when the spill is released or the process ends.
final class RespondentSpill {
    static let defaultMemoryLimit = 4 << 20
    /// The most bytes kept in memory before the spill moves to its file.
    private let memoryLimit: Int
    /// What records leave out, from the questionnaire.
    let layout: SpillLayout
    private let folder: String
    private var buffer = ByteBuffer()
    /// The descriptor of the spill's file, which has no name (see `POSIXFile.anonymous`).
    private var file: Int32?
    private(set) var count = 0

    init(questionnaire: Questionnaire, folder: String, memoryLimit: Int = RespondentSpill.defaultMemoryLimit, keepsScoredAnswers: Bool = false,
         keepsAnswerTexts: Bool = false) {
        self.memoryLimit = memoryLimit
        layout = SpillLayout(questionnaire, keepsScoredAnswers: keepsScoredAnswers, keepsAnswerTexts: keepsAnswerTexts)
        self.folder = folder
    }

    deinit { release() }

    /// Appends encoded records (each from `encode`).
    func append(_ records: ByteBuffer, count added: Int) throws {
        buffer.append(records)
        count += added
        if buffer.count > memoryLimit { try flush() }
    }

    private func flush() throws {
        do throws(POSIXFile.Failure) {
            if file == nil { file = try POSIXFile.anonymous(in: folder, prefix: ".smartcity-spill") }
            if let file { try POSIXFile.writeAll(file, buffer.bytes, path: folder) }
        } catch {
            throw SpillError(message: "a temporary file in \(folder) \(error.message)")
        }
        buffer.removeAll()
    }

    /// The most records handed to `forEachChunk`'s body at once (what is decoded at once).
    static let chunkRecords = 8192

    /// Calls `body` with chunks of at most `chunkRecords` whole records, in the order they were
    /// appended: the bytes and each record's range in them (after its length prefix).
    func forEachChunk(_ body: ([UInt8], [Range<Int>]) throws -> Void) throws {
        func deliver(_ bytes: [UInt8], _ ranges: [Range<Int>]) throws {
            for start in stride(from: 0, to: ranges.count, by: Self.chunkRecords) {
                try body(bytes, Array(ranges[start..<min(start + Self.chunkRecords, ranges.count)]))
            }
        }
        guard let file else {
            try deliver(buffer.bytes, try Self.records(in: buffer.bytes, complete: true).ranges)
            return
        }
        try flush()
        lseek(file, 0, SEEK_SET)
        var pending: [UInt8] = []
        while true {
            let chunk = try Self.readChunk(file, upTo: 4 << 20)
            if chunk.isEmpty { break }
            pending += chunk
            let records = try Self.records(in: pending, complete: false)
            try deliver(pending, records.ranges)
            pending.removeFirst(records.consumed)
        }
        try deliver(pending, try Self.records(in: pending, complete: true).ranges)
    }

    /// The ranges of the whole records in `bytes`, and the bytes they take.
    private static func records(in bytes: [UInt8], complete: Bool) throws -> (ranges: [Range<Int>], consumed: Int) {
        var ranges: [Range<Int>] = []
        var position = 0
        while position < bytes.count {
            var header = SpillReader(bytes: bytes, position: position)
            guard let length = header.lengthPrefix(), header.position + length <= bytes.count else {
                if complete { throw SpillError(message: "a temporary file of this run is damaged; score again") }
                break
            }
            ranges.append(header.position..<header.position + length)
            position = header.position + length
        }
        return (ranges, position)
    }

    /// Up to `count` bytes of a temporary file; empty at its end.
    static func readChunk(_ descriptor: Int32, upTo count: Int) throws(SpillError) -> [UInt8] {
        do throws(POSIXFile.Failure) {
            return try POSIXFile.readSome(descriptor, upTo: count, action: "cannot read a temporary file")
        } catch {
            throw SpillError(message: error.message)
        }
    }

    /// Closes the temporary file (which the system then removes).
    func release() {
        if let file { close(file) }
        file = nil
    }

    /// Appends a respondent as one length-prefixed record (built in `scratch`, which is reused)
    /// and returns where it is, so that its row can be set once the piece's place in the file is known.
    @discardableResult
    static func encode(_ respondent: ScoredRespondent, encoding: SpillEncoding, scratch record: inout SpillWriter,
                       into output: inout ByteBuffer) -> SpillRecordRange {
        let layout = encoding.layout
        let score = respondent.score
        let statuses = score.itemStatuses
        var unscored = 0
        for status in statuses where status != .scored { unscored += 1 }
        let answers = respondent.descriptiveAnswers.count + (layout.keepsScoredAnswers ? respondent.scoredAnswers.count : 0)
        // The most bytes the record takes, so that it is written through one cursor.
        var length = SpillField.fixedRowLength + 1 + 3 * SpillField.unsignedLength + SpillField.incompleteLength
            + (encoding.idIsRowNumber ? 0 : SpillField.unsignedLength + respondent.id.utf8.count)
            + 2 * SpillField.fractionLength + SpillField.unsignedLength
            + 2 * unscored * SpillField.unsignedLength + answers * SpillField.answerLength
        for value in respondent.metadata { length += SpillField.unsignedLength + value.utf8.count }
        if layout.keepsAnswerTexts { for text in respondent.scoredAnswerTexts { length += SpillField.unsignedLength + text.utf8.count } }
        for position in score.dimensions.indices {
            length += 2 * SpillField.fractionLength + 2 * SpillField.unsignedLength + SpillField.doubleLength
                + score.dimensions[position].factors.count * (SpillField.fractionLength + SpillField.unsignedLength)
        }
        record.removeAll()
        record.fields(atMost: length) { fields in
            fields.spillFixedRow(respondent.row)
            if encoding.idIsRowNumber {
                fields.append(1)
            } else {
                fields.append(0)
                fields.spillString(respondent.id)
            }
            fields.spillUnsigned(UInt64(encoding.fileIndex))
            fields.spillIncomplete(respondent.incomplete)
            fields.spillUnsigned(UInt64(respondent.metadata.count))
            for value in respondent.metadata { fields.spillString(value) }
            fields.spillFraction(score.exactTotal)
            fields.spillFraction(score.exactCoverage)
            fields.spillIndex(score.bandID.flatMap { id in layout.bandIDs.firstIndex(of: id) })
            for position in score.dimensions.indices {
                // Field by field: a copy of the whole result would retain its ids and factors.
                fields.spillFraction(score.dimensions[position].exactScore)
                fields.spillFraction(score.dimensions[position].exactCoverage)
                fields.spillIndex(score.dimensions[position].bandID.flatMap { id in layout.dimensionBandIDs[position].firstIndex(of: id) })
                fields.spillUnsigned(UInt64(score.dimensions[position].answered))
                fields.spillDouble(score.dimensions[position].level)
                for factor in score.dimensions[position].factors {
                    fields.spillFraction(factor.exactScore)
                    fields.spillUnsigned(UInt64(factor.answered))
                }
            }
            fields.spillUnsigned(UInt64(unscored))
            for index in statuses.indices where statuses[index] != .scored {
                fields.spillUnsigned(UInt64(index))
                fields.spillUnsigned(UInt64(statuses[index].position))
            }
            for answer in respondent.descriptiveAnswers { fields.spillAnswer(answer) }
            if layout.keepsScoredAnswers { for answer in respondent.scoredAnswers { fields.spillAnswer(answer) } }
            if layout.keepsAnswerTexts { for text in respondent.scoredAnswerTexts { fields.spillString(text) } }
        }
        let start = output.count
        output.append(atMost: SpillField.unsignedLength) { $0.spillUnsigned(UInt64(record.count)) }
        let rowField = output.count
        output.append(record.buffer)
        return SpillRecordRange(bytes: start..<output.count, rowField: rowField)
    }

    /// The respondent a record holds, with the path of the file it came from. Without
    /// `details`, the factor scores, item statuses and answers (what only Markdown, JSON and
    /// item reports show) are left empty.
    static func decode(_ reader: inout SpillReader, layout: SpillLayout, files: [String], details: Bool = true) throws -> ScoredRespondent {
        let row = try reader.fixedRow()
        let id = try reader.byte() == 1 ? ResponsePlan.rowNumberID(row) : try reader.string()
        let fileIndex = Int(try reader.unsigned())
        let incomplete = try reader.incomplete()
        let metadata = try (0..<Int(try reader.unsigned())).map { _ in try reader.string() }
        let total = try reader.fraction()
        let coverage = try reader.fraction() ?? .zero
        let band = try reader.index().flatMap { $0 < layout.bandIDs.count ? layout.bandIDs[$0] : nil }
        var dimensions: [DimensionResult] = []
        dimensions.reserveCapacity(layout.dimensionIDs.count)
        for position in layout.dimensionIDs.indices {
            let score = try reader.fraction()
            let dimensionCoverage = try reader.fraction() ?? .zero
            let bands = layout.dimensionBandIDs[position]
            let bandID = try reader.index().flatMap { $0 < bands.count ? bands[$0] : nil }
            let answered = Int(try reader.unsigned())
            let level = try reader.double()
            let factorIDs = layout.factorIDs[position]
            var factors: [FactorResult] = []
            if !factorIDs.isEmpty {
                if details { factors.reserveCapacity(factorIDs.count) }
                for factor in factorIDs.indices {
                    let score = try reader.fraction(), answered = Int(try reader.unsigned())
                    guard details else { continue }
                    factors.append(FactorResult(factorID: factorIDs[factor], exactScore: score, answered: answered,
                                                questions: layout.questionsPerFactor[position][factor]))
                }
            }
            dimensions.append(DimensionResult(dimensionID: layout.dimensionIDs[position], exactScore: score, exactCoverage: dimensionCoverage,
                                              bandID: bandID, answered: answered, questions: layout.questionsPerDimension[position],
                                              factors: factors, level: level))
        }
        let file = fileIndex < files.count ? files[fileIndex] : ""
        guard details else {
            let score = RespondentScore(exactTotal: total, bandID: band, dimensions: dimensions, itemStatuses: [], exactCoverage: coverage)
            return ScoredRespondent(id: id, metadata: metadata, score: score, descriptiveAnswers: [], file: file, row: row, incomplete: incomplete)
        }
        var statuses = [ItemStatus](repeating: .scored, count: layout.questionCount)
        for _ in 0..<Int(try reader.unsigned()) {
            let index = Int(try reader.unsigned()), status = Int(try reader.unsigned())
            guard index < statuses.count, status < ItemStatus.all.count else { throw SpillError(message: "a temporary file of this run is damaged; score again") }
            statuses[index] = ItemStatus.all[status]
        }
        var descriptive: [Answer] = []
        if layout.descriptiveCount > 0 {
            descriptive.reserveCapacity(layout.descriptiveCount)
            for _ in 0..<layout.descriptiveCount { descriptive.append(try reader.answer()) }
        }
        var scoredAnswers: [Answer] = []
        if layout.keepsScoredAnswers {
            scoredAnswers.reserveCapacity(layout.scoredCount)
            for _ in 0..<layout.scoredCount { scoredAnswers.append(try reader.answer()) }
        }
        let scoredAnswerTexts = layout.keepsAnswerTexts ? try (0..<layout.scoredCount).map { _ in try reader.string() } : []
        let score = RespondentScore(exactTotal: total, bandID: band, dimensions: dimensions, itemStatuses: statuses, exactCoverage: coverage)
        return ScoredRespondent(id: id, metadata: metadata, score: score, descriptiveAnswers: descriptive, file: file, row: row, incomplete: incomplete,
                                scoredAnswers: scoredAnswers, scoredAnswerTexts: scoredAnswerTexts)
    }
}

/// What a record leaves out because the questionnaire says it: ids of dimensions, factors and
/// bands (records hold indices), and how many scored questions each dimension and factor has.
struct SpillLayout: Sendable {
    let dimensionIDs: [String]
    let factorIDs: [[String]]
    let bandIDs: [String]
    let dimensionBandIDs: [[String]]
    let questionsPerDimension: [Int]
    let questionsPerFactor: [[Int]]
    let questionCount: Int
    let descriptiveCount: Int
    /// Whether records end with the answers to the scored questions, and how many there are.
    let keepsScoredAnswers: Bool
    let scoredCount: Int
    /// Whether they end with the cells of those answers as read, too.
    package let keepsAnswerTexts: Bool

    init(_ questionnaire: Questionnaire, keepsScoredAnswers: Bool = false, keepsAnswerTexts: Bool = false) {
        self.keepsScoredAnswers = keepsScoredAnswers
        self.keepsAnswerTexts = keepsScoredAnswers && keepsAnswerTexts
        scoredCount = questionnaire.scoredQuestionIndices.count
        let scored = questionnaire.questions.filter(\.isScored)
        dimensionIDs = questionnaire.dimensions.map(\.id)
        factorIDs = questionnaire.dimensions.map { $0.factors.map(\.id) }
        bandIDs = questionnaire.bands.bands.map(\.id)
        dimensionBandIDs = questionnaire.dimensions.map { questionnaire.bands(for: $0).bands.map(\.id) }
        questionsPerDimension = questionnaire.dimensions.map { dimension in scored.filter { $0.dimensionID == dimension.id }.count }
        questionsPerFactor = questionnaire.dimensions.map { dimension in
            dimension.factors.map { factor in scored.filter { $0.dimensionID == dimension.id && $0.factorID == factor.id }.count }
        }
        questionCount = questionnaire.questions.count
        descriptiveCount = questionnaire.descriptiveQuestionIndices.count
    }
}

/// How the respondents of one responses file are encoded: the spill layout, the file's index,
/// and where its metadata columns go in the union of all files' columns.
struct SpillEncoding: Sendable {
    let layout: SpillLayout
    let fileIndex: Int
    /// For each of the file's metadata columns, its position among the cohort's.
    let metadataColumns: [Int]
    let metadataCount: Int
    /// Whether ids are `row-N` (the file has no id column): records then leave the id out.
    let idIsRowNumber: Bool
    /// Whether the file's metadata columns are the cohort's, in the same order.
    private let keepsColumns: Bool

    init(layout: SpillLayout, fileIndex: Int, metadataColumns: [Int], metadataCount: Int, idIsRowNumber: Bool) {
        self.layout = layout
        self.fileIndex = fileIndex
        self.metadataColumns = metadataColumns
        self.metadataCount = metadataCount
        self.idIsRowNumber = idIsRowNumber
        keepsColumns = metadataColumns.count == metadataCount && metadataColumns.elementsEqual(0..<metadataCount)
    }

    /// The file's metadata values placed among the cohort's columns.
    func cohortMetadata(_ values: [String]) -> [String] {
        if keepsColumns && values.count == metadataCount { return values }
        var placed = [String](repeating: "", count: metadataCount)
        for (position, value) in values.enumerated() where position < metadataColumns.count { placed[metadataColumns[position]] = value }
        return placed
    }
}

/// Where a spill record is in the buffer it was encoded into, and its fixed-width row field.
struct SpillRecordRange: Sendable {
    var bytes: Range<Int>
    var rowField: Int
}

extension ByteBuffer {
    /// Sets the row of a record encoded into this buffer (rows are known once a piece is placed).
    mutating func patchRow(of record: SpillRecordRange, to row: Int) {
        var value = UInt64(max(row, 0))
        for offset in 0..<8 {
            bytes[record.rowField + offset] = UInt8(truncatingIfNeeded: value)
            value >>= 8
        }
    }
}

/// A problem with the temporary spill file (disk full, damaged).
struct SpillError: Error, Sendable {
    package var message: String
}

/// Collects spill records or ID-table entries: their binary fields (LEB128 integers,
/// length-prefixed strings), each record written through one cursor (`fields(atMost:_:)`).
struct SpillWriter {
    private(set) var buffer: ByteBuffer

    init(capacity: Int = 0) { buffer = ByteBuffer(capacity: capacity) }

    var bytes: [UInt8] { buffer.bytes }
    var count: Int { buffer.count }

    /// Empties the bytes, keeping their capacity.
    mutating func removeAll() { buffer.removeAll() }

    /// Fields written through a cursor with room for `maximum` bytes (the `SpillField` lengths
    /// of the fields written).
    mutating func fields(atMost maximum: Int, _ body: (inout ByteCursor) -> Void) {
        buffer.append(atMost: maximum, body)
    }
}

/// The most bytes each kind of spill field takes.
enum SpillField {
    static let unsignedLength = 10
    /// Zigzag LEB128 of 128 bits.
    static let wideLength = 19
    static let fractionLength = 1 + 2 * wideLength
    static let doubleLength = 1 + unsignedLength
    static let incompleteLength = 1 + max(doubleLength, fractionLength)
    static let answerLength = 1 + unsignedLength
    static let fixedRowLength = 8
}

/// How the fields of spill records are encoded; `SpillReader` reads them back.
extension ByteCursor {
    mutating func spillUnsigned(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        append(UInt8(rest))
    }

    mutating func spillWide(_ value: Int128) {
        // Zigzag, then LEB128: in 64 bits when the value fits (every score and weight).
        if let small = Fraction.small(value) { return spillUnsigned(UInt64(bitPattern: (small << 1) ^ (small >> 63))) }
        var rest = UInt128(bitPattern: (value << 1) ^ (value >> 127))
        while rest >= 0x80 {
            append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        append(UInt8(rest))
    }

    /// Bytes after their count.
    mutating func spillByteRun(_ run: UnsafeBufferPointer<UInt8>) {
        spillUnsigned(UInt64(run.count))
        append(run)
    }

    mutating func spillString(_ text: String) {
        var text = text
        text.withUTF8 { spillByteRun($0) }
    }

    mutating func spillFraction(_ value: Fraction?) {
        guard let value else { return append(0) }
        append(1)
        spillWide(value.numerator)
        spillWide(value.denominator)
    }

    mutating func spillIndex(_ value: Int?) { spillUnsigned(value.map { UInt64($0) + 1 } ?? 0) }

    /// A row number in 8 bytes, little-endian, so that it can be set in place later.
    mutating func spillFixedRow(_ row: Int) {
        var value = UInt64(max(row, 0))
        for _ in 0..<8 {
            append(UInt8(truncatingIfNeeded: value))
            value >>= 8
        }
    }

    mutating func spillDouble(_ value: Double?) {
        guard let value else { return append(0) }
        append(1)
        spillUnsigned(value.bitPattern)
    }

    mutating func spillIncomplete(_ reason: IncompleteReason?) {
        switch reason {
        case nil: append(0)
        case .notSubmitted?: append(1)
        case .notFinished?: append(2)
        case .partialProgress(let percent)?: append(3); spillDouble(percent)
        case .lowCoverage(let coverage)?: append(4); spillFraction(coverage)
        }
    }

    mutating func spillAnswer(_ answer: Answer) {
        switch answer {
        case .blank: append(0)
        case .notShown: append(1)
        case .invalid: append(2)
        case .nonAnswer(.dontKnow): append(3)
        case .nonAnswer(.notApplicable): append(4)
        case .number(let value): append(5); spillUnsigned(value.bitPattern)
        case .choice(let option): append(6); spillUnsigned(UInt64(option))
        case .choices(let options): append(7); spillUnsigned(options.bits)
        case .yesNo(let yes): append(yes ? 9 : 8)
        }
    }
}

/// Reads the fields `SpillWriter` and the `ByteCursor` spill encoders wrote.
struct SpillReader {
    let bytes: [UInt8]
    private(set) var position: Int
    var end: Int

    init(bytes: [UInt8], position: Int, end: Int? = nil) {
        self.bytes = bytes
        self.position = position
        self.end = end ?? bytes.count
    }

    private static let damaged = SpillError(message: "a temporary file of this run is damaged; score again")

    mutating func byte() throws -> UInt8 {
        guard position < end else { throw Self.damaged }
        defer { position += 1 }
        return bytes[position]
    }

    /// A row number written by `SpillWriter.fixedRow`.
    mutating func fixedRow() throws -> Int {
        guard end - position >= 8 else { throw Self.damaged }
        var value: UInt64 = 0
        for offset in 0..<8 { value |= UInt64(bytes[position + offset]) << (8 * offset) }
        position += 8
        guard value <= UInt64(Int.max) else { throw Self.damaged }
        return Int(value)
    }

    /// A record's length prefix, or nil when the bytes end inside it.
    mutating func lengthPrefix() -> Int? { try? Int(unsigned()) }

    mutating func unsigned() throws -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let next = try byte()
            guard shift < 64 else { throw Self.damaged }
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
        }
    }

    mutating func wide() throws -> Int128 {
        // Up to nine bytes (63 bits: every score and weight) in 64-bit arithmetic.
        var small: UInt64 = 0, smallShift: UInt64 = 0
        while smallShift < 63 {
            let next = try byte()
            small |= UInt64(next & 0x7F) << smallShift
            if next < 0x80 { return Int128(Int64(bitPattern: small >> 1) ^ (0 - Int64(bitPattern: small & 1))) }
            smallShift += 7
        }
        var value = UInt128(small), shift = UInt128(smallShift)
        while true {
            let next = try byte()
            guard shift < 128 else { throw Self.damaged }
            value |= UInt128(next & 0x7F) << shift
            if next < 0x80 { break }
            shift += 7
        }
        return Int128(bitPattern: value >> 1) ^ (0 - Int128(bitPattern: value & 1))
    }

    mutating func string() throws -> String { String(decoding: try byteRun(), as: UTF8.self) }

    /// Bytes written by `SpillWriter.byteRun`.
    mutating func byteRun() throws -> ArraySlice<UInt8> {
        let length = Int(try unsigned())
        guard length <= end - position else { throw Self.damaged }
        defer { position += length }
        return bytes[position..<position + length]
    }

    mutating func fraction() throws -> Fraction? {
        guard try byte() == 1 else { return nil }
        let numerator = try wide(), denominator = try wide()
        guard denominator > 0 else { throw Self.damaged }
        return Fraction(numerator, denominator)
    }

    mutating func index() throws -> Int? {
        let value = try unsigned()
        return value == 0 ? nil : Int(value - 1)
    }

    mutating func double() throws -> Double? {
        guard try byte() == 1 else { return nil }
        return Double(bitPattern: try unsigned())
    }

    mutating func incomplete() throws -> IncompleteReason? {
        switch try byte() {
        case 0: return nil
        case 1: return .notSubmitted
        case 2: return .notFinished
        case 3: return .partialProgress(percent: try double() ?? 0)
        case 4: return .lowCoverage(try fraction() ?? .zero)
        default: throw Self.damaged
        }
    }

    mutating func answer() throws -> Answer {
        switch try byte() {
        case 0: return .blank
        case 1: return .notShown
        case 2: return .invalid
        case 3: return .nonAnswer(.dontKnow)
        case 4: return .nonAnswer(.notApplicable)
        case 5: return .number(Double(bitPattern: try unsigned()))
        case 6: return .choice(Int(try unsigned()))
        case 7: return .choices(OptionSelection(bits: try unsigned()))
        case 8: return .yesNo(false)
        case 9: return .yesNo(true)
        default: throw Self.damaged
        }
    }
}
