import Foundation

/// A questionnaire compiled for `ResponseGenerator`: per metadata field and per question what
/// its cells are made of, with the scale values, option scores and CSV-encoded codes kept in
/// shared pools. Columns are plain numbers (no arrays of their own), so writing a row copies no
/// references and makes no `String` per cell.
struct GenerationPlan: Sendable {
    /// One question.
    struct Column: Sendable {
        /// What an answer is made of.
        enum Kind: Sendable {
            /// A scale point: the one whose value is closest to the target, the other way round when reversed.
            case points, reversedPoints
            /// A scored choice: the option whose score is closest to the target (the first on ties).
            case scoredChoice
            /// A descriptive choice: the option at the target's position.
            case descriptiveChoice
            /// A scored multi: each option with points chosen with the target's probability, the
            /// option without points (`nothing`) when none is.
            case scoredMulti
            /// A descriptive multi: each option chosen with probability 0.3.
            case descriptiveMulti
            /// Yes with the target's probability, or no; the other way round when reversed.
            case yesNo, reversedYesNo
            /// A whole number between `low` and `high`.
            case wholeNumber
            /// A number inside the threshold step the target falls in, with one decimal.
            case thresholdNumber
        }

        let kind: Kind
        /// The questionnaire's index of the question's dimension (the respondent's profile entry).
        let dimension: Int
        let isScored: Bool
        /// The pool entries (scale points or options): `first..<first + count`.
        let first: Int
        let count: Int
        /// The pool entry of the option without points of a scored multi, or -1.
        let nothing: Int
        /// The range of a whole number.
        let low: Double
        let high: Double
        /// The question's index in the questionnaire (for threshold numbers).
        let question: Int

        /// The most random numbers an answer draws: the target, the roll for a non-answer, and
        /// one per option of a multi or one for a yes/no or a number in a threshold step.
        var drawBound: Int {
            switch kind {
            case .scoredMulti, .descriptiveMulti: 2 + count
            case .yesNo, .reversedYesNo, .thresholdNumber: 3
            case .points, .reversedPoints, .scoredChoice, .descriptiveChoice, .wholeNumber: 2
            }
        }
    }

    /// What a metadata column holds: a name and a number per respondent, a region, a category
    /// (`prefix` and 1-3) or a text (`prefix` and the respondent's number).
    enum MetadataKind: Sendable {
        case name, number, region
        case category(prefix: String)
        case text(prefix: String)

        init(_ field: MetadataField) {
            switch (field.id.lowercased(), field.kind) {
            case ("name", _): self = .name
            case (_, .number): self = .number
            case ("region", _): self = .region
            case (_, .category): self = .category(prefix: field.id + "-")
            case (_, .text): self = .text(prefix: field.id + " ")
            }
        }
    }

    /// Space reused from row to row.
    struct Scratch: Sendable {
        /// The maturity offset per dimension of the respondent being written.
        fileprivate var profile: [Double] = []
        /// One cell's unencoded bytes (a list of codes, a number, a metadata text).
        fileprivate var cell: [UInt8] = []
    }

    private let metadata: [MetadataKind]
    private var columns: [Column] = []
    private let dimensionCount: Int
    /// A scale point or an option: its value or score, and its text as a range of `texts`,
    /// CSV-encoded for an answer written alone (and packed in a word when it fits), unencoded
    /// (`raw`) for a code joined into a list first.
    package struct Entry: Sendable {
        let value: Double
        let encoded: Range<Int>
        let raw: Range<Int>
        /// The encoded text's bytes when it has at most 8 (`encoded.count`), else 0.
        let packed: UInt64
    }

    private var entries: [Entry] = []
    private var texts: [UInt8] = []
    /// The pool entries of the questionnaire's "don't know" and "not applicable" codes, or -1.
    private var dontKnow = -1, notApplicable = -1
    private let questions: [Question]
    /// The most bytes a row can take (a chunk of rows keeps that much room at its end).
    private(set) var maximumRowLength = 0
    /// The most random numbers a row draws: each row starts that many numbers after the previous
    /// one in the seed's sequence, so any row can be written without those before it.
    private(set) var drawsPerRow: UInt64 = 0

    private static let regions: [[UInt8]] = ["Flanders", "Wallonia", "Brussels"].map { Array($0.utf8) }
    /// The most bytes one number takes as text (`NumberFormat.fixed` of the largest double).
    private static let maximumNumberLength = 400

