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
    /// The folder of the spill's file.
    let folder: String
    private var buffer = ByteBuffer()
    /// The descriptor of the spill's file, which has no name (see `POSIXFile.anonymous`).
    private var file: Int32?
    private(set) var count = 0

    init(layout: SpillLayout, folder: String, memoryLimit: Int = RespondentSpill.defaultMemoryLimit) {
        self.memoryLimit = memoryLimit
        self.layout = layout
        self.folder = folder
    }

    deinit { release() }

    /// Appends encoded records (each from `encode`): to the buffer until it passes the memory
    /// limit, then - the buffer written and released - straight to the file.
    func append(_ records: ByteBuffer, count added: Int) throws(SpillError) {
        count += added
        if file != nil { return try write(records.bytes) }
        buffer.append(records)
        if buffer.count > memoryLimit { try flush() }
    }

    /// Moves the buffer to the file (made the first time) and releases its memory.
    private func flush() throws(SpillError) {
        if file == nil {
            do throws(POSIXFile.Failure) { file = try POSIXFile.anonymous(in: folder, prefix: ".smartcity-spill") } catch {
                throw .unwritable(folder: folder, error)
            }
        }
        try write(buffer.bytes)
        buffer = ByteBuffer()
    }

    private func write(_ bytes: [UInt8]) throws(SpillError) {
        guard let file, !bytes.isEmpty else { return }
        do throws(POSIXFile.Failure) { try POSIXFile.writeAll(file, bytes, path: folder) } catch {
            throw .unwritable(folder: folder, error)
        }
    }

    /// The most records handed to `forEachChunk`'s body at once (what is decoded at once).
    static let chunkRecords = 8192

    /// Calls `body` with chunks of at most `chunkRecords` whole records, in the order they were
    /// appended: the bytes and each record's range in them (after its length prefix).
    /// A failure to read the spill is thrown as `failure` makes it, `body`'s errors as they are.
    func forEachChunk<Failure: Error>(failure: (SpillError) -> Failure, _ body: ([UInt8], [Range<Int>]) throws(Failure) -> Void) throws(Failure) {
        func deliver(_ bytes: [UInt8], _ ranges: [Range<Int>]) throws(Failure) {
            for start in stride(from: 0, to: ranges.count, by: Self.chunkRecords) {
                try body(bytes, Array(ranges[start..<min(start + Self.chunkRecords, ranges.count)]))
            }
        }
        func spilled<Value>(_ step: () throws(SpillError) -> Value) throws(Failure) -> Value {
            do { return try step() } catch { throw failure(error) }
        }
        guard let file else {
            try deliver(buffer.bytes, try spilled { () throws(SpillError) in try Self.records(in: buffer.bytes, complete: true).ranges })
            return
        }
        try spilled { () throws(SpillError) in try flush() }
        lseek(file, 0, SEEK_SET)
        var pending: [UInt8] = []
        while true {
            let chunk = try spilled { () throws(SpillError) in try Self.readChunk(file, upTo: 4 << 20) }
            if chunk.isEmpty { break }
            pending += chunk
            let records = try spilled { () throws(SpillError) in try Self.records(in: pending, complete: false) }
            try deliver(pending, records.ranges)
            pending.removeFirst(records.consumed)
        }
        try deliver(pending, try spilled { () throws(SpillError) in try Self.records(in: pending, complete: true).ranges })
    }

    /// The ranges of the whole records in `bytes`, and the bytes they take.
    private static func records(in bytes: [UInt8], complete: Bool) throws(SpillError) -> (ranges: [Range<Int>], consumed: Int) {
        var ranges: [Range<Int>] = []
        var position = 0
        while position < bytes.count {
            var header = SpillReader(bytes: bytes, position: position)
            guard let length = header.lengthPrefix(), header.position + length <= bytes.count else {
                if complete { throw .damaged }
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
            return try POSIXFile.readSome(descriptor, upTo: count, action: .readTemporary)
        } catch {
            throw .unreadable(error)
        }
    }

    /// Closes the temporary file (which the system then removes).
    func release() {
        if let file { close(file) }
        file = nil
    }

}
