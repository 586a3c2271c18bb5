extension ZipArchive {
    /// What reading one archive may cost. A workbook is a few XML parts that compress 5 to 100
    /// times; a crafted archive can claim gigabytes from kilobytes, or point many entries at one
    /// compressed stream. The limits make any such archive an error before it costs the memory.
    struct Limits: Equatable, Sendable {
        /// All entries inflated together, in bytes (1 GiB): far above the 1,048,576 rows of an
        /// Excel sheet of responses, far below what would exhaust a laptop.
        var totalBytes = 1 << 30
        /// The most bytes an entry may inflate to per compressed byte (1000). DEFLATE cannot do
        /// better than about 1032:1 (a 258-byte match in under 2 bits), so only a stream built to
        /// inflate as far as possible reaches this; spreadsheet XML compresses 5 to 100 times.
        var ratio = 1000
        /// Entries that inflate to at most this many bytes (1 MiB) are not held to the ratio:
        /// a small part of repeated markup may compress very well and costs nothing.
        var ratioFloor = 1 << 20
    }

    /// An archive's directory, checked whole before any entry is read: every entry's local
    /// header agrees with the directory (name, method, sizes, CRC, also through a data
    /// descriptor), no two entries share bytes or overlap the directory, no name occurs twice.
    /// Entries are inflated on demand (`contents(of:)`), each counted against `limits`.
    struct Reader {
        /// One file of the archive, as its central directory and local header describe it.
        struct Entry: Equatable {
            var name: String
            /// 0 (stored) or 8 (deflated).
            var method: Int
            var crc: UInt32
            var compressedSize: Int
            var size: Int
            /// Where the compressed data starts in the archive.
            var dataStart: Int
        }

        private let bytes: ByteView
        let limits: Limits
        /// The entries in the directory's order.
        let entries: [Entry]
        /// Entry indices by lowercased name (ZIP and OPC part names compare without case).
        private let index: [String: Int]
        /// Bytes inflated so far, counted against `limits.totalBytes`.
        private(set) var inflatedBytes = 0

        init(_ archive: [UInt8], limits: Limits = Limits()) throws(Failure) {
            bytes = ByteView(archive)
            self.limits = limits
            let directory = try bytes.directory()
            var entries: [Entry] = [], extents: [(range: Range<Int>, name: String)] = []
            var index: [String: Int] = [:]
            var records: [ByteView.DirectoryRecord] = [], position = directory.start
            for _ in 0..<directory.count {
                records.append(try bytes.directoryRecord(at: position, end: directory.end))
                position = records[records.count - 1].next
            }
            guard position == directory.end else {
                throw Failure(.directoryEndsElsewhere(declared: directory.count))
            }
            try Self.refuseAliases(records)
            for record in records {
                let entry = try bytes.entry(record, limits: limits, directoryStart: directory.start)
                guard index.updateValue(entries.count, forKey: entry.entry.name.lowercased()) == nil else {
                    throw Failure(.duplicateName(entry.entry.name))
                }
                entries.append(entry.entry)
                extents.append((entry.extent, entry.entry.name))
            }
            try Self.refuseOverlaps(extents)
            self.entries = entries
            self.index = index
        }

        /// The inflated bytes of the entry named `name` (compared without case), nil when the
        /// archive has none; an error when it is damaged or would exceed the limits.
        mutating func contents(of name: String) throws(Failure) -> [UInt8]? {
            guard let found = index[name.lowercased()] else { return nil }
            return try contents(of: entries[found])
        }

        /// The inflated bytes of one of `entries`, counted against the total budget.
        private mutating func contents(of entry: Entry) throws(Failure) -> [UInt8] {
            guard entry.size <= limits.totalBytes - inflatedBytes else {
                throw Failure(.entryPastTotal(entry.name, size: entry.size, limit: limits.totalBytes))
            }
            inflatedBytes += entry.size
            let data = bytes.archive[entry.dataStart..<(entry.dataStart + entry.compressedSize)]
            let inflated: [UInt8]
            if entry.method == 0 || entry.size == 0 && entry.compressedSize == 0 {
                inflated = Array(data)
            } else {
                do { inflated = try Inflate.decompress(Array(data), limit: entry.size) } catch {
                    throw Failure(.inflate(entry.name, error.problem))
                }
            }
            guard inflated.count == entry.size, CRC32.checksum(inflated) == entry.crc else {
                throw Failure(.checksum(entry.name))
            }
            return inflated
        }

        /// Refuses directory entries that point at one local header: one compressed stream read
        /// as many entries (the "zip bomb" that multiplies what one stream inflates to).
        private static func refuseAliases(_ records: [ByteView.DirectoryRecord]) throws(Failure) {
            var seen: [Int: String] = [:]
            for record in records {
                let name = String(decoding: record.name, as: UTF8.self)
                if let first = seen.updateValue(name, forKey: record.local) {
                    throw Failure(.aliased(first, name))
                }
            }
        }

        /// Refuses entries whose bytes (local header, data, data descriptor) overlap: two entries
        /// pointing at one stream (a "zip bomb" that inflates one stream many times) or a damaged file.
        private static func refuseOverlaps(_ extents: [(range: Range<Int>, name: String)]) throws(Failure) {
            let sorted = extents.sorted { $0.range.lowerBound < $1.range.lowerBound }
            for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.range.upperBound > later.range.lowerBound {
                throw Failure(.overlapping(earlier.name, later.name))
            }
        }
    }

    /// Bounds-checked little-endian reads of an archive's bytes. Every offset and size read is
    /// below 2^32 and every sum adds a few of them to a position inside the array, so `Int`
    /// cannot overflow; each read checks its range against the array before touching it.
    fileprivate struct ByteView {
        let archive: [UInt8]

        init(_ archive: [UInt8]) { self.archive = archive }

        /// `start + length`, when that range lies inside the archive (or inside `limit`).
        func end(_ start: Int, _ length: Int, within limit: Int? = nil) throws(Failure) -> Int {
            let bound = min(limit ?? archive.count, archive.count)
            guard start >= 0, length >= 0, start <= bound, length <= bound - start else {
                throw Failure(.cutShort)
            }
            return start + length
        }

        func u16(_ at: Int) throws(Failure) -> Int {
            _ = try end(at, 2)
            return Int(archive[at]) | Int(archive[at + 1]) << 8
        }

        func u32(_ at: Int) throws(Failure) -> Int {
            try u16(at) | (try u16(at + 2)) << 16
        }

        /// Whether the four bytes at `at` are the signature `value` (false when out of range).
        func hasSignature(_ value: Int, at: Int) -> Bool {
            guard at >= 0, at <= archive.count - 4 else { return false }
            return (0..<4).allSatisfy { Int(archive[at + $0]) == (value >> (8 * $0)) & 0xFF }
        }

        /// Where the central directory lies and how many entries it declares, from the end of
        /// central directory record (in the last 22 + 65,535 bytes: its comment is at most that long).
        func directory() throws(Failure) -> (start: Int, end: Int, count: Int) {
            guard archive.count >= 22 else {
                throw Failure(.tooShort(archive.count))
            }
            var record: Int?
            var position = archive.count - 22
            while position >= max(0, archive.count - 22 - 65_535), record == nil {
                if archive[position] == 0x50, hasSignature(0x0605_4B50, at: position), let comment = try? u16(position + 20), comment <= archive.count - 22 - position { record = position }
                position -= 1
            }
            guard let record else { throw Failure(.noCentralDirectory) }
            let count = try u16(record + 10), size = try u32(record + 12), start = try u32(record + 16)
            if hasSignature(0x0706_4B50, at: record - 20) || count == 0xFFFF || size == 0xFFFF_FFFF || start == 0xFFFF_FFFF {
                throw Failure(.zip64(entry: nil))
            }
            guard try u16(record + 4) == 0, try u16(record + 6) == 0, try u16(record + 8) == count else {
                throw Failure(.split)
            }
            return (start, try end(start, size, within: record), count)
        }

        /// One central directory record: its fields and where the next one starts.
        struct DirectoryRecord {
            var name: ArraySlice<UInt8>, flags: Int, method: Int, crc: Int, compressedSize: Int, size: Int, local: Int, next: Int
        }

        func directoryRecord(at position: Int, end directoryEnd: Int) throws(Failure) -> DirectoryRecord {
            _ = try end(position, 46, within: directoryEnd)
            guard hasSignature(0x0201_4B50, at: position) else {
                throw Failure(.damagedDirectory)
            }
            let nameEnd = try end(position + 46, try u16(position + 28), within: directoryEnd)
            let next = try end(nameEnd, try u16(position + 30) + (try u16(position + 32)), within: directoryEnd)
            return DirectoryRecord(name: archive[(position + 46)..<nameEnd], flags: try u16(position + 8), method: try u16(position + 10),
                                   crc: try u32(position + 16), compressedSize: try u32(position + 20), size: try u32(position + 24),
                                   local: try u32(position + 42), next: next)
        }

        /// An entry checked against the limits and against its local header, with the bytes it
        /// occupies (local header to data descriptor), which must lie before the directory.
        func entry(_ record: DirectoryRecord, limits: Limits, directoryStart: Int) throws(Failure) -> (entry: Reader.Entry, extent: Range<Int>) {
            let name = String(decoding: record.name, as: UTF8.self)
            guard !name.isEmpty else { throw Failure(.entryWithoutName) }
            guard record.flags & 0x41 == 0 else { throw Failure(.encrypted(name)) }
            if record.compressedSize == 0xFFFF_FFFF || record.size == 0xFFFF_FFFF || record.local == 0xFFFF_FFFF {
                throw Failure(.zip64(entry: name))
            }
            switch record.method {
            case 0 where record.compressedSize != record.size:
                throw Failure(.storedSizesDiffer(name))
            case 0: break
            case 8:
                let (most, overflow) = record.compressedSize.multipliedReportingOverflow(by: limits.ratio)
                if record.size > limits.ratioFloor, overflow || record.size > most {
                    throw Failure(.ratio(name, compressed: record.compressedSize, size: record.size, limit: limits.ratio))
                }
            default:
                throw Failure(.unsupportedMethod(name, method: record.method))
            }
            let local = try localHeader(of: record, name: name, before: directoryStart)
            let entry = Reader.Entry(name: name, method: record.method, crc: UInt32(record.crc), compressedSize: record.compressedSize,
                              size: record.size, dataStart: local.dataStart)
            return (entry, record.local..<local.end)
        }

        /// Where an entry's data starts and its bytes end, after checking its local header (and
        /// data descriptor, flag bit 3, as LibreOffice and Java writers use it) against the directory.
        private func localHeader(of record: DirectoryRecord, name: String, before directoryStart: Int) throws(Failure) -> (dataStart: Int, end: Int) {
            let at = record.local
            let disagrees = Failure(.localHeaderDisagrees(name))
            _ = try end(at, 30, within: directoryStart)
            guard hasSignature(0x0403_4B50, at: at) else { throw disagrees }
            let nameEnd = try end(at + 30, try u16(at + 26), within: directoryStart)
            let dataStart = try end(nameEnd, try u16(at + 28), within: directoryStart)
            let dataEnd = try end(dataStart, record.compressedSize, within: directoryStart)
            guard archive[(at + 30)..<nameEnd].elementsEqual(record.name), try u16(at + 8) == record.method else { throw disagrees }
            let declared = [record.crc, record.compressedSize, record.size]
            let local = [try u32(at + 14), try u32(at + 18), try u32(at + 22)]
            guard try u16(at + 6) & 0x08 != 0 else {
                guard local == declared else { throw disagrees }
                return (dataStart, dataEnd)
            }
            // With a data descriptor the local header may hold zeros; what follows the data
            // (an optional signature, then CRC and sizes) must match the directory.
            guard zip(local, declared).allSatisfy({ $0 == 0 || $0 == $1 }) else { throw disagrees }
            let fields = hasSignature(0x0807_4B50, at: dataEnd) ? dataEnd + 4 : dataEnd
            let descriptorEnd = try end(fields, 12, within: directoryStart)
            guard [try u32(fields), try u32(fields + 4), try u32(fields + 8)] == declared else { throw disagrees }
            return (dataStart, descriptorEnd)
        }
    }
}
