import Foundation

/// Respondent ids beyond what a bounded `RespondentIDTable` keeps in memory, checked for
/// duplicates at the end by an external sort: ids are collected in runs of at most `runBytes`,
/// each run is sorted by (hash, id, row) and written to an unlinked temporary file (removed by
/// the system however the process ends), and the runs are merged once reading is done. Memory
/// stays at one run plus a read buffer per run file, whatever the number of rows.
final class IDRuns {
    /// One duplicate found by the merge: the later row, and where the id was first seen; or a
    /// twin (see `RespondentIDTable.Sighting.twin`): the later of two ids that differ only in
    /// letter case or Unicode normalisation, and where the earlier one (`twinOf`) was first seen.
    struct Duplicate: Equatable {
        var id: String
        var file: Int
        var row: Int
        var firstFile: Int
        var firstRow: Int
        var twinOf: String? = nil
    }

    /// Where the runs' temporary files go.
    let folder: String
    private let runBytes: Int
    /// The current run: records end to end, and where each starts.
    private var records: [UInt8] = []
    private var starts: [Int] = []
    private var runFiles: [Int32] = []

    init(folder: String = NSTemporaryDirectory(), runBytes: Int = 4 << 20) {
        self.folder = folder
        self.runBytes = runBytes
    }

    deinit { for descriptor in runFiles { close(descriptor) } }

    /// Adds an id seen on `row` of file `file`; `hash` is the table's hash of its bytes.
    func add(_ id: UnsafeBufferPointer<UInt8>, hash: UInt64, file: Int, row: Int) throws(SpillError) {
        starts.append(records.count)
        Self.appendWord(hash, to: &records)
        Self.appendWord(UInt64(truncatingIfNeeded: file), to: &records)
        Self.appendWord(UInt64(truncatingIfNeeded: row), to: &records)
        Self.appendWord(UInt64(id.count), to: &records)
        records.append(contentsOf: id)
        if records.count >= runBytes { try writeRun() }
    }

    /// Every id seen more than once among those added, and every twin among them, in the order
    /// of the later rows.
    func duplicates() throws(SpillError) -> [Duplicate] {
        if !starts.isEmpty { try writeRun() }
        var readers: [RunReader] = []
        for descriptor in runFiles { readers.append(try RunReader(descriptor: descriptor)) }
        var found: [Duplicate] = []
        var group: Record?
        // The first sighting of each id with the current hash: twins hash alike.
        var sameHash: [Record] = []
        while true {
            // The smallest current record of all runs (few runs: a linear scan is enough).
            var smallest: Int?
            for index in readers.indices {
                guard let record = readers[index].current else { continue }
                if let best = smallest, let other = readers[best].current, !(Record.precedes(record, other)) { continue }
                smallest = index
            }
            guard let index = smallest, let record = readers[index].current else { break }
            if let first = group, first.hash == record.hash, first.id == record.id {
                found.append(Duplicate(id: String(decoding: record.id, as: UTF8.self), file: record.file, row: record.row,
                                       firstFile: first.file, firstRow: first.row))
            } else {
                if group?.hash != record.hash { sameHash.removeAll() }
                if let twin = sameHash.filter({ RespondentIDTable.areTwins($0.id, record.id) }).min(by: { ($0.file, $0.row) < ($1.file, $1.row) }) {
                    found.append(Self.twins(twin, record))
                }
                sameHash.append(record)
                group = record
            }
            try readers[index].advance()
        }
        return found.sorted { ($0.file, $0.row) < ($1.file, $1.row) }
    }

    /// The later of two twin ids' first sightings, as a twin of the earlier.
    private static func twins(_ a: Record, _ b: Record) -> Duplicate {
        let (earlier, later) = (a.file, a.row) < (b.file, b.row) ? (a, b) : (b, a)
        return Duplicate(id: String(decoding: later.id, as: UTF8.self), file: later.file, row: later.row,
                         firstFile: earlier.file, firstRow: earlier.row, twinOf: String(decoding: earlier.id, as: UTF8.self))
    }

    /// Sorts the current run and writes it to a new unlinked file.
    private func writeRun() throws(SpillError) {
        let order = records.withUnsafeBufferPointer { bytes in
            starts.sorted { Record.precedes(Record(bytes, at: $0), Record(bytes, at: $1)) }
        }
        var sorted: [UInt8] = []
        sorted.reserveCapacity(records.count)
        for start in order {
            let length = Int(Self.word(records, at: start + 24))
            sorted.append(contentsOf: records[start..<start + 32 + length])
        }
        let descriptor: Int32
        do throws(POSIXFile.Failure) {
            descriptor = try POSIXFile.anonymous(in: folder, prefix: ".smartcity-ids")
            runFiles.append(descriptor)
            try POSIXFile.writeAll(descriptor, sorted, path: folder)
        } catch {
            throw .unwritable(folder: folder, error)
        }
        lseek(descriptor, 0, SEEK_SET)
        records.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
    }

    private static func appendWord(_ value: UInt64, to bytes: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    fileprivate static func word<Bytes: RandomAccessCollection>(_ bytes: Bytes, at offset: Bytes.Index) -> UInt64 where Bytes.Element == UInt8 {
        var value: UInt64 = 0
        var index = offset
        for shift in stride(from: 0, to: 64, by: 8) {
            value |= UInt64(bytes[index]) << UInt64(shift)
            index = bytes.index(after: index)
        }
        return value
    }

    /// A record of a run: 8-byte hash, file, row and id length, then the id's bytes.
    fileprivate struct Record {
        var hash: UInt64
        var file: Int
        var row: Int
        var id: [UInt8]

        init(hash: UInt64, file: Int, row: Int, id: [UInt8]) {
            self.hash = hash
            self.file = file
            self.row = row
            self.id = id
        }

        init(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) {
            let length = Int(IDRuns.word(bytes, at: start + 24))
            self.init(hash: IDRuns.word(bytes, at: start), file: Int(IDRuns.word(bytes, at: start + 8)),
                      row: Int(IDRuns.word(bytes, at: start + 16)), id: Array(bytes[start + 32..<start + 32 + length]))
        }

        /// The merge order: by hash, then id, then where it was seen (the first sighting first).
        static func precedes(_ a: Record, _ b: Record) -> Bool {
            if a.hash != b.hash { return a.hash < b.hash }
            if a.id != b.id { return a.id.lexicographicallyPrecedes(b.id) }
            return (a.file, a.row) < (b.file, b.row)
        }
    }

    /// Reads the records of one run file in order, through a buffer.
    private struct RunReader {
        let descriptor: Int32
        private var buffer: [UInt8] = []
        private var position = 0
        private var atEnd = false
        private(set) var current: Record?

        init(descriptor: Int32) throws(SpillError) {
            self.descriptor = descriptor
            try advance()
        }

        /// Moves to the next record; `current` is nil after the last.
        mutating func advance() throws(SpillError) {
            guard try fill(32) else { current = nil; return }
            let length = Int(IDRuns.word(buffer, at: position + 24))
            guard try fill(32 + length) else { throw .damaged }
            current = buffer.withUnsafeBufferPointer { Record($0, at: position) }
            position += 32 + length
        }

        /// Whether `count` bytes are buffered from `position`, reading more as needed.
        private mutating func fill(_ count: Int) throws(SpillError) -> Bool {
            while buffer.count - position < count {
                if atEnd { return false }
                buffer.removeFirst(position)
                position = 0
                let chunk = try RespondentSpill.readChunk(descriptor, upTo: max(256 << 10, count))
                if chunk.isEmpty { atEnd = true } else { buffer += chunk }
            }
            return true
        }
    }
}
