import Dispatch
import Foundation

/// A file of the output written as a byte stream: its rows are made through a `ByteCursor`
/// straight into one buffer (numbers from their values, text encoded once), which goes to the
/// output whenever it holds `partSize` bytes, so that a large file is never held whole nor made
/// a `String` per cell. Many rows (one per municipality) are made on every core at once
/// (`appendRows`), in pieces handed on in order.
struct StreamedFile {
    /// The file's path in the output.
    let path: String
    private let output: ReportOutput
    private let partSize: Int
    /// How many rows `appendRows` makes in one piece (on one core).
    private let rowsPerPiece: Int
    private var buffer = ByteBuffer()

    init(_ path: String, to output: ReportOutput, partSize: Int, rowsPerPiece: Int = 1024) {
        self.path = path
        self.output = output
        self.partSize = partSize
        self.rowsPerPiece = max(1, rowsPerPiece)
    }

    /// Appends `count` rows, the `index`-th made by `row` (which may only read shared state: rows
    /// are made on every core at once), in order. The rows are made in pieces of `rowsPerPiece`,
    /// a few pieces per core at a time, and handed to the output on a thread of their own while
    /// the next ones are made; `written` hears of each row (in order, on this thread) once its
    /// piece is handed on.
    mutating func appendRows(_ count: Int, _ row: (_ index: Int, _ into: inout ByteBuffer) -> Void, written: (Int) -> Void = { _ in }) throws {
        try appendPieces(count, { rows, piece in
            for index in rows { row(index, &piece) }
        }, written: written)
    }

    /// Appends `count` rows as `appendRows` does, a piece at a time: `piece` writes the rows of a
    /// range of indices, in order (and may first look up what they need for all of them at once).
    mutating func appendPieces(_ count: Int, _ piece: (_ rows: Range<Int>, _ into: inout ByteBuffer) -> Void,
                               written: (Int) -> Void = { _ in }) throws {
        let piecesAtOnce = 2 * max(1, ProcessInfo.processInfo.activeProcessorCount)
        let handoff = PieceHandoff(buffer: buffer, to: output, path: path, partSize: partSize)
        buffer = ByteBuffer()
        var start = 0
        while start < count {
            let end = min(count, start + piecesAtOnce * rowsPerPiece)
            let pieces = stride(from: start, to: end, by: rowsPerPiece).map { $0..<min(end, $0 + rowsPerPiece) }
            let made = Parallel.map(pieces) { rows in
                var made = ByteBuffer()
                piece(rows, &made)
                return made
            }
            try handoff.hand(made)
            for index in start..<end { written(index) }
            start = end
        }
        buffer = try handoff.finish()
    }

    /// Appends up to `maximum` bytes that `body` writes (a row, say), then hands the bytes made
    /// so far to the output once they fill a part.
    mutating func append(atMost maximum: Int, _ body: (inout ByteCursor) -> Void) throws {
        buffer.append(atMost: maximum, body)
        try drainIfFull()
    }

    /// Appends what `body` writes into the buffer, then hands the bytes made so far to the output once they fill a part.
    mutating func append(_ body: (inout ByteBuffer) -> Void) throws {
        body(&buffer)
        try drainIfFull()
    }

    private mutating func drainIfFull() throws {
        guard buffer.count >= partSize else { return }
        try output.append(buffer, to: path)
        buffer.removeAll()
    }

    /// Hands the rest to the output (an empty part when nothing is left, so the file exists).
    mutating func finish() throws {
        try output.append(buffer, to: path)
        buffer.removeAll()
    }
}

/// Hands the pieces of a `StreamedFile` made on every core to its output on a serial queue of
/// its own, so that the next pieces are made meanwhile; at most one batch waits. Its buffer (the
/// file's bytes not yet handed on) is only touched on the queue until `finish`.
private final class PieceHandoff: @unchecked Sendable {
    private let queue = DispatchQueue(label: "smartcity.streamed-file")
    private var buffer: ByteBuffer
    private let output: ReportOutput
    private let path: String
    private let partSize: Int
    /// The first error of the output; later batches are dropped.
    private var failure: (any Error)?

    init(buffer: ByteBuffer, to output: ReportOutput, path: String, partSize: Int) {
        self.buffer = buffer
        self.output = output
        self.path = path
        self.partSize = partSize
    }

    /// Queues a batch of pieces once the previous one is handed on; throws its error.
    func hand(_ pieces: [ByteBuffer]) throws {
        try queue.sync { if let failure { throw failure } }
        queue.async { [self] in
            guard failure == nil else { return }
            do {
                for piece in pieces {
                    if buffer.isEmpty { buffer = piece } else { buffer.append(piece) }
                    guard buffer.count >= partSize else { continue }
                    try output.append(buffer, to: path)
                    buffer.removeAll()
                }
            } catch {
                failure = error
            }
        }
    }

    /// Waits until every batch is handed on; the bytes left over, or the first error.
    func finish() throws -> ByteBuffer {
        try queue.sync {
            if let failure { throw failure }
            return buffer
        }
    }
}
