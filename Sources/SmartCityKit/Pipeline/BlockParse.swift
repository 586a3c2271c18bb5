import Dispatch
import Foundation

/// A block of a CSV file parsed on other threads: cut into pieces at record boundaries, each
/// piece parsed and its records read on a core of its own; its pieces' results, in order, once
/// `results()` has waited for them.
final class BlockParse: @unchecked Sendable {
    /// How many pieces a block is cut into: several per core, so that uneven pieces even out.
    static var piecesPerBlock: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) * 4 }

    private let group = DispatchGroup()
    private var parsed: [PieceResult] = []

    /// Starts parsing `block`, each record read by `reading`.
    init<Processor: RecordProcessor>(_ block: consuming CSVBlock, delimiter: UInt8, questionCount: Int, reading: RecordReading<Processor>) {
        nonisolated(unsafe) let reading = reading
        // Moved into the parse, not shared: its quotes are rewritten in place, which would copy
        // the whole block if anything else still held its bytes.
        nonisolated(unsafe) var bytes: [UInt8]? = (consume block).bytes
        DispatchQueue.global().async(group: group) {
            guard var taken = bytes.take() else { return }
            self.parsed = Self.parse(&taken, delimiter: delimiter, questionCount: questionCount, reading: reading)
        }
    }

    /// Waits for the parse to finish and hands over its results.
    func results() -> [PieceResult] {
        group.wait()
        let taken = parsed
        parsed = []
        return taken
    }

    /// Cuts a block's bytes into pieces at record boundaries and parses them on every core
    /// (quotes are rewritten in place).
    static func parse<Processor: RecordProcessor>(_ bytes: inout [UInt8], delimiter: UInt8, questionCount: Int,
                                                  reading: RecordReading<Processor>) -> [PieceResult] {
        let count = bytes.count
        let pieces = count < 1 << 16 ? 1 : piecesPerBlock
        let targets = (1..<pieces).map { count * $0 / pieces }
        let cuts = bytes.withUnsafeBufferPointer { RecordBoundaries.find(in: $0, delimiter: delimiter, targets: targets, isFinal: true).cuts }
        let bounds = zip([0] + cuts, cuts + [count]).filter { $0.0 < $0.1 }
        var results = [PieceResult?](repeating: nil, count: bounds.count)
        let keepsText = reading.processor.keepsPieceText
        // Each piece reads and rewrites (quotes) only its own range of the block and fills only
        // its own slot; `reading` reads immutable state (the plan and the processor).
        nonisolated(unsafe) let reading = reading
        bytes.withUnsafeMutableBufferPointer { all in
            nonisolated(unsafe) let base = all
            results.withUnsafeMutableBufferPointer { slots in
                nonisolated(unsafe) let slots = slots
                DispatchQueue.concurrentPerform(iterations: bounds.count) { index in
                    let (start, end) = bounds[index]
                    // Reading rewrites quoted fields in place: the text of a piece with a quote is a copy made first.
                    let copied = keepsText && memchr(base.baseAddress! + start, Int32(UInt8(ascii: "\"")), end - start) != nil
                        ? PieceText(bytes: ArraySlice(UnsafeBufferPointer(rebasing: base[start..<end])), delimiter: delimiter) : nil
                    var result = parsePiece(base, from: start, to: end, delimiter: delimiter, questionCount: questionCount, keepsText: keepsText,
                                            reading: reading)
                    result.piece.text = copied
                    slots[index] = result
                }
            }
        }
        // Every other piece's bytes are as read: its text is its part of the block.
        for index in results.indices where keepsText && results[index]?.piece.text == nil {
            results[index]?.piece.text = PieceText(bytes: bytes[bounds[index].0..<bounds[index].1], delimiter: delimiter)
        }
        return results.compactMap { $0 }
    }

    /// The records of one piece of a block, read; rows and lines counted from the piece's start.
    /// With `keepsText`, the piece is marked as one whose text will be kept (`Piece.keepsText`).
    static func parsePiece<Processor: RecordProcessor>(_ base: UnsafeMutableBufferPointer<UInt8>, from start: Int, to end: Int,
                                                       delimiter: UInt8, questionCount: Int, keepsText: Bool = false,
                                                       reading: RecordReading<Processor>) -> PieceResult {
        var parser = CSVBlockParser(delimiter: delimiter, position: start)
        var fields = RecordFields()
        var piece = Piece()
        piece.keepsText = keepsText
        var answers = [Answer](repeating: .blank, count: questionCount)
        var scratch = SpillWriter()
        var records = 0
        var failure: CSVSyntaxError?
        do throws(CSVSyntaxError) {
            while try parser.next(base, end: end, into: &fields) {
                records += 1
                let cells = BlockCells(block: UnsafeBufferPointer(base), fields: fields)
                if cells.isEmptyRow { continue }
                reading.read(cells, row: records, line: fields.line + 1, answers: &answers, scratch: &scratch, into: &piece)
            }
        } catch {
            failure = error
        }
        return PieceResult(piece: piece, records: records, lines: parser.line, warnings: parser.warnings, error: failure)
    }
}
