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
        // The block as read, for pieces whose text is kept: rewriting the quotes below then
        // copies the block once instead of changing these bytes.
        let original = reading.processor.keepsPieceText ? bytes : nil
        // Each piece reads and rewrites (quotes) only its own range of the block and fills only
        // its own slot; `reading` reads immutable state (the plan and the processor).
        nonisolated(unsafe) let reading = reading
        bytes.withUnsafeMutableBufferPointer { all in
            nonisolated(unsafe) let base = all
            results.withUnsafeMutableBufferPointer { slots in
                nonisolated(unsafe) let slots = slots
                DispatchQueue.concurrentPerform(iterations: bounds.count) { index in
                    let (start, end) = bounds[index]
                    let text = original.map { PieceText(bytes: $0[start..<end], delimiter: delimiter) }
                    slots[index] = parsePiece(base, from: start, to: end, delimiter: delimiter, questionCount: questionCount, text: text, reading: reading)
                }
            }
        }
        return results.compactMap { $0 }
    }

    /// The records of one piece of a block, read; rows and lines counted from the piece's start.
    /// The piece keeps `text` (its bytes as read), when given.
    static func parsePiece<Processor: RecordProcessor>(_ base: UnsafeMutableBufferPointer<UInt8>, from start: Int, to end: Int,
                                                       delimiter: UInt8, questionCount: Int, text: PieceText? = nil,
                                                       reading: RecordReading<Processor>) -> PieceResult {
        var parser = CSVBlockParser(delimiter: delimiter, position: start)
        var fields = RecordFields()
        var piece = Piece()
        piece.text = text
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