    init(_ questionnaire: Questionnaire, metadata fields: [MetadataField]) {
        questions = questionnaire.questions
        dimensionCount = questionnaire.dimensions.count
        metadata = fields.map(MetadataKind.init)
        for (index, question) in questionnaire.questions.enumerated() {
            let dimension = questionnaire.dimensions.firstIndex { $0.id == question.dimensionID } ?? 0
            var kind = Column.Kind.thresholdNumber, entries: [(Double, String)] = [], nothing = -1
            var low = 0.0, high = 0.0
            switch question.kind {
            case .likert(let scale, let reverse):
                kind = reverse ? .reversedPoints : .points
                entries = Self.sortedPoints(scale)
            case .level(let scale):
                kind = .points
                entries = Self.sortedPoints(scale)
            case .choice(let options):
                kind = question.isScored ? .scoredChoice : .descriptiveChoice
                entries = options.map { ($0.score, $0.code) }
            case .multi(let options, _):
                kind = question.isScored ? .scoredMulti : .descriptiveMulti
                entries = options.map { ($0.score, $0.code) }
                if question.isScored, let zero = options.firstIndex(where: { $0.score == 0 }) { nothing = self.entries.count + zero }
            case .yesNo(let reverse):
                kind = reverse ? .reversedYesNo : .yesNo
                entries = [(1, "yes"), (0, "no")]
            case .number(let scoring) where scoring.thresholds.isEmpty:
                kind = .wholeNumber
                low = scoring.minimum
                high = scoring.maximum.map { min($0, scoring.minimum + 10) } ?? scoring.minimum + 10
            case .number:
                kind = .thresholdNumber
            }
            columns.append(Column(
                kind: kind, dimension: dimension, isScored: question.isScored, first: self.entries.count, count: entries.count,
                nothing: nothing, low: low, high: high, question: index))
            for (value, text) in entries { add(value, text) }
        }
        if let code = questionnaire.nonAnswers.first(where: { $0.kind == .dontKnow })?.code { dontKnow = add(0, code) }
        if let code = questionnaire.nonAnswers.first(where: { $0.kind == .notApplicable })?.code { notApplicable = add(0, code) }
        maximumRowLength = rowLengthBound()
        drawsPerRow = UInt64(2 + dimensionCount + metadata.count + columns.map(\.drawBound).reduce(0, +))
    }

    private static func sortedPoints(_ scale: Scale) -> [(Double, String)] {
        scale.points.map(\.value).sorted().map { ($0, NumberFormat.plain($0)) }
    }

    /// Adds a pool entry; its index.
    @discardableResult
    private mutating func add(_ value: Double, _ text: String) -> Int {
        let raw = texts.count..<texts.count + text.utf8.count
        texts.append(contentsOf: text.utf8)
        let cell = Array(CSVWriter.text(text).utf8)
        let encoded = texts.count..<texts.count + cell.count
        texts.append(contentsOf: cell)
        entries.append(Entry(value: value, encoded: encoded, raw: raw, packed: ByteCursor.packed(cell) ?? 0))
        return entries.count - 1
    }

    /// An upper bound of a row's length: CSV encoding at most triples a text (U+FFFD for a
    /// control byte) and adds three bytes (a `'` and two quotes).
    private func rowLengthBound() -> Int {
        let encodedBound = CSVWriter.encodedLength(byteCount:)
        let entryLength = { (entry: Int) in entry < 0 ? 0 : self.entries[entry].encoded.count }
        var length = "gen-".utf8.count + 20 + 1
        for field in metadata {
            switch field {
            case .name: length += encodedBound("Municipality ".utf8.count + 20)
            case .number: length += 20
            case .region: length += Self.regions.map(\.count).max()!
            case .category(let prefix), .text(let prefix): length += encodedBound(prefix.utf8.count + 20)
            }
            length += 1
        }
        let nonAnswers = max(entryLength(dontKnow), entryLength(notApplicable))
        for column in columns {
            let entries = column.first..<column.first + column.count
            switch column.kind {
            case .points, .reversedPoints, .scoredChoice, .descriptiveChoice, .yesNo, .reversedYesNo:
                length += entries.map(entryLength).max() ?? 0
            case .scoredMulti, .descriptiveMulti:
                length += encodedBound(entries.map { self.entries[$0].raw.count + 1 }.reduce(0, +))
            case .wholeNumber, .thresholdNumber:
                length += encodedBound(Self.maximumNumberLength)
            }
            length += max(0, nonAnswers) + 1
        }
        return length + 1 + ByteCursor.packedSlack
    }

    /// Appends the CSV line of respondent `number` (from 1). Its random numbers start
    /// `drawsPerRow` times `number - 1` numbers into the seed's sequence and are drawn in a fixed
    /// order (maturity, profile, population, metadata, then one or more per question), so a row
    /// is the same whichever core writes it and whatever was written before.
    /// `cursor` must have `maximumRowLength` bytes of room.
    func appendRow(number: Int, seed: UInt64, scratch: inout Scratch, to cursor: inout ByteCursor) {
        var random = SplitMix64(seed: seed, skipping: UInt64(number - 1) &* drawsPerRow)
        let maturity = 0.05 + 0.9 * random.unit()
        scratch.profile.removeAll(keepingCapacity: true)
        for _ in 0..<dimensionCount { scratch.profile.append((random.unit() - 0.5) * 0.4) }
        let population = UInt64(2_000 * pow(10, random.unit() * 2.4))
        cursor.append(Self.idPrefix)
        cursor.appendDigits(UInt64(number), minimumDigits: 6)
        for field in metadata {
            cursor.append(UInt8(ascii: ","))
            switch field {
            case .name: appendWords("Municipality ", number: UInt64(number), scratch: &scratch, to: &cursor)
            case .number: cursor.appendDigits(population)
            case .region: cursor.append(Self.regions[Int(random.next() % UInt64(Self.regions.count))])
            case .category(let prefix): appendWords(prefix, number: 1 + random.next() % 3, scratch: &scratch, to: &cursor)
            case .text(let prefix): appendWords(prefix, number: UInt64(number), scratch: &scratch, to: &cursor)
            }
        }
        for column in columns {
            cursor.append(UInt8(ascii: ","))
            // Descriptive answers follow no maturity: any answer is as likely as another.
            let target = column.isScored
                ? min(1, max(0, maturity + scratch.profile[column.dimension] + (random.unit() - 0.5) * 0.3))
                : random.unit()
            appendAnswer(column, target: target, random: &random, scratch: &scratch, to: &cursor)
        }
        cursor.append(UInt8(ascii: "\n"))
    }

    private static let idPrefix = Array("gen-".utf8)

    /// A prefix and a number as one CSV cell. Out of line: a few per row, and inlined they made
    /// `appendRow` too large for `appendAnswer` (every cell) to be inlined into it.
    @inline(never)
    private func appendWords(_ prefix: String, number: UInt64, scratch: inout Scratch, to cursor: inout ByteCursor) {
        scratch.cell.removeAll(keepingCapacity: true)
        scratch.cell.append(contentsOf: prefix.utf8)
        scratch.cell.append(contentsOf: String(number).utf8)
        appendCell(&scratch, to: &cursor)
    }

    /// Appends an answer to `column` near `target` (0-1): 3 % blank, 3 % "don't know" and 1 %
    /// "not applicable" where the questionnaire has those codes.
    @inline(__always)
    private func appendAnswer(_ column: Column, target: Double, random: inout SplitMix64, scratch: inout Scratch, to cursor: inout ByteCursor) {
        let roll = random.unit()
        if roll < 0.03 { return }
        if roll < 0.06, dontKnow >= 0 { return appendEntry(dontKnow, to: &cursor) }
        if roll < 0.07, notApplicable >= 0 { return appendEntry(notApplicable, to: &cursor) }
        let entries = column.first..<column.first + column.count
        switch column.kind {
        case .points, .reversedPoints:
            let fraction = column.kind == .reversedPoints ? 1 - target : target
            let lowest = self.entries[entries.lowerBound].value, highest = self.entries[entries.upperBound - 1].value
            appendEntry(closest(to: lowest + fraction * (highest - lowest), in: entries), to: &cursor)
        case .scoredChoice:
            appendEntry(closest(to: target * 100, in: entries), to: &cursor)
        case .descriptiveChoice:
            appendEntry(column.first + min(column.count - 1, Int(target * Double(column.count))), to: &cursor)
        case .yesNo, .reversedYesNo:
            appendEntry(column.first + ((random.unit() < target) != (column.kind == .reversedYesNo) ? 0 : 1), to: &cursor)
        case .scoredMulti, .descriptiveMulti, .wholeNumber, .thresholdNumber:
            appendComposedAnswer(column, target: target, random: &random, scratch: &scratch, to: &cursor)
        }
    }

    /// An answer made up as a cell of its own (a list of codes, a number): out of line, so that
    /// `appendAnswer`, which runs for every cell, stays small enough to be inlined.
    @inline(never)
    private func appendComposedAnswer(_ column: Column, target: Double, random: inout SplitMix64, scratch: inout Scratch, to cursor: inout ByteCursor) {
        let entries = column.first..<column.first + column.count
        switch column.kind {
        case .points, .reversedPoints, .scoredChoice, .descriptiveChoice, .yesNo, .reversedYesNo:
            preconditionFailure("\(column.kind) answers are single pool entries (appendAnswer)")
        case .scoredMulti:
            scratch.cell.removeAll(keepingCapacity: true)
            for entry in entries where self.entries[entry].value > 0 && random.unit() < target { appendCode(entry, to: &scratch.cell) }
            if scratch.cell.isEmpty, column.nothing >= 0 { appendCode(column.nothing, to: &scratch.cell) }
            appendCell(&scratch, to: &cursor)
        case .descriptiveMulti:
            scratch.cell.removeAll(keepingCapacity: true)
            for entry in entries where random.unit() < 0.3 { appendCode(entry, to: &scratch.cell) }
            appendCell(&scratch, to: &cursor)
        case .wholeNumber:
            appendCell(NumberFormat.plain((column.low + (column.high - column.low) * target).rounded()), scratch: &scratch, to: &cursor)
        case .thresholdNumber:
            guard case .number(let scoring) = questions[column.question].kind else { return }
            let thresholds = scoring.thresholds
            let step = min(thresholds.count - 1, Int(target * Double(thresholds.count)))
            let low = thresholds[step].atLeast
            let high = step + 1 < thresholds.count ? thresholds[step + 1].atLeast : (scoring.maximum ?? max(low * 1.5, low + 1))
            let value = low + (high - low) * random.unit() * 0.999
            appendCell(NumberFormat.fixed(min(value, scoring.maximum ?? value), digits: 1), scratch: &scratch, to: &cursor)
        }
    }

    /// The pool entry whose value is closest to `wanted`, the first of equally close ones.
    @inline(__always)
    private func closest(to wanted: Double, in range: Range<Int>) -> Int {
        var best = range.lowerBound, bestDistance = abs(entries[best].value - wanted)
        for entry in range.lowerBound + 1..<range.upperBound {
            // Selects rather than branches: which point is closest is random, a branch would mispredict.
            let distance = abs(entries[entry].value - wanted), closer = distance < bestDistance
            best = closer ? entry : best
            bestDistance = closer ? distance : bestDistance
        }
        return best
    }

    /// A pool entry written alone, already encoded.
    @inline(__always)
    private func appendEntry(_ index: Int, to cursor: inout ByteCursor) {
        let entry = entries[index]
        if entry.encoded.count <= 8 { return cursor.append(packed: entry.packed, count: entry.encoded.count) }
        texts.withUnsafeBufferPointer { cursor.append(UnsafeBufferPointer(rebasing: $0[entry.encoded])) }
    }

    /// A pool entry's code added to a `;`-separated list.
    private func appendCode(_ entry: Int, to cell: inout [UInt8]) {
        if !cell.isEmpty { cell.append(UInt8(ascii: ";")) }
        cell.append(contentsOf: texts[entries[entry].raw])
    }

    /// The scratch cell's bytes, encoded as `CSVWriter.text` does.
    private func appendCell(_ scratch: inout Scratch, to cursor: inout ByteCursor) {
        scratch.cell.withUnsafeBufferPointer { CSVWriter.appendText(utf8: $0, to: &cursor) }
    }

    /// A text (a number) as one cell, through the scratch cell.
    private func appendCell(_ text: String, scratch: inout Scratch, to cursor: inout ByteCursor) {
        scratch.cell.removeAll(keepingCapacity: true)
        scratch.cell.append(contentsOf: text.utf8)
        appendCell(&scratch, to: &cursor)
    }
}
